// "Pay the fee" on the case detail screen, for a case of this visit with an unpaid fee: the platform
// is asked for the case's fees when the case shows; nothing shows while it is away or nothing is owed.
import { useEffect, useState } from 'react';
import type { CaseView } from '../../../../main/contract/index.ts';
import type { CaseFee } from '../../../../domain/payments.ts';
import { api } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useVisit } from '../visit.tsx';
import { formatYuan } from './pay-words.ts';

export function CasePayButton({ view, byCard }: { view: CaseView; byCard: boolean }) {
  const t = useT();
  const { go } = useVisit();
  const [owed, setOwed] = useState<readonly CaseFee[]>([]);
  useEffect(() => {
    let live = true;
    if (view.status === 'rejected') return;
    void api.payments.caseFees({ caseNumber: view.caseNumber }).then((r) => {
      if (live && r.ok) setOwed(r.value.fees.filter((f) => f.status === 'unpaid'));
    });
    return () => {
      live = false;
    };
  }, [view.caseNumber, view.status]);
  if (owed.length === 0) return null;
  const total = owed.reduce((sum, f) => sum + f.amountFen, 0);
  const open = () => (owed.length === 1 ? go({ name: 'payment.pay', params: { fee: owed[0]!, byCard } }) : go({ name: 'payment.fees', params: { fees: owed, byCard } }));
  return (
    <Button onPress={open} testId="case-pay">
      {t('payment.detail.pay', { amount: formatYuan(total) })}
    </Button>
  );
}
