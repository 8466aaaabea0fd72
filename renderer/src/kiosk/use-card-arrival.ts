// A screen that acts on the ID card by itself (check-in, case progress): the card on the reader, already
// there when the screen opens or put there now, calls `onCard` once per card; lifted and put back, again.
import { useEffect, useRef } from 'react';
import type { CardState } from '../../../main/contract/index.ts';

export function useCardArrival(card: CardState, onCard: () => void): void {
  const handler = useRef(onCard);
  handler.current = onCard;
  const tried = useRef<string | null>(null);
  const holderId = card.holder?.idMasked ?? null;
  useEffect(() => {
    if (holderId === null) {
      tried.current = null;
      return;
    }
    if (tried.current === holderId) return;
    tried.current = holderId;
    handler.current();
  }, [holderId]);
}
