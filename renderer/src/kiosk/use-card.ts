// The ID card on the reader now (masked), as the core pushes it.
import { useState } from 'react';
import type { CardState } from '../../../main/contract/index.ts';
import { useCall, useEvent } from '../api/hooks.ts';

export function useCardState(): CardState {
  const current = useCall('idcard.current', {});
  const [pushed, setPushed] = useState<CardState | null>(null);
  useEvent('idcard.changed', setPushed);
  return pushed ?? (current.state === 'done' ? current.value : { holder: null, cardLeft: false });
}
