// 好差评, an optional mobile number so the hall can call back about a bad rating (核实整改, 回访),
// within its working days. Typed on the digit keyboard; leaving it out is one large button.
import type { CardState } from '../../../../main/contract/index.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { KeyboardInput } from '../../ui/keyboard/keyboard-input.tsx';
import { useRemembered } from '../guide/remembered.ts';
import { useVisit } from '../visit.tsx';
import { isMobile, type RatingDraft } from './draft.ts';
import { RatingFrame } from './rating-frame.tsx';

const PHONE_LENGTH = 11;

export function RatingPhoneScreen({ draft, card }: { draft: RatingDraft; card: CardState }) {
  const t = useT();
  const { go } = useVisit();
  const [phone, setPhone] = useRemembered('phone', draft.followUpPhone ?? '');
  const { followUpPhone: _dropped, ...rest } = draft;
  const wrong = phone.length === PHONE_LENGTH && !isMobile(phone);
  const actions = (
    <>
      <Button variant="secondary" onPress={() => go({ name: 'rating.confirm', params: { draft: rest } })} testId="phone-skip">
        {t('rating.phone.skip')}
      </Button>
      <Button onPress={() => go({ name: 'rating.confirm', params: { draft: { ...rest, followUpPhone: phone } } })} disabled={!isMobile(phone)} testId="phone-use">
        {t('rating.phone.use')}
      </Button>
    </>
  );
  return (
    <RatingFrame id="rating-phone" title={t('rating.phone.title')} draft={draft} card={card} actions={actions}>
      <p className="rating-hint">{t('rating.phone.text', { days: draft.followUpWorkingDays })}</p>
      <KeyboardInput value={phone} onChange={setPhone} layout="digits" placeholder={t('rating.phone.placeholder')} maxLength={PHONE_LENGTH} testId="rating-phone" />
      {phone.length > 0 && phone.length < PHONE_LENGTH && (
        <p className="muted" role="status" data-testid="phone-short">
          {t('rating.phone.short', { n: PHONE_LENGTH - phone.length })}
        </p>
      )}
      {wrong && (
        <p className="alert-inline" role="alert" data-testid="phone-bad">
          {t('rating.phone.bad')}
        </p>
      )}
    </RatingFrame>
  );
}
