// Pay a fee (便民缴费), the fees found: each unpaid one with its amount, what it is for and its basis,
// and a button to pay it; those already paid are listed as paid (never charged twice). Fees found by
// the ID card leave the screen the moment the card is lifted.
import type { CardState } from '../../../../main/contract/index.ts';
import type { CaseFee } from '../../../../domain/payments.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { CardGone } from '../cases/card-gone.tsx';
import { hallTime } from '../cases/case-words.ts';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { FeeFacts } from './fee-card.tsx';
import { formatYuan } from './pay-words.ts';
import '../cases/cases.css';
import './payment.css';

export function FeesScreen({ fees, byCard, card, timeZone }: { fees: readonly CaseFee[]; byCard: boolean; card: CardState; timeZone: string }) {
  const t = useT();
  const { go } = useVisit();
  if (byCard && !card.holder) {
    return (
      <ScreenFrame id="payment-fees" title={t('payment.fees.title')}>
        <CardGone purpose="pay" />
      </ScreenFrame>
    );
  }
  const unpaid = fees.filter((f) => f.status === 'unpaid');
  const paid = fees.filter((f) => f.status === 'paid');
  return (
    <ScreenFrame id="payment-fees" title={t('payment.fees.title')}>
      {unpaid.length === 0 && (
        <p className="payment-none" data-testid="payment-none" role="status">
          {t('payment.fees.none')}
        </p>
      )}
      <ul className="fee-list" data-testid="fee-list">
        {unpaid.map((f) => (
          <li key={f.feeId} className="fee-card" data-testid={`fee-${f.feeId}`}>
            <FeeFacts fee={f} />
            <Button onPress={() => go({ name: 'payment.pay', params: { fee: f, byCard } })} testId={`fee-pay-${f.feeId}`}>
              {t('payment.fees.pay')}
            </Button>
          </li>
        ))}
      </ul>
      {paid.length > 0 && (
        <ul className="fee-paid-list" data-testid="fee-paid-list">
          {paid.map((f) => (
            <li key={f.feeId}>
              <span>{f.name}</span> <span dir="ltr">{formatYuan(f.amountFen)}</span> <span className="fee-paid">{t('payment.fees.paid', { at: f.paidAt ? hallTime(f.paidAt, timeZone) : '' })}</span>
            </li>
          ))}
        </ul>
      )}
    </ScreenFrame>
  );
}
