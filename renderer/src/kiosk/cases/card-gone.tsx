// The ID card was lifted while its holder's cases were on screen: they are gone, and the screen says why.
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { useVisit } from '../visit.tsx';
import type { CasePurpose } from './case-purpose.ts';

export function CardGone({ purpose = 'progress' }: { readonly purpose?: CasePurpose }) {
  const t = useT();
  const { go } = useVisit();
  return (
    <div className="cases-card-gone" data-testid="cases-card-gone" role="alert">
      <p>{t('cases.cardGone')}</p>
      <Button onPress={() => go({ name: 'cases.find', params: { purpose } })} testId="cases-again">
        {t('cases.cardGone.again')}
      </Button>
    </div>
  );
}
