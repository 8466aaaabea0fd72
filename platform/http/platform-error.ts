// An expected refusal of the Hall Platform API: thrown by a handler or a service, answered by the
// route layer (register.ts) as the error body with the code's HTTP status.
import type { PlatformErrorCode } from '../../domain/api/errors.ts';

export class PlatformError extends Error {
  readonly code: PlatformErrorCode;
  readonly details: unknown;
  constructor(code: PlatformErrorCode, message: string, details?: unknown) {
    super(message);
    this.code = code;
    this.details = details;
  }
}
