// One fee as the citizen reads it before paying: the amount large with its words, what it is for, its
// basis (收费依据), the case and its service.
import type { CaseFee } from '../../../../domain/payments.ts';
import { useT } from '../../i18n/i18n.tsx';
import { amountWords, formatYuan } from './pay-words.ts';

export function FeeFacts({ fee }: { fee: CaseFee }) {
  const t = useT();
  return (
    <div className="fee-facts">
      <p className="fee-amount" data-testid="fee-amount" dir="ltr">
        {formatYuan(fee.amountFen)}
      </p>
      <p className="fee-amount-words">{amountWords(t, fee.amountFen)}</p>
      <dl className="fee-fields">
        <dt>{t('payment.fee.for')}</dt>
        <dd data-testid="fee-name">{fee.name}</dd>
        <dt>{t('payment.fee.basis')}</dt>
        <dd data-testid="fee-basis">{fee.basis}</dd>
        <dt>{t('payment.fee.item')}</dt>
        <dd>{fee.itemName}</dd>
        <dt>{t('payment.fee.case')}</dt>
        <dd dir="ltr" className="case-number">
          {fee.caseNumber}
        </dd>
        {fee.note && (
          <>
            <dt>{t('payment.fee.note')}</dt>
            <dd>{fee.note}</dd>
          </>
        )}
      </dl>
    </div>
  );
}
