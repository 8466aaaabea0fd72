// The counter part of the contract (role counter): sign-in, the queue actions, pause, help calls. On a
// terminal of another role there is no desk, and every method says so (staff.notSignedIn).
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { counterPart, CounterState } from '../../contract/counter.ts';
import type { CounterDesk } from './counter-desk.ts';

export function counterHandlers(s: { readonly counter: CounterDesk | null; readonly devPage: boolean; readonly padDisplay: () => { shown: readonly string[]; beeps: number } | null }): HandlersOf<typeof counterPart> {
  const none = (): Result<never> => err(kioskError('staff.notSignedIn', 'this terminal is not a window terminal (role counter)'));
  const on = <A extends unknown[]>(f: (desk: CounterDesk, ...a: A) => Promise<Result<CounterState>> | Result<CounterState>) => (...a: A) => (s.counter ? f(s.counter, ...a) : none());
  return {
    'counter.state': on((d) => ok(d.state())),
    'counter.signIn': on((d, { staffId, pin }: { staffId: string; pin: string }) => d.signIn(staffId, pin)),
    'counter.signOut': on((d) => d.signOut()),
    'counter.pause': on((d) => d.pause()),
    'counter.resume': on((d) => d.resume()),
    'counter.act': on((d, input: Parameters<CounterDesk['act']>[0]) => d.act(input)),
    'counter.activity': () => {
      if (!s.counter) return none();
      s.counter.activity();
      return ok({});
    },
    'counter.acknowledgeHelp': on((d, { callId }: { callId: string }) => d.acknowledgeHelp(callId)),
    'counter.resolveHelp': on((d, { callId }: { callId: string }) => d.resolveHelp(callId)),
    'dev.padDisplay': () => {
      if (!s.devPage) return err(kioskError('dev.disabled', 'the developer page is not enabled in this profile'));
      const d = s.padDisplay();
      return ok(d === null ? null : { shown: [...d.shown], beeps: d.beeps });
    },
  };
}
