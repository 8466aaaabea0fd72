// The frame of every rating screen after the case is found: the screen frame, the case being rated
// (its service and stage), and, for a case found by the ID card, nothing of it once the card is lifted.
import type { ReactNode } from 'react';
import type { CardState } from '../../../../main/contract/index.ts';
import { useT } from '../../i18n/i18n.tsx';
import { CardGone } from '../cases/card-gone.tsx';
import { ScreenFrame } from '../screen-frame.tsx';
import type { RatingDraft } from './draft.ts';
import { stageText } from './rating-words.ts';
import '../cases/cases.css';
import './rating.css';

export interface RatingFrameProps {
  readonly id: string;
  readonly title: string;
  readonly draft: Pick<RatingDraft, 'case' | 'byCard'>;
  readonly card: CardState;
  readonly actions?: ReactNode;
  readonly children: ReactNode;
}

export function RatingFrame({ id, title, draft, card, actions, children }: RatingFrameProps) {
  const t = useT();
  if (draft.byCard && !card.holder) {
    return (
      <ScreenFrame id={id} title={title}>
        <CardGone purpose="rate" />
      </ScreenFrame>
    );
  }
  return (
    <ScreenFrame id={id} title={title} actions={actions}>
      <div className="rating-case" data-testid="rating-case">
        <span className="rating-case-item">{draft.case.itemName}</span>
        <span className="rating-case-stage">{stageText(t, draft.case.stage)}</span>
      </div>
      {children}
    </ScreenFrame>
  );
}
