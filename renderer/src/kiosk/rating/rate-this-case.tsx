// "Rate this service" on a case's detail screen (case progress): shown only when the case can still
// be rated now (asked of the core when the screen opens: not rated at its stage, on the platform or
// waiting on this kiosk); it opens the five levels for that case.
import { useCall } from '../../api/hooks.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useVisit } from '../visit.tsx';

export function RateThisCase({ caseNumber, byCard }: { caseNumber: string; byCard: boolean }) {
  const t = useT();
  const { go } = useVisit();
  const check = useCall('rating.check', { caseNumber });
  if (check.state !== 'done') return null;
  const { case: c, followUpWorkingDays } = check.value;
  return (
    <Button variant="secondary" onPress={() => go({ name: 'rating.levels', params: { draft: { case: c, byCard, followUpWorkingDays } } })} testId="case-rate">
      {t('rating.rateThis')}
    </Button>
  );
}
