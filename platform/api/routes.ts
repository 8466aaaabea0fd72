// The Hall Platform API, version 1: every route the reference platform serves and the terminal calls.
// platform/openapi.yaml is generated from this table (`npm run openapi`) and checked in a test.
import { z } from 'zod';
import { caseProgressSchema } from '../../main/contract/cases.ts';
import { departmentSchema, serviceItemSchema, themeSchema } from '../../main/contract/catalogue.ts';
import { evaluationSchema } from '../../main/contract/evaluation.ts';
import { formDefinitionSchema, formSubmissionSchema } from '../../main/contract/forms.ts';
import { deviceStatusSchema, roleSchema } from '../../main/contract/system.ts';
import { route } from './define.ts';

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
    kind: z.enum(['complaint', 'suggestion', 'praise']),
    text: z.string().trim().min(5).max(2000),
    /** Optional contact for a reply; never required. */
    phone: z.string().regex(/^1\d{10}$/).optional(),
    caseNumber: z.string().max(50).optional(),
    windowId: z.string().max(64).optional(),
    submittedAt: isoTime,
  })
  .strict();

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
    summary: 'A complaint, suggestion or praise from a citizen at the terminal.',
    body: complaintSchema,
    response: created,
    status: 201,
    errors: ['invalidRequest', 'unauthorized', 'idempotencyKeyRequired', 'idempotencyKeyReused'],
  }),
} as const;

export type PlatformRoutes = typeof routes;
export type RouteName = keyof PlatformRoutes;
