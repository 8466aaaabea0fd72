// The platform's refusal code of a call that throws (PlatformError), else the error's text; null when
// it did not throw. `platformCodeRejected` is the same for a promise (the services over the storage).
import { PlatformError } from '../../platform/http/platform-error.ts';

export function platformCodeThrown(f: () => unknown): string | null {
  try {
    f();
  } catch (e) {
    return e instanceof PlatformError ? e.code : String(e);
  }
  return null;
}

export async function platformCodeRejected(p: Promise<unknown> | (() => Promise<unknown>)): Promise<string | null> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return e instanceof PlatformError ? e.code : String(e);
  }
  return null;
}
