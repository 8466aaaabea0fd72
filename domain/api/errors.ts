// The error body every Hall Platform API failure carries, and its codes. The terminal maps them onto
// its own error codes at the edge (main/platform-client/client.ts).
import { z } from 'zod';

export const platformErrorCodes = [
  'invalidRequest',
  'unauthorized',
  'notFound',
  'conflict',
  'idempotencyKeyRequired',
  'idempotencyKeyReused',
  'enrolment.invalidCode',
  'catalogue.versionGone',
  'evaluation.duplicate',
  'evaluation.reasonRequired',
  'evaluation.unknownTarget',
  'form.unknown',
  'form.invalid',
  'case.notFound',
  'queue.quotaExhausted',
  'queue.closed',
  'queue.duplicate',
  'queue.personalLimit',
  'queue.unknownCategory',
  'queue.noWaiting',
  'queue.notFound',
  'queue.badState',
  'queue.appointmentNotFound',
  'queue.appointmentNotToday',
  'queue.appointmentTooEarly',
  'queue.appointmentLate',
  'queue.realNameRequired',
  'queue.unknownWindow',
  'queue.notEligible',
  'queue.windowClosed',
  'queue.windowBusy',
  'queue.wrongWindow',
  'queue.windowNotServing',
  'queue.targetWindowClosed',
  'queue.offlineNumberTaken',
  'queue.slotFull',
  'queue.alreadyBooked',
  'queue.notBookable',
  'queue.slotClosed',
  'queue.slotPast',
  'person.invalidIdNumber',
  'payment.feeNotFound',
  'payment.orderNotFound',
  'payment.alreadyPaid',
  'payment.expired',
  'payment.closed',
  'help.notFound',
  'help.closed',
  'intake.counterOnly',
  'intake.unknownItem',
  'intake.unknownMaterial',
  'intake.notAtWindow',
  'intake.newGap',
  'intake.caseMismatch',
  'intake.notReady',
  'intake.alreadyHandedOver',
  'intake.holderMismatch',
  'forbidden',
  'staff.unknown',
  'staff.unknownCard',
  'staff.wrongPin',
  'staff.locked',
  'staff.onDutyElsewhere',
  'queue.windowPaused',
  'followUp.notFound',
  'followUp.closed',
  'followUp.incomplete',
  'internal',
] as const;
export type PlatformErrorCode = (typeof platformErrorCodes)[number];

export const platformErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(platformErrorCodes),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  });
export type PlatformErrorBody = z.output<typeof platformErrorSchema>;

/** The HTTP status a code is answered with. */
export function statusOf(code: PlatformErrorCode): number {
  switch (code) {
    case 'invalidRequest':
    case 'idempotencyKeyRequired':
    case 'evaluation.reasonRequired':
    case 'followUp.incomplete':
    case 'form.invalid':
    case 'queue.realNameRequired':
    case 'person.invalidIdNumber':
    case 'intake.unknownMaterial':
      return 400;
    case 'intake.counterOnly':
      return 403;
    case 'unauthorized':
    case 'enrolment.invalidCode':
      return 401;
    case 'notFound':
    case 'case.notFound':
    case 'form.unknown':
    case 'evaluation.unknownTarget':
    case 'queue.unknownCategory':
    case 'queue.notFound':
    case 'queue.appointmentNotFound':
    case 'queue.unknownWindow':
    case 'payment.feeNotFound':
    case 'payment.orderNotFound':
    case 'help.notFound':
    case 'followUp.notFound':
    case 'intake.unknownItem':
      return 404;
    case 'staff.unknown':
    case 'staff.unknownCard':
      return 404;
    case 'forbidden':
    case 'staff.wrongPin':
      return 403;
    case 'staff.locked':
      return 423;
    case 'catalogue.versionGone':
      return 410;
    case 'idempotencyKeyReused':
      return 422;
    case 'conflict':
    case 'evaluation.duplicate':
    case 'followUp.closed':
    case 'queue.quotaExhausted':
    case 'queue.closed':
    case 'queue.duplicate':
    case 'queue.personalLimit':
    case 'queue.noWaiting':
    case 'queue.badState':
    case 'queue.appointmentNotToday':
    case 'queue.appointmentTooEarly':
    case 'queue.appointmentLate':
    case 'queue.notEligible':
    case 'queue.windowClosed':
    case 'queue.windowBusy':
    case 'queue.wrongWindow':
    case 'queue.windowNotServing':
    case 'queue.targetWindowClosed':
    case 'queue.offlineNumberTaken':
    case 'payment.alreadyPaid':
    case 'payment.expired':
    case 'payment.closed':
    case 'help.closed':
    case 'queue.slotFull':
    case 'queue.alreadyBooked':
    case 'queue.notBookable':
    case 'queue.slotClosed':
    case 'queue.slotPast':
    case 'intake.notAtWindow':
    case 'intake.newGap':
    case 'intake.caseMismatch':
    case 'intake.notReady':
    case 'intake.alreadyHandedOver':
    case 'intake.holderMismatch':
    case 'staff.onDutyElsewhere':
    case 'queue.windowPaused':
      return 409;
    case 'internal':
      return 500;
    default:
      return code satisfies never;
  }
}
