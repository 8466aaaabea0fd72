// The Hall Platform API, version 1: every route the reference platform serves and the terminal calls.
// platform/openapi.yaml is generated from this table (`npm run openapi`) and checked in a test.
import { z } from 'zod';
import { caseProgressSchema } from '../cases.ts';
import { businessCategorySchema, departmentSchema, serviceItemSchema, themeSchema, windowSchema } from '../catalogue.ts';
import { evaluationSchema } from '../evaluation.ts';
import { categoryCountsSchema, counterActions, priorityKinds, ticketSchema } from '../queue.ts';
import { formDefinitionSchema, formSubmissionSchema } from '../forms.ts';
import { noticeSchema } from '../notices.ts';
import { deviceStatusSchema, roleSchema } from '../terminal.ts';
import { route } from './define.ts';
import { PERSON_NAME_PATTERN } from '../person-name.ts';
import { COMPLAINT_REFERENCE_PATTERN, COMPLAINT_TEXT_MAX, COMPLAINT_TEXT_MIN, MOBILE_PATTERN, complaintKinds, textLength } from '../complaints.ts';

/** A name as a citizen types it: letters (any script), the middle dot of minority names, spaces. */
export const personNameSchema = z.string().trim().min(1, 'a name').max(30, 'at most 30 characters').regex(PERSON_NAME_PATTERN, 'letters only');

const version = z.number().int().nonnegative();
const isoTime = z.string().datetime({ offset: true });
const terminalIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/);
const created = z.object({ id: z.string(), receivedAt: isoTime });

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

export const heartbeatSchema = z
  .object({
    version: z.string().max(40),
    role: roleSchema,
    devices: z.array(deviceStatusSchema).max(50),
    outboxDepth: z.number().int().nonnegative(),
    catalogueVersion: version.nullable(),
    sentAt: isoTime,
  })
  .strict();

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
});

/** One event of the live queue stream (SSE `data:` lines, one JSON object each). */
export const queueEventSchema = z.object({ type: z.string(), at: z.string() }).passthrough();

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
    summary: 'The terminal is alive: its software version, device status and outbox depth.',
    body: heartbeatSchema,
    response: z.object({ platformTime: isoTime }),
    errors: ['invalidRequest', 'unauthorized'],
  }),
  'catalogue.get': route({
    method: 'GET',
    path: '/api/v1/catalogue',
    tag: 'catalogue',
    etag: true,
    summary:
      'Service items with their guides, departments and themes. Without `since` (or when `since` is older than the platform keeps deletions for), the whole catalogue; with it, the changes and deletions since that version. ETag/If-None-Match: 304 when nothing changed.',
    query: sinceQuery,
    response: catalogueChangesSchema,
    errors: ['invalidRequest', 'unauthorized'],
  }),
  'forms.get': route({
    method: 'GET',
    path: '/api/v1/forms',
    tag: 'forms',
    etag: true,
    summary: 'Form definitions per service item, versioned like the catalogue (full or changes since a version).',
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
    summary: 'A counter action at a window: call next, recall, start, skip (过号), hold (挂起), call back (回呼), transfer (转移), finish (办结).',
    params: z.object({ windowId: z.string().min(1).max(64) }).strict(),
    body: z
      .object({
        action: z.enum(counterActions),
        ticketId: z.string().max(64).optional(),
        toCategoryId: z.string().max(64).optional(),
        position: z.enum(['keep', 'end']).optional(),
      })
      .strict()
      .refine((b) => b.action !== 'transfer' || b.toCategoryId !== undefined, { message: 'a transfer needs toCategoryId', path: ['toCategoryId'] })
      .refine((b) => b.action !== 'callBack' || b.ticketId !== undefined, { message: 'a call back needs ticketId', path: ['ticketId'] }),
    response: ticketSchema,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused', 'queue.unknownWindow', 'queue.noWaiting', 'queue.notFound', 'queue.badState', 'queue.windowClosed', 'queue.windowBusy', 'queue.wrongWindow', 'queue.unknownCategory'],
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
  'queue.events': route({
    method: 'GET',
    path: '/api/v1/queue/events',
    tag: 'queue',
    stream: 'sse',
    summary:
      'The live queue as Server-Sent Events: ticketIssued, ticketCalled (number, window: "请A023号到5号窗口"), ticketStateChanged, ticketTransferred, ticketFinished, appointmentCheckedIn, countsChanged. No personal data. A comment line every 15 s keeps proxies open.',
    response: queueEventSchema,
    errors: ['unauthorized'],
  }),
} as const;

export type PlatformRoutes = typeof routes;
export type RouteName = keyof PlatformRoutes;
