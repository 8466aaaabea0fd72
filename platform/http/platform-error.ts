// An expected refusal of the Hall Platform API: thrown by a handler or a service, answered by the
// route layer (register.ts) as the error body with the code's HTTP status.
import { platformErrorCodes, type PlatformErrorCode } from '../../domain/api/errors.ts';
import type { KioskError } from '../../domain/errors.ts';
import type { Result } from '../../domain/result.ts';

export class PlatformError extends Error {
  readonly code: PlatformErrorCode;
  readonly details: unknown;
  constructor(code: PlatformErrorCode, message: string, details?: unknown) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

const KNOWN = new Set<string>(platformErrorCodes);

/** The queue engine speaks the terminal's error codes; the API has its own list. */
export function platformErrorOf(e: KioskError): PlatformError {
  const code: PlatformErrorCode = KNOWN.has(e.code)
    ? (e.code as PlatformErrorCode)
    : e.code === 'idcard.invalidIdNumber'
      ? 'person.invalidIdNumber'
      : e.code === 'queue.offlineStale' || e.code === 'queue.offlineRefused' || e.code === 'queue.invalidConfig'
        ? 'conflict'
        : 'invalidRequest';
  return new PlatformError(code, e.message, e.details);
}

/** A service's value, or its refusal thrown as the API's (answered by register.ts). */
export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw platformErrorOf(r.error);
  return r.value;
}
