// Inputs of the queue engine as zod schemas, for the HTTP layer to validate requests with before it
// calls the service (the service trusts the shapes and checks the business rules).
import { z } from 'zod';
import { businessCategorySchema, clockTimeSchema, staffSchema, windowSchema } from '../../domain/catalogue.ts';

const id = z.string().min(1).max(64);

/** The kinds of priority a caller may claim; each maps onto the category's priorityRules by basis. */
export const priorityKinds = ['green', 'appointment', 'onlineApplication'] as const;
export type PriorityKind = (typeof priorityKinds)[number];

export const queueConfigurationSchema = z.object({
  categories: z.array(businessCategorySchema),
  windows: z.array(windowSchema),
  staff: z.array(staffSchema),
});
export type QueueConfigurationInput = z.input<typeof queueConfigurationSchema>;
export type QueueConfiguration = z.output<typeof queueConfigurationSchema>;

export const issueTicketInputSchema = z.object({
  categoryId: id,
  /** Read from the ID card (实名取号). Checked, hashed, and only its last 6 characters kept. */
  idNumber: z.string().max(32).optional(),
  /** 绿色通道 (green), an appointment check-in, or an online application; null or absent: none. */
  priority: z.enum(priorityKinds).nullable().optional(),
  /** The exact priority rule (its code) when the caller knows it, e.g. which certificate was shown. */
  priorityRule: z.string().max(64).optional(),
  /** Where the ticket was taken: kiosk, counter, mobile ... */
  channel: z.string().min(1).max(32),
  terminalId: id,
});
export type IssueTicketInput = z.input<typeof issueTicketInputSchema>;

export const createAppointmentInputSchema = z.object({
  /** Generated when absent. */
  code: z
    .string()
    .regex(/^[A-Z0-9]{4,20}$/)
    .optional(),
  categoryId: id,
  idNumber: z.string().max(32),
  date: z.iso.date(),
  slot: z.object({ from: clockTimeSchema, to: clockTimeSchema }).refine((s) => s.from < s.to, { message: '时段开始应早于结束' }),
});
export type CreateAppointmentInput = z.input<typeof createAppointmentInputSchema>;

export const checkInInputSchema = z
  .object({
    code: z.string().max(20).optional(),
    idNumber: z.string().max(32).optional(),
    /** With idNumber: which of the person's appointments today. */
    categoryId: id.optional(),
    channel: z.string().min(1).max(32),
    terminalId: id,
  })
  .refine((c) => (c.code === undefined) !== (c.idNumber === undefined), { message: 'give either code or idNumber' });
export type CheckInInput = z.input<typeof checkInInputSchema>;

export const listAppointmentsInputSchema = z.object({ date: z.iso.date().optional(), categoryId: id.optional() });
export type ListAppointmentsInput = z.input<typeof listAppointmentsInputSchema>;

/** Acts on the window's current ticket unless ticketId names one. */
export const counterInputSchema = z.object({ windowId: id, ticketId: id.optional() });
export type CounterInput = z.input<typeof counterInputSchema>;

export const callBackInputSchema = z.object({ windowId: id, ticketId: id });
export type CallBackInput = z.input<typeof callBackInputSchema>;

/** keep: waits by its original issue order in the new category (default); end: behind everyone waiting. */
export const transferPositions = ['keep', 'end'] as const;
export type TransferPosition = (typeof transferPositions)[number];

/** To another business (toCategoryId), to a named window (toWindowId: reserved for it), or both. */
export const transferInputSchema = counterInputSchema
  .extend({
    toCategoryId: id.optional(),
    toWindowId: id.optional(),
    position: z.enum(transferPositions).optional(),
  })
  .refine((t) => t.toCategoryId !== undefined || t.toWindowId !== undefined, { message: 'a transfer needs toCategoryId or toWindowId', path: ['toCategoryId'] });
export type TransferInput = z.input<typeof transferInputSchema>;

export const windowDutyInputSchema = z.object({ windowId: id, staffId: z.string().nullable() });
export type WindowDutyInput = z.input<typeof windowDutyInputSchema>;
