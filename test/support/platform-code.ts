// The platform's refusal code of a call that throws (PlatformError), else the error's text; null when
// it did not throw.
import { PlatformError } from '../../platform/http/platform-error.ts';

export function platformCodeThrown(f: () => unknown): string | null {
  try {
    f();
  } catch (e) {
    return e instanceof PlatformError ? e.code : String(e);
  }
  return null;
}

/** The same for an async call: its refusal code when it rejects, null when it resolves. */
export async function platformCodeRejected(f: () => Promise<unknown>): Promise<string | null> {
  try {
    await f();
  } catch (e) {
    return e instanceof PlatformError ? e.code : String(e);
  }
  return null;
}
