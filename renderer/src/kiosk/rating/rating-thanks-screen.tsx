// 好差评, sent: thanks, and what happens next. A bad rating is followed up by the hall within its
// working days (核实整改, and a call back when a number was left). A rating the platform does not have
// yet is kept on this kiosk and sent when the network is back: the citizen need not rate again.
import type { RatingLevel } from '../../../../domain/rating.ts';
import { ratingNeedsReason } from '../../../../domain/rating.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import './rating.css';

export interface RatingThanksProps {
  readonly level: RatingLevel;
  readonly sent: boolean;
  readonly followUpWorkingDays: number;
  readonly phone: boolean;
}

export function RatingThanksScreen({ level, sent, followUpWorkingDays, phone }: RatingThanksProps) {
  const t = useT();
  const { finish } = useVisit();
  const bad = ratingNeedsReason(level);
  return (
    <ScreenFrame
      id="rating-thanks"
      title={t(sent ? 'rating.thanks.title' : 'rating.thanks.titleKept')}
      noBack
      actions={
        <Button onPress={finish} testId="rating-done">
          {t('rating.thanks.done')}
        </Button>
      }
    >
      <div className="rating-thanks" data-testid="rating-thanks" data-sent={String(sent)}>
        {/* A tick, whatever the level: the rating is taken (an angry face here would answer the citizen back). */}
        <svg className="rating-tick" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
          <circle cx="50" cy="50" r="44" fill="none" stroke="currentColor" strokeWidth="6" />
          <path d="M28 52 L44 67 L73 35" fill="none" stroke="currentColor" strokeWidth="8" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <p className="rating-thanks-text">{t('rating.thanks.text')}</p>
        {bad && <p data-testid="rating-follow-up">{t(phone ? 'rating.thanks.bad' : 'rating.thanks.badNoPhone', { days: followUpWorkingDays })}</p>}
        {!sent && (
          <p className="rating-kept" role="status" data-testid="rating-kept">
            {t('rating.thanks.kept')}
          </p>
        )}
      </div>
    </ScreenFrame>
  );
}
