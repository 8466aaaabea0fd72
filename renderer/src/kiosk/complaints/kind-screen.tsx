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

/** Each kind's words: its button, the line under it, and the prompt over the text. */
export const kindWords: Readonly<Record<ComplaintKind, { readonly title: MessageKey; readonly note: MessageKey; readonly prompt: MessageKey }>> = {
  consultation: { title: 'complaints.kind.consultation', note: 'complaints.kind.consultation.note', prompt: 'complaints.text.prompt.consultation' },
  complaint: { title: 'complaints.kind.complaint', note: 'complaints.kind.complaint.note', prompt: 'complaints.text.prompt.complaint' },
  suggestion: { title: 'complaints.kind.suggestion', note: 'complaints.kind.suggestion.note', prompt: 'complaints.text.prompt.suggestion' },
  praise: { title: 'complaints.kind.praise', note: 'complaints.kind.praise.note', prompt: 'complaints.text.prompt.praise' },
};

export const kindTitle = (kind: ComplaintKind): MessageKey => kindWords[kind].title;

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
            <span className="tile-note">{t(kindWords[kind].note)}</span>
          </Button>
        ))}
      </div>
    </ScreenFrame>
  );
}
