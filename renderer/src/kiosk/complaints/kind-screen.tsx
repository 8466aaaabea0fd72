// 咨询投诉建议, first step: which kind (a question, a complaint, a suggestion, praise), as big buttons with
// a line each saying when to choose it. One tap goes on to writing it down.
import { complaintKinds, type ComplaintKind } from '../../../../domain/complaints.ts';
import type { MessageKey } from '../../i18n/i18n.tsx';
import { useT } from '../../i18n/i18n.tsx';
import { Button } from '../../ui/button.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import { useVisit } from '../visit.tsx';
import { emptyDraft } from './draft.ts';
import './complaints.css';

export const kindTitle = (kind: ComplaintKind): MessageKey => `complaints.kind.${kind}`;

export function KindScreen() {
  const t = useT();
  const { go } = useVisit();
  return (
    <ScreenFrame id="complaints-kind" title={t('complaints.kind.title')}>
      <p className="complaints-intro">{t('complaints.kind.intro')}</p>
      <div className="complaint-kinds" data-testid="complaint-kinds">
        {complaintKinds.map((kind) => (
          <Button key={kind} variant="tile" onPress={() => go({ name: 'complaints.text', params: { draft: emptyDraft(kind) } })} testId={`complaint-kind-${kind}`}>
            <span className="complaint-kind-title">{t(kindTitle(kind))}</span>
            <span className="tile-note">{t(`complaints.kind.${kind}.note`)}</span>
          </Button>
        ))}
      </div>
    </ScreenFrame>
  );
}
