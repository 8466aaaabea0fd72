// This kiosk's help call as the screens follow it: asked on (re)connection, then kept live by the
// core's help.changed pushes.
import { useState } from 'react';
import type { HelpState } from '../../../../main/contract/index.ts';
import { isOpenHelpCall } from '../../../../domain/help-calls.ts';
import { useCall, useEvent } from '../../api/hooks.ts';

export function useHelpState(): HelpState | null {
  const fetched = useCall('help.state', {});
  const [pushed, setPushed] = useState<HelpState | null>(null);
  useEvent('help.changed', setPushed);
  return pushed ?? (fetched.state === 'done' ? fetched.value : null);
}

/**
 * While a help call is open the citizen waits for staff without touching the screen: the visit's idle
 * timeout grows to config `help.waitSeconds` (never shorter than the terminal's own). Null: no call open.
 */
export function useHelpWaitSeconds(): number | null {
  const state = useHelpState();
  return state?.call && isOpenHelpCall(state.call.state) ? state.waitSeconds : null;
}
