// The Hall Platform API, version 1: every route the reference platform serves and the terminal calls.
// platform/openapi.yaml is generated from this table (`npm run openapi`) and checked in a test.
import { z } from 'zod';
import { caseProgressSchema } from '../cases.ts';
import { businessCategorySchema, departmentSchema, serviceItemSchema, themeSchema, windowSchema } from '../catalogue.ts';
import { evaluationSchema, evaluationStages } from '../evaluation.ts';
import { BOARD_CALLS_MAX, categoryCountsSchema, counterActions, priorityKinds, queueBoardSchema, ticketSchema } from '../queue.ts';
import { formDefinitionSchema, formSubmissionSchema } from '../forms.ts';
import { noticeSchema } from '../notices.ts';
import { caseFeeSchema, paymentOrderSchema } from '../payments.ts';
import { roleSchema } from '../terminal.ts';
import { heartbeatSchema, terminalHealthSchema } from '../health.ts';
import { hallSettingsSchema } from '../hall-settings.ts';
import { route } from './define.ts';
import { helpCallSchema, helpReasonSchema } from '../help.ts';
import { halfDays } from '../booking.ts';
import { PERSON_NAME_PATTERN } from '../person-name.ts';
import { handOutCaseSchema, handOverBodySchema, handedOverSchema, intakeAcceptBodySchema, intakeCaseNumberSchema, intakeOutcomeSchema } from '../intake.ts';
import { staffSignInSchema, windowDutySchema } from '../staff.ts';
import { dailySupervisionSchema, followUpRecordSchema, followUpUpdateSchema } from '../supervision.ts';
import { COMPLAINT_REFERENCE_PATTERN, COMPLAINT_TEXT_MAX, COMPLAINT_TEXT_MIN, MOBILE_PATTERN, complaintKinds, textLength } from '../complaints.ts';

/** A name as a citizen types it: letters (any script), the middle dot of minority names, spaces. */
export const personNameSchema = z.string().trim().min(1, 'a name').max(30, 'at most 30 characters').regex(PERSON_NAME_PATTERN, 'letters only');

const version = z.number().int().nonnegative();
const isoTime = z.string().datetime({ offset: true });
const terminalIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);
const created = z.object({ id: z.string(), receivedAt: isoTime });
/** The hall's settings as stored: the settings, when and which version (0: never set). */
const hallSettingsAnswer = z.object({ settings: z.record(z.string(), z.unknown()), updatedAt: isoTime.nullable(), version }).strict();

export const catalogueChangesSchema = z
  .object({
    /** The catalogue version this answer brings the terminal to. */
    version,
    /** True: the items below are the whole catalogue (replace everything); false: changes since `since`. */
    full: z.boolean(),
    items: z.array(serviceItemSchema),
    departments: z.array(departmentSchema),
    themes: z.array(themeSchema),
    deleted: z.object({ items: z.array(z.string()), departments: z.array(z.string()), themes: z.array(z.string()) }),
  });

export const formChangesSchema = z
  .object({ version, full: z.boolean(), forms: z.array(formDefinitionSchema), deleted: z.array(z.string()) });

export { heartbeatSchema } from '../health.ts';

export const complaintSchema = z
  .object({
    kind: z.enum(complaintKinds),
    text: z.string().trim().refine((t) => textLength(t) >= COMPLAINT_TEXT_MIN, `at least ${COMPLAINT_TEXT_MIN} characters`).refine((t) => textLength(t) <= COMPLAINT_TEXT_MAX, `at most ${COMPLAINT_TEXT_MAX} characters`),
    /** Made on the terminal (terminal code, business date, daily sequence): what the citizen quotes. */
    reference: z.string().regex(COMPLAINT_REFERENCE_PATTERN, 'a reference: terminal code, yyyyMMdd and a sequence'),
    /** Optional, for a reply; never required. */
    name: personNameSchema.optional(),
    /** Optional contact for a reply; never required. */
    phone: z.string().regex(MOBILE_PATTERN, 'an 11-digit mobile number').optional(),
    caseNumber: z.string().max(50).optional(),
    windowId: z.string().max(64).optional(),
    submittedAt: isoTime,
  })
  .strict();

/** The platform's receipt: the reference it keeps, and what happens next by the hall's rules. */
export const complaintReceiptSchema = created.extend({
  reference: z.string(),
  followUp: z.object({ replyWithinWorkingDays: z.number().int().positive().max(60).nullable() }).strict(),
});

const idNumber = z.string().regex(/^\d{17}[\dXx]$/, 'an ID number: 17 digits and a check character');
const channel = z.string().min(1).max(32);

export const windowStatusSchema = z.object({
  windowId: z.string(),
  staffId: z.string().nullable(),
  current: ticketSchema.nullable(),
  held: z.array(ticketSchema),
  /** 暂停服务: staff on duty, but no new citizen is called (staff.pause). */
  paused: z.boolean(),
});

/** One event of the live queue stream (SSE `data:` lines, one JSON object each). */
export const queueEventSchema = z.object({ type: z.string(), at: z.string() }).passthrough();

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day HH:mm');
const halfDay = z.enum(halfDays);

/** One half-day (上午 am / 下午 pm) of a day a business takes appointments on: its hours and places. */
export const bookableHalfDaySchema = z.object({
  half: halfDay,
  from: clock,
  to: clock,
  capacity: z.number().int().nonnegative(),
  booked: z.number().int().nonnegative(),
  free: z.number().int().nonnegative(),
});

export const appointmentSlotsSchema = z.object({
  categoryId: z.string(),
  /** The next open working days (from today, while a half-day of today is still to begin), in order. */
  days: z.array(z.object({ date: z.iso.date(), weekday: z.number().int().min(1).max(7), halves: z.array(bookableHalfDaySchema).min(1) })),
});

/** A booking as made: its code (what check-in takes) and the appointment as check-in will find it. */
export const bookingSchema = z.object({
  code: z.string().regex(/^[A-Z0-9]{4,20}$/),
  categoryId: z.string(),
  date: z.iso.date(),
  half: halfDay,
  slot: z.object({ from: clock, to: clock }),
  /** When it may be checked in that day (HH:mm): the category's window around the slot. */
  checkIn: z.object({ from: clock, until: clock }),
  /** The holder: the last 6 characters of the ID number only. */
  idTail6: z.string().regex(/^\d{5}[\dX]$/),
  /** 138****5678 */
  phoneMasked: z.string().regex(/^1\d{2}\*{4}\d{4}$/),
  createdAt: isoTime,
});

/** Pause and resume of a window's service (暂停服务): the window's duty answered; counter terminals only. */
function windowDutyRoute(verb: 'pause' | 'resume', summary: string) {
  return route({
    method: 'POST',
    path: `/api/v1/windows/:windowId/${verb}`,
    tag: 'staff',
    summary,
    params: z.object({ windowId: z.string().min(1).max(64) }).strict(),
    response: windowDutySchema,
    errors: ['unauthorized', 'forbidden', 'queue.unknownWindow', 'queue.windowClosed'],
  });
}

const sinceQuery = z.object({ since: z.coerce.number().int().nonnegative().optional() }).strict();

export const routes = {
  'system.health': route({
    method: 'GET',
    path: '/api/v1/health',
    tag: 'system',
    auth: 'none',
    summary: 'Is the platform up? No credential needed; terminals poll it for their link status.',
    response: z.object({ status: z.literal('ok'), version: z.string(), time: isoTime }),
  }),
  'terminals.enrol': route({
    method: 'POST',
    path: '/api/v1/terminals/enrol',
    tag: 'terminals',
    auth: 'none',
    summary:
      'Trade a one-time enrolment code (issued by hall staff for one terminal id) for the per-terminal credential sent with every later call. A code works once.',
    body: z.object({ code: z.string().min(6).max(64), terminalId: terminalIdSchema, role: roleSchema, version: z.string().max(40) }).strict(),
    response: z.object({ terminalId: terminalIdSchema, credential: z.string().min(32), platformTime: isoTime }),
    status: 201,
    errors: ['invalidRequest', 'enrolment.invalidCode'],
  }),
  'terminals.heartbeat': route({
    method: 'POST',
    path: '/api/v1/terminals/heartbeat',
    tag: 'terminals',
    summary:
      'The terminal is alive: its software version, uptime, device status and paper level, outbox depth, catalogue age, last error codes, usage counts per flow today and its remote config state. The platform keeps the latest per terminal (supervision.terminals).',
    body: heartbeatSchema,
    response: z.object({ platformTime: isoTime }),
    errors: ['invalidRequest', 'unauthorized'],
  }),
  'terminals.settings': route({
    method: 'GET',
    path: '/api/v1/terminals/settings',
    tag: 'terminals',
    etag: true,
    summary:
      'The hall\'s remote settings for its terminals (idle timeout, notices shown, media playlist, opening hours), fetched with every sync. Given as the hall set them: the terminal validates them with its config file\'s hallSettings schema and keeps its last good settings when they are refused. ETag/If-None-Match on the version: 304 when nothing changed.',
    response: hallSettingsAnswer,
    errors: ['unauthorized'],
  }),
  'terminals.updateSettings': route({
    method: 'PUT',
    path: '/api/v1/terminals/settings',
    tag: 'terminals',
    summary:
      'Hall staff replace the hall\'s settings for its terminals (the platform console; the reference platform takes it from any enrolled terminal, as the supervision routes do: a terminal\'s developer page stands in for the console). Checked with the terminals\' own hallSettings schema: a field off the schema is refused (invalidRequest naming it) and the stored settings stay. Each accepted put bumps the version: every terminal takes it at its next sync.',
    body: hallSettingsSchema,
    response: hallSettingsAnswer,
    errors: ['invalidRequest', 'unauthorized'],
  }),
  'catalogue.get': route({
    method: 'GET',
    path: '/api/v1/catalogue',
    tag: 'catalogue',
    etag: true,
    summary:
      'Service items with their guides, departments and themes. The items are those the calling terminal\'s hall offers (its catalogue scope; a hall without one offers every item); departments and themes are the city\'s. Without `since` (or when `since` is older than the platform keeps deletions for), the whole catalogue; with it, the changes and deletions since that version: an item the hall took out since is among the deletions, one it added among the items even when the item did not change. ETag/If-None-Match (per hall): 304 when nothing changed for the hall.',
    query: sinceQuery,
    response: catalogueChangesSchema,
    errors: ['invalidRequest', 'unauthorized'],
  }),
  'forms.get': route({
    method: 'GET',
    path: '/api/v1/forms',
    tag: 'forms',
    etag: true,
    summary: 'Form definitions per service item, versioned like the catalogue (full or changes since a version): the forms of the items the calling terminal\'s hall offers (a form taken out with its item is among the deletions). ETag per hall.',
    query: sinceQuery,
    response: formChangesSchema,
    errors: ['invalidRequest', 'unauthorized'],
  }),
  'notices.list': route({
    method: 'GET',
    path: '/api/v1/notices',
    tag: 'notices',
    etag: true,
    summary:
      'Hall notices (大厅公告) for the terminals: every notice not yet expired, with its validity and priority. Terminals keep a copy, so the notices show while the platform is away. ETag/If-None-Match: 304 when nothing changed.',
    response: z.object({ notices: z.array(noticeSchema) }),
    errors: ['unauthorized'],
  }),
  'cases.query': route({
    method: 'POST',
    path: '/api/v1/cases/query',
    tag: 'cases',
    summary:
      'Progress of one case by its case number (办件编号) and the query code on the acceptance receipt (查询密码). A wrong code answers exactly like an unknown case.',
    body: z.object({ caseNumber: z.string().min(1).max(50), queryCode: z.string().regex(/^\d{6}$/) }).strict(),
    response: caseProgressSchema,
    errors: ['invalidRequest', 'unauthorized', 'case.notFound'],
  }),
  'cases.lookup': route({
    method: 'POST',
    path: '/api/v1/cases/lookup',
    tag: 'cases',
    summary: "Cases of a person by ID number (read from the card). POST, so the number stays out of URLs and logs.",
    body: z.object({ idNumber: z.string().regex(/^\d{17}[\dX]$/) }).strict(),
    response: z.object({ cases: z.array(caseProgressSchema) }),
    errors: ['invalidRequest', 'unauthorized'],
  }),
  'payments.fees': route({
    method: 'POST',
    path: '/api/v1/payments/fees',
    tag: 'payments',
    summary:
      "The fees of a case (便民缴费), paid and unpaid, with what each is for and its basis (收费依据): by case number and the receipt's query code (a wrong code answers like an unknown case), or the fees of every case of a person by ID number (read from the card). Amounts in fen.",
    body: z
      .object({ caseNumber: z.string().min(1).max(50).optional(), queryCode: z.string().regex(/^\d{6}$/).optional(), idNumber: z.string().regex(/^\d{17}[\dX]$/).optional() })
      .strict()
      .refine((b) => (b.idNumber === undefined) === (b.caseNumber !== undefined && b.queryCode !== undefined) && (b.caseNumber === undefined) === (b.queryCode === undefined), {
        message: 'give either caseNumber and queryCode, or idNumber',
        path: ['caseNumber'],
      }),
    response: z.object({ fees: z.array(caseFeeSchema) }),
    errors: ['invalidRequest', 'unauthorized', 'case.notFound'],
  }),
  'payments.createOrder': route({
    method: 'POST',
    path: '/api/v1/payments/orders',
    tag: 'payments',
    idempotent: true,
    summary:
      'A payment order for an unpaid fee, with the QR URL of the payment provider and an expiry (15 minutes). An open order of the fee that has not expired is answered again rather than doubled.',
    body: z.object({ feeId: z.string().min(1).max(80) }).strict(),
    response: paymentOrderSchema,
    status: 201,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'payment.feeNotFound', 'payment.alreadyPaid'],
  }),
  'payments.getOrder': route({
    method: 'GET',
    path: '/api/v1/payments/orders/:orderId',
    tag: 'payments',
    summary: 'One payment order and its state now: pending, paid, expired (past its expiry unpaid) or cancelled.',
    params: z.object({ orderId: z.string().min(1).max(80) }).strict(),
    response: paymentOrderSchema,
    errors: ['unauthorized', 'payment.orderNotFound'],
  }),
  'payments.openOrders': route({
    method: 'GET',
    path: '/api/v1/payments/orders',
    tag: 'payments',
    summary: 'The pending orders not yet expired, newest first (the simulated provider: for the developer page).',
    response: z.object({ orders: z.array(paymentOrderSchema) }),
    errors: ['unauthorized'],
  }),
  'payments.settle': route({
    method: 'POST',
    path: '/api/v1/payments/orders/:orderId/settle',
    tag: 'payments',
    summary:
      'The simulated payment provider (no real money path): mark a pending order paid (the fee is then paid) or cancelled. Doing it again answers the same order; an expired order cannot be paid (payment.expired), a cancelled one neither (payment.closed), a paid one cannot be cancelled (payment.alreadyPaid). The same page is open to a phone at the QR URL.',
    params: z.object({ orderId: z.string().min(1).max(80) }).strict(),
    body: z.object({ action: z.enum(['pay', 'cancel']) }).strict(),
    response: paymentOrderSchema,
    errors: ['invalidRequest', 'unauthorized', 'payment.orderNotFound', 'payment.expired', 'payment.closed', 'payment.alreadyPaid'],
  }),
  'evaluations.create': route({
    method: 'POST',
    path: '/api/v1/evaluations',
    tag: 'evaluations',
    idempotent: true,
    summary:
      '好差评: one rating per case (or served ticket) per stage. A repeat is refused; 不满意/非常不满意 need a reason.',
    body: evaluationSchema,
    response: created,
    status: 201,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'evaluation.duplicate', 'evaluation.reasonRequired'],
  }),
  'evaluations.status': route({
    method: 'POST',
    path: '/api/v1/evaluations/status',
    tag: 'evaluations',
    summary:
      '好差评 before rating: for each case number, the stages already rated (受理 accept, 办结 finish), and how many working days the hall takes to follow up a bad rating (核实整改, 回访). The terminal asks only for cases it found by the ID card or by number and query code. An unknown case number answers with no stages rated.',
    body: z.object({ caseNumbers: z.array(z.string().min(1).max(50)).min(1).max(50) }).strict(),
    response: z.object({
      /** Working days within which a bad rating is followed up (a local rule: 5 or 15 are common). */
      followUpWorkingDays: z.number().int().min(1).max(60),
      cases: z.array(z.object({ caseNumber: z.string().min(1).max(50), rated: z.array(z.enum(evaluationStages)) })),
    }),
    errors: ['invalidRequest', 'unauthorized'],
  }),
  'submissions.create': route({
    method: 'POST',
    path: '/api/v1/form-submissions',
    tag: 'forms',
    idempotent: true,
    summary: 'A filled application form, checked against its definition.',
    body: formSubmissionSchema,
    response: created,
    status: 201,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'form.unknown', 'form.invalid'],
  }),
  'complaints.create': route({
    method: 'POST',
    path: '/api/v1/complaints',
    tag: 'complaints',
    idempotent: true,
    summary: 'A question, complaint, suggestion or praise from a citizen at the terminal, under the reference the terminal printed; answers what happens next.',
    body: complaintSchema,
    response: complaintReceiptSchema,
    status: 201,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused'],
  }),
  'queue.categories': route({
    method: 'GET',
    path: '/api/v1/queue/categories',
    tag: 'queue',
    summary: 'Business categories (prefix, range, quotas, hours, priority rules, real-name rules) and windows.',
    response: z.object({ businessDate: z.string().date(), categories: z.array(businessCategorySchema), windows: z.array(windowSchema) }),
    errors: ['unauthorized'],
  }),
  'queue.counts': route({
    method: 'GET',
    path: '/api/v1/queue/counts',
    tag: 'queue',
    summary: 'People waiting, at a window and on hold, and the last number called, per category, today.',
    response: z.object({ businessDate: z.string().date(), counts: z.array(categoryCountsSchema) }),
    errors: ['unauthorized'],
  }),
  'queue.issueTicket': route({
    method: 'POST',
    path: '/api/v1/queue/tickets',
    tag: 'queue',
    idempotent: true,
    summary:
      'Take a ticket (取号): numbered by category prefix and a daily counter, within opening hours and quotas; real-name rules (one unserved ticket per ID per category, a daily limit per person) and priority rules apply.',
    body: z.object({ categoryId: z.string().min(1).max(64), idNumber: idNumber.optional(), priority: z.enum(priorityKinds).nullable().optional(), priorityRule: z.string().max(64).optional(), channel }).strict(),
    response: ticketSchema,
    status: 201,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'queue.unknownCategory', 'queue.closed', 'queue.quotaExhausted', 'queue.realNameRequired', 'queue.duplicate', 'queue.personalLimit', 'queue.notEligible', 'person.invalidIdNumber'],
  }),
  'queue.checkIn': route({
    method: 'POST',
    path: '/api/v1/queue/check-ins',
    tag: 'queue',
    idempotent: true,
    summary:
      "Check in an online appointment (预约签到) by its code, or by the ID number read from the card (the holder's appointment today). Only from the category's `appointmentCheckIn.earlyMinutes` before the slot to `lateMinutes` after its end (queue.appointmentTooEarly with details.from, queue.appointmentLate with details.until, both HH:mm); a second check-in answers with the same ticket, at any time.",
    body: z
      .object({ code: z.string().min(4).max(20).optional(), idNumber: idNumber.optional(), categoryId: z.string().max(64).optional(), channel })
      .strict()
      .refine((b) => (b.code === undefined) !== (b.idNumber === undefined), { message: 'give either code or idNumber', path: ['code'] }),
    response: z.object({ ticket: ticketSchema, repeated: z.boolean() }),
    status: 201,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'queue.appointmentNotFound', 'queue.appointmentNotToday', 'queue.appointmentTooEarly', 'queue.appointmentLate', 'queue.closed', 'person.invalidIdNumber'],
  }),
  'queue.offlineTicket': route({
    method: 'POST',
    path: '/api/v1/queue/offline-tickets',
    tag: 'queue',
    idempotent: true,
    summary:
      "A ticket the terminal numbered from its reserved range while the platform was away (离线取号). It joins the queue at its issue time; one from an earlier day is void.",
    body: z
      .object({ categoryId: z.string().min(1).max(64), number: z.string().regex(/^[A-Z]{1,2}\d{3}$/), issuedAt: isoTime, channel, idNumber: idNumber.optional() })
      .strict(),
    response: ticketSchema,
    status: 201,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'queue.unknownCategory', 'queue.offlineNumberTaken', 'conflict', 'person.invalidIdNumber'],
  }),
  'queue.getTicket': route({
    method: 'GET',
    path: '/api/v1/queue/tickets/:ticketId',
    tag: 'queue',
    summary: 'One ticket, with its place in the queue now.',
    params: z.object({ ticketId: z.string().min(1).max(64) }).strict(),
    response: ticketSchema,
    errors: ['unauthorized', 'queue.notFound'],
  }),
  'queue.windowAction': route({
    method: 'POST',
    path: '/api/v1/queue/windows/:windowId/actions',
    tag: 'queue',
    idempotent: true,
    summary: 'A counter action at a window: call next, recall, start, skip (过号), hold (挂起), call back (回呼), transfer (转移: to another business, toCategoryId, or to a named window, toWindowId: only that window then calls it, before its other tickets), finish (办结).',
    params: z.object({ windowId: z.string().min(1).max(64) }).strict(),
    body: z
      .object({
        action: z.enum(counterActions),
        ticketId: z.string().max(64).optional(),
        toCategoryId: z.string().max(64).optional(),
        /** 转移到指定窗口: the successor waits reserved for this window (in toCategoryId, else the same business). */
        toWindowId: z.string().min(1).max(64).optional(),
        position: z.enum(['keep', 'end']).optional(),
      })
      .strict()
      .refine((b) => b.action !== 'transfer' || b.toCategoryId !== undefined || b.toWindowId !== undefined, { message: 'a transfer needs toCategoryId or toWindowId', path: ['toCategoryId'] })
      .refine((b) => b.action !== 'callBack' || b.ticketId !== undefined, { message: 'a call back needs ticketId', path: ['ticketId'] }),
    response: ticketSchema,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'queue.unknownWindow', 'queue.noWaiting', 'queue.notFound', 'queue.badState', 'queue.windowClosed', 'queue.windowBusy', 'queue.wrongWindow', 'queue.unknownCategory', 'queue.windowPaused', 'queue.windowNotServing', 'queue.targetWindowClosed'],
  }),
  'queue.windowStatus': route({
    method: 'GET',
    path: '/api/v1/queue/windows/:windowId',
    tag: 'queue',
    summary: 'Who is on duty at a window, the ticket at it, and the tickets it holds.',
    params: z.object({ windowId: z.string().min(1).max(64) }).strict(),
    response: windowStatusSchema,
    errors: ['unauthorized', 'queue.unknownWindow'],
  }),
  'queue.board': route({
    method: 'GET',
    path: '/api/v1/queue/board',
    tag: 'queue',
    summary:
      "The hall's call board (叫号显示屏) for a display that starts or resyncs: today's latest calls, one per ticket at its latest call (number, window number/name/area, business, time, recall), newest first, up to `limit` (default 10); the waiting counts per business; the businesses' names; the windows, open or closed (no staff on duty). No personal data.",
    query: z.object({ limit: z.coerce.number().int().min(1).max(BOARD_CALLS_MAX).optional() }).strict(),
    response: queueBoardSchema,
    errors: ['invalidRequest', 'unauthorized'],
  }),
  'appointments.slots': route({
    method: 'GET',
    path: '/api/v1/appointments/slots',
    tag: 'appointments',
    summary:
      '办事预约: the places of one business per half-day (上午 am / 下午 pm) for its next `days` open working days (closed days and closed half-days are left out; today only while a half-day is still to begin): capacity, booked, free. A full half-day is listed with free 0.',
    query: z.object({ categoryId: z.string().min(1).max(64), days: z.coerce.number().int().min(1).max(30).optional() }).strict(),
    response: appointmentSlotsSchema,
    errors: ['invalidRequest', 'unauthorized', 'queue.unknownCategory', 'queue.notBookable'],
  }),
  'appointments.book': route({
    method: 'POST',
    path: '/api/v1/appointments',
    tag: 'appointments',
    idempotent: true,
    summary:
      '办事预约: book a half-day of a business for the holder of an ID number, with a mobile number. The place is taken in one transaction (two terminals booking the last place: one wins, the other gets queue.slotFull). Refused: queue.slotFull, queue.alreadyBooked (the holder already has an appointment for this business that day; details.code), queue.slotClosed (the day or half-day is not open), queue.slotPast (it has begun or passed), queue.notBookable. Answers the booking code and the appointment as check-in (queue.checkIn) finds it. The platform keeps a keyed hash and the last 6 characters of the ID number, and the mobile number masked.',
    body: z
      .object({ categoryId: z.string().min(1).max(64), date: z.iso.date(), half: halfDay, idNumber, phone: z.string().regex(/^1[3-9]\d{9}$/, 'a mobile number: 11 digits'), channel })
      .strict(),
    response: bookingSchema,
    status: 201,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'queue.unknownCategory', 'queue.notBookable', 'queue.slotFull', 'queue.alreadyBooked', 'queue.slotClosed', 'queue.slotPast', 'person.invalidIdNumber'],
  }),
  'queue.events': route({
    method: 'GET',
    path: '/api/v1/queue/events',
    tag: 'queue',
    stream: 'sse',
    summary:
      'The live queue as Server-Sent Events: ticketIssued, ticketCalled (number, window: "请A023号到5号窗口"), ticketStateChanged, ticketTransferred, ticketFinished, appointmentCheckedIn, countsChanged, and the help calls: helpCalled, helpAcknowledged, helpCancelled, helpResolved (domain/api/events.ts). No personal data. A comment line every 15 s keeps proxies open. Each event has an id (the same on every platform process over one PostgreSQL): reconnect with Last-Event-ID, to this process or another, to get what followed it, or a `resync` event when the platform no longer holds it.',
    response: queueEventSchema,
    errors: ['unauthorized'],
  }),
  'help.create': route({
    method: 'POST',
    path: '/api/v1/help-calls',
    tag: 'help',
    idempotent: true,
    summary:
      'A kiosk calls a helper (帮办代办): its place in the hall and the reason. Staff see it in the open calls and on the event stream (helpCalled). A kiosk has one open call at a time: calling again answers the open one.',
    body: z.object({ reason: helpReasonSchema, place: z.string().max(100) }).strict(),
    response: helpCallSchema,
    status: 201,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused'],
  }),
  'help.get': route({
    method: 'GET',
    path: '/api/v1/help-calls/:callId',
    tag: 'help',
    summary: "One of this kiosk's help calls as it is now (after the event stream was away, to catch up).",
    params: z.object({ callId: z.string().min(1).max(64) }).strict(),
    response: helpCallSchema,
    errors: ['unauthorized', 'help.notFound'],
  }),
  'help.cancel': route({
    method: 'POST',
    path: '/api/v1/help-calls/:callId/cancel',
    tag: 'help',
    idempotent: true,
    summary: 'The kiosk no longer needs help: its own call is cancelled (helpCancelled). Cancelling a cancelled call answers it as it is; a resolved one is help.closed.',
    params: z.object({ callId: z.string().min(1).max(64) }).strict(),
    response: helpCallSchema,
    errors: ['unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'help.notFound', 'help.closed'],
  }),
  'help.acknowledge': route({
    method: 'POST',
    path: '/api/v1/help-calls/:callId/acknowledge',
    tag: 'help',
    idempotent: true,
    summary:
      'Staff side: someone is coming (helpAcknowledged, with who as staff name themselves). The first acknowledgement stands; a cancelled or resolved call is help.closed.',
    params: z.object({ callId: z.string().min(1).max(64) }).strict(),
    body: z.object({ staff: z.string().trim().min(1).max(40) }).strict(),
    response: helpCallSchema,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'help.notFound', 'help.closed'],
  }),
  'help.resolve': route({
    method: 'POST',
    path: '/api/v1/help-calls/:callId/resolve',
    tag: 'help',
    idempotent: true,
    summary: 'Staff side: the citizen was helped (helpResolved). A cancelled call is help.closed; a resolved one answers as it is.',
    params: z.object({ callId: z.string().min(1).max(64) }).strict(),
    response: helpCallSchema,
    errors: ['unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'help.notFound', 'help.closed'],
  }),
  'help.listOpen': route({
    method: 'GET',
    path: '/api/v1/help-calls',
    tag: 'help',
    summary: 'The open help calls of the hall (waiting or acknowledged), oldest first: what the staff screen lists.',
    response: z.object({ calls: z.array(helpCallSchema) }),
    errors: ['unauthorized'],
  }),
  'intake.accept': route({
    method: 'POST',
    path: '/api/v1/intake/accept',
    tag: 'intake',
    idempotent: true,
    summary:
      "一窗受理 at a window, for the ticket being served there (counter terminals only): the service item, the applicant, the materials received (names from the item's guide) and the conditional ones that apply. Every required material (and every applying conditional one) received: a case is created with status accepted (case number, a query code shown once, the promised date in working days on the hall calendar, 即办件 today), or the case named by caseNumber (applied online) is bound; the ticket is bound to the case (ticket_cases). Otherwise a one-time notice (一次性告知书) listing EVERY missing material, computed here so none can be left out. Never a second trip for the same gap: for the same applicant and item, a new notice may only name materials the latest notice named, unless the guide's materials changed since (intake.newGap, details: the earlier notice and the new gaps).",
    body: intakeAcceptBodySchema,
    response: intakeOutcomeSchema,
    status: 201,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'intake.counterOnly', 'intake.unknownItem', 'intake.unknownMaterial', 'intake.notAtWindow', 'intake.newGap', 'intake.caseMismatch', 'case.notFound', 'queue.unknownWindow'],
  }),
  'intake.handOver': route({
    method: 'POST',
    path: '/api/v1/intake/hand-over',
    tag: 'intake',
    idempotent: true,
    summary:
      "综合出件 (counter terminals only): a ready case's result handed over to its holder, verified by the ID card (the number matches the case) or the receipt's query code. The case becomes delivered (when, window, staff). Refused: intake.notReady (details.status; also a result sent by express), intake.alreadyHandedOver (details: when, window, staff), intake.holderMismatch.",
    body: handOverBodySchema,
    response: z.object({ caseNumber: intakeCaseNumberSchema, itemName: z.string(), resultName: z.string(), applicantMasked: z.string(), handedOver: handedOverSchema }),
    status: 201,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'intake.counterOnly', 'case.notFound', 'intake.notReady', 'intake.alreadyHandedOver', 'intake.holderMismatch'],
  }),
  'intake.findCase': route({
    method: 'POST',
    path: '/api/v1/intake/cases/find',
    tag: 'intake',
    summary: 'Staff look a case up by its number before handing its result over (counter terminals only): status, item, what to hand over, and whether it was handed over already. The applicant masked.',
    body: z.object({ caseNumber: intakeCaseNumberSchema }).strict(),
    response: handOutCaseSchema,
    errors: ['invalidRequest', 'unauthorized', 'intake.counterOnly', 'case.notFound'],
  }),
  'staff.signIn': route({
    method: 'POST',
    path: '/api/v1/windows/:windowId/sign-in',
    tag: 'staff',
    summary:
      'Staff sign in at a window (上岗): staff number and PIN, or the ID number read from their staff card. Only a terminal enrolled as a counter may. A wrong PIN is staff.wrongPin with details.attemptsLeft; after 5 in a row the staff number is staff.locked for 15 minutes (details.until). staff.onDutyElsewhere (details.windowNumber) while they are signed in at another window. Whoever was on this window before is signed out by it. Answers the window, who is on it, and paused false.',
    params: z.object({ windowId: z.string().min(1).max(64) }).strict(),
    body: staffSignInSchema,
    response: windowDutySchema,
    errors: ['invalidRequest', 'unauthorized', 'forbidden', 'queue.unknownWindow', 'staff.unknown', 'staff.unknownCard', 'staff.wrongPin', 'staff.locked', 'staff.onDutyElsewhere'],
  }),
  'staff.signOut': route({
    method: 'POST',
    path: '/api/v1/windows/:windowId/sign-out',
    tag: 'staff',
    summary: 'Staff sign out of a window (离岗): the window closes. Refused with queue.windowBusy while a citizen is at it (finish, skip, hold or transfer first). Signing out a closed window answers it as it is.',
    params: z.object({ windowId: z.string().min(1).max(64) }).strict(),
    response: windowDutySchema,
    errors: ['unauthorized', 'forbidden', 'queue.unknownWindow', 'queue.windowBusy'],
  }),
  'staff.pause': windowDutyRoute(
    'pause',
    '暂停服务: the staff stays on duty but no new citizen is called (callNext and callBack are queue.windowPaused) until staff.resume. The ticket at the window may still be served. Announced as windowDutyChanged.',
  ),
  'staff.resume': windowDutyRoute('resume', 'The paused window serves again (恢复服务). Announced as windowDutyChanged.'),
  'supervision.followUps': route({
    method: 'GET',
    path: '/api/v1/supervision/follow-ups',
    tag: 'supervision',
    summary:
      '电子监察: the follow-ups of bad ratings (核实整改, 回访), the soonest due first: open (default), closed or all, optionally by the days the ratings were given (from/to, yyyy-MM-dd, inclusive). Each carries the phone the citizen left for the call back: for staff (counter) terminals only (forbidden to others).',
    query: z
      .object({ state: z.enum(['open', 'closed', 'all']).default('open'), from: z.iso.date().optional(), to: z.iso.date().optional() })
      .strict()
      .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from must not be after to', path: ['from'] }),
    response: z.object({ followUps: z.array(followUpRecordSchema) }),
    errors: ['invalidRequest', 'unauthorized', 'forbidden'],
  }),
  'supervision.updateFollowUp': route({
    method: 'POST',
    path: '/api/v1/supervision/follow-ups/:followUpId',
    tag: 'supervision',
    idempotent: true,
    summary:
      'A follow-up of a bad rating: who handles it, what was verified and done, when the citizen was called back; an outcome (rectified, explained, unreachable) closes it, and needs the handler, what was done, and a call back unless unreachable (followUp.incomplete). A closed follow-up is not changed again (followUp.closed). Answers the record as it now is. For staff (counter) terminals only.',
    params: z.object({ followUpId: z.string().min(1).max(64) }).strict(),
    body: followUpUpdateSchema,
    response: followUpRecordSchema,
    errors: ['invalidRequest', 'unauthorized', 'forbidden', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'followUp.notFound', 'followUp.closed', 'followUp.incomplete'],
  }),
  'supervision.daily': route({
    method: 'GET',
    path: '/api/v1/supervision/daily',
    tag: 'supervision',
    summary:
      '电子监察: the figures of one business date per window, per staff member and for the hall: calls and recalls, average wait (call - issue) and service time (finish - call) in seconds, tickets finished, skipped and transferred, ratings by level (by the day they were given) and ratings per finished ticket.',
    query: z.object({ date: z.iso.date() }).strict(),
    response: dailySupervisionSchema,
    errors: ['invalidRequest', 'unauthorized'],
  }),
  'supervision.terminals': route({
    method: 'GET',
    path: '/api/v1/supervision/terminals',
    tag: 'supervision',
    summary: 'The enrolled terminals with their latest heartbeat (null before the first) and when each was last heard from: for the hall\'s supervision and IT staff.',
    response: z.object({ terminals: z.array(terminalHealthSchema) }),
    errors: ['unauthorized'],
  }),
} as const;

export type PlatformRoutes = typeof routes;
export type RouteName = keyof PlatformRoutes;
