// Error codes that may cross the contract. One list, so that every screen's switch over a failure
// is exhaustive. Grouped by domain; add codes here, never invent them at a call site.

export const errorCodes = [
  // A thrown error is a bug; it crosses the wire only as this.
  'internal',
  // RPC layer
  'rpc.invalidInput',
  'rpc.unknownMethod',
  'rpc.badFrame',
  'rpc.disconnected',
  'rpc.timeout',
  // Features switched off by configuration
  'dev.disabled',
  // Central platform
  'platform.offline',
  // No answer within the request timeout: the request may have reached the platform (retry only with the same idempotency key).
  'platform.timeout',
  'platform.unavailable',
  'platform.unauthorized',
  'platform.versionMismatch',
  'platform.badResponse',
  'platform.rejected',
  // Catalogue cache
  'catalogue.notFound',
  // Case progress (办件进度): no case with that number and query code (or not this visit's)
  'case.notFound',
  // Paying a fee (便民缴费): the QR's time ran out unpaid (ask for a new one); the order was cancelled;
  // the fee is paid already; no such order (or not this visit's).
  'payment.expired',
  'payment.closed',
  'payment.alreadyPaid',
  'payment.notFound',
  // 好差评: this case was already rated at this stage (details.stage; details.waiting: true when the
  // rating is still on this terminal, waiting for the platform)
  'evaluation.duplicate',
  // 好差评 at a window: no finished ticket waits for a rating (nothing to ask about, or the reasons came
  // too late); this terminal rates no window (not a counter, or counter.areaCode not set)
  'windowRating.nothingToRate',
  'windowRating.off',
  // The call display's methods on a terminal of another role
  'display.notDisplay',
  // Devices (shared)
  'device.notConfigured',
  'device.unavailable',
  'device.disconnected',
  'device.timeout',
  'device.badFrame',
  'device.busy',
  'device.unsupported',
  'device.discoveryFailed',
  // Printer
  'printer.paperOut',
  'printer.coverOpen',
  'printer.offline',
  'printer.error',
  'printer.invalidJob',
  'printer.unknownJob',
  'printer.fontUnreadable',
  // Document printing (A4 through the OS print system)
  'document.engineMissing',
  'document.fontMissing',
  'document.renderFailed',
  'document.invalid',
  'document.printerNotFound',
  'document.printerRejecting',
  'document.cupsUnavailable',
  'document.printFailed',
  // Rating pads and window callers
  'ratingPad.checksum',
  'ratingPad.length',
  'ratingPad.endByte',
  'ratingPad.noise',
  'ratingPad.truncated',
  'ratingPad.unknownCode',
  'ratingPad.invalidCommand',
  // QR / barcode scanners
  'scanner.tooLong',
  'scanner.nonPrintable',
  'scanner.badEncoding',
  'scanner.incomplete',
  'scanner.badReport',
  'scanner.unknownKey',
  // ID-card reader
  'idcard.noCard',
  'idcard.checksum',
  'idcard.length',
  'idcard.samFailure',
  'idcard.readFailed',
  'idcard.unknownCardType',
  'idcard.invalidIdNumber',
  'idcard.authFailed',
  'idcard.badField',
  'idcard.commandRejected',
  'idcard.noContent',
  // The card on the reader is past its 有效期限 (details.validTo: YYYY-MM-DD): refused for real-name services.
  'idcard.expired',
  // Queue (排队取号) on the central platform
  'queue.invalidConfig',
  'queue.unknownCategory',
  'queue.unknownWindow',
  'queue.closed',
  'queue.quotaExhausted',
  'queue.realNameRequired',
  'queue.duplicate',
  'queue.personalLimit',
  'queue.notEligible',
  'queue.notFound',
  'queue.badState',
  'queue.noWaiting',
  'queue.windowClosed',
  'queue.windowBusy',
  'queue.wrongWindow',
  // A transfer to a window (toWindowId) that does not serve the business (details.windowNumber), or has nobody on duty.
  'queue.windowNotServing',
  'queue.targetWindowClosed',
  'queue.appointmentNotFound',
  'queue.appointmentNotToday',
  // Before the appointment's check-in window opens (details.from: "HH:mm", the time to come back).
  'queue.appointmentTooEarly',
  // After its check-in window closed (details.until: "HH:mm"): take an ordinary ticket or book again.
  'queue.appointmentLate',
  'queue.offlineNumberTaken',
  'queue.offlineStale',
  'queue.offlineRefused',
  // Calling a helper (帮办代办): no such call (or not this kiosk's), or it already ended
  'help.notFound',
  'help.closed',
  // 办事预约: the half-day has no free place; the holder already booked this business that day (details.code:
  // the booking held); the business takes no appointments; the day or half-day is not open; it has begun or passed.
  'queue.slotFull',
  'queue.alreadyBooked',
  'queue.notBookable',
  'queue.slotClosed',
  'queue.slotPast',
  // Complaints and suggestions (咨询投诉建议): the text, name, phone or case number cannot be taken.
  'complaint.invalid',
  // One-window intake (一窗受理) and hand-out (综合出件) at a counter: not a counter terminal; a material the
  // guide does not ask; the ticket is not the one at this window; a new gap on a return visit (details:
  // the earlier notice and the new gaps); a case of another applicant/item or past acceptance; a result
  // not ready (details.status) or handed over already (details: when, window, staff); the holder does
  // not match; no applicant (no card on the reader and no number typed).
  'intake.counterOnly',
  'intake.unknownMaterial',
  'intake.notAtWindow',
  'intake.newGap',
  'intake.caseMismatch',
  'intake.notReady',
  'intake.alreadyHandedOver',
  'intake.holderMismatch',
  'intake.noApplicant',
  // Window staff (窗口人员): unknown staff number or card; a wrong PIN (details.attemptsLeft); the staff
  // number locked after wrong PINs (details.until); signed in at another window (details.windowNumber);
  // the window paused (暂停服务: no new citizen called); nobody signed in on this counter.
  'staff.unknown',
  'staff.unknownCard',
  'staff.wrongPin',
  'staff.locked',
  'staff.onDutyElsewhere',
  'queue.windowPaused',
  'staff.notSignedIn',
  // Forms (申报材料表单化): no such form in the local catalogue; the values break the form's rules (details.problems:
  // FieldProblem[] of domain/form-rules.ts); the form changed since the screen rendered it (details.version: the
  // current one); no submission or print job of that id in this visit.
  'form.unknown',
  'form.invalid',
  'form.outdated',
  'form.notFound',
  // The admin panel (main/core/admin): no open session on this screen (unlock with the PIN first; it
  // closes itself after admin.sessionMinutes untouched); a role switch the config refuses (details.problems);
  // a profile switch refused (not installed, or broken on this terminal: details.problems);
  // the host gave the core no way to restart or exit (a test core, a script).
  'admin.locked',
  'admin.roleRefused',
  'admin.profileRefused',
  'admin.noHost',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface KioskError {
  readonly code: ErrorCode;
  /** For developers and logs; screens show a translated text chosen by `code`. */
  readonly message: string;
  /** Machine-readable specifics (e.g. the validation issues of an input). Never personal data. */
  readonly details?: unknown;
}

export function kioskError(code: ErrorCode, message: string, details?: unknown): KioskError {
  return details === undefined ? { code, message } : { code, message, details };
}
