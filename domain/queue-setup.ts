// The hall's queue set-up (DOMAIN.md section 3): business categories (业务类别) with prefixes, ranges,
// quotas, hours and priority rules; windows; staff.
import { z } from 'zod';
import { clockTimeSchema } from './catalogue-codes.ts';

const nonEmpty = z.string().trim().min(1);
const minutes = (t: string): number => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));

// ---------------------------------------------------------------------------------------------------
// Queue: business categories (业务类别), windows, staff (DOMAIN.md section 3)
// ---------------------------------------------------------------------------------------------------

const periodSchema = z
  .object({ from: clockTimeSchema, to: clockTimeSchema })
  .refine((p) => minutes(p.from) < minutes(p.to), { message: '时段开始应早于结束' });

function ordered(periods: readonly { from: string; to: string }[]): boolean {
  for (let i = 1; i < periods.length; i++) {
    const prev = periods[i - 1];
    const cur = periods[i];
    if (prev && cur && minutes(cur.from) < minutes(prev.to)) return false;
  }
  return true;
}

const schedulePartSchema = z.object({
  /** ISO weekdays: 1 = Monday .. 7 = Sunday. */
  weekdays: z.array(z.number().int().min(1).max(7)).min(1),
  periods: z.array(periodSchema).min(1).refine(ordered, { message: '时段应按时间先后排列且不重叠' }),
});

/** Opening hours as a list of (weekdays, periods): Saturday mornings often differ from weekdays. */
export const openingHoursSchema = z
  .array(schedulePartSchema)
  .min(1)
  .refine(
    (parts) => {
      const days = parts.flatMap((p) => p.weekdays);
      return new Set(days).size === days.length;
    },
    { message: '同一星期几不应出现在两段办理时间中' },
  );
export type OpeningHours = z.infer<typeof openingHoursSchema>;

export const slotQuotaSchema = z
  .object({ from: clockTimeSchema, to: clockTimeSchema, quota: z.number().int().min(0) })
  .refine((p) => minutes(p.from) < minutes(p.to), { message: '时段开始应早于结束' });
export type SlotQuota = z.infer<typeof slotQuotaSchema>;

/** Who jumps the queue, as data (configurable per hall). */
export const priorityRuleSchema = z.object({
  code: z.string().regex(/^[a-z][a-zA-Z0-9]*$/),
  label: nonEmpty,
  /** How the claim is established: age read from the ID card, a certificate shown, the appointment system, an online application. */
  basis: z.enum(['age', 'certificate', 'appointment', 'onlineApplication']),
  /** For basis "age": the minimum age in full years. */
  minAge: z.number().int().min(1).nullable().default(null),
  /** Printed on the slip, e.g. "绿色通道", "预约". */
  mark: nonEmpty,
});
export type PriorityRule = z.infer<typeof priorityRuleSchema>;

/** The check-in window of an appointment around its slot, in minutes. */
export const appointmentCheckInSchema = z.object({
  earlyMinutes: z.number().int().min(0).max(240),
  lateMinutes: z.number().int().min(0).max(240),
});
export type AppointmentCheckIn = z.infer<typeof appointmentCheckInSchema>;
/** From half an hour before the slot to a quarter of an hour after its end. */
export const DEFAULT_APPOINTMENT_CHECK_IN: AppointmentCheckIn = { earlyMinutes: 30, lateMinutes: 15 };

export const businessCategorySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: nonEmpty,
    description: nonEmpty,
    /** Ticket prefix: 1-2 capital letters (A023). */
    prefix: z.string().regex(/^[A-Z]{1,2}$/),
    /** First and last number; the counter wraps from end back to start. Numbers print as 3 digits. */
    start: z.number().int().min(0).max(999),
    end: z.number().int().min(1).max(999),
    /** Tickets a day; null = unlimited. */
    dailyQuota: z.number().int().min(1).nullable(),
    slotQuotas: z.array(slotQuotaSchema).refine(ordered, { message: '时段应按时间先后排列且不重叠' }),
    hours: openingHoursSchema,
    /** Where it is served: floor and area, as printed on the slip. */
    area: nonEmpty,
    deptNames: z.array(nonEmpty).min(1),
    windowIds: z.array(nonEmpty).min(1),
    /** Mean service time in minutes, for wait estimates. */
    avgServiceMinutes: z.number().positive(),
    priorityRules: z.array(priorityRuleSchema),
    realName: z.object({
      /** Must the ID card be read to take a ticket? */
      required: z.boolean(),
      /** One unserved ticket per ID per category. */
      oneUnservedPerId: z.boolean(),
      /** Tickets one ID may take per day across all categories (null = no limit). */
      perPersonDailyLimit: z.number().int().min(1).nullable(),
    }),
    /** Service items handled under this category. */
    itemIds: z.array(nonEmpty),
    /** Shown when the day's or the slot's quota is used up. */
    exhaustedNotice: nonEmpty.default('排队号已取完，若窗口空闲可直接到窗口办理'),
    /** 预约签到: an appointment is checked in from `earlyMinutes` before its slot to `lateMinutes` after the slot's end. */
    appointmentCheckIn: appointmentCheckInSchema.default(DEFAULT_APPOINTMENT_CHECK_IN),
    /** What the category is for: a business served at windows, or collecting a finished case's result (综合出件). */
    purpose: z.enum(['service', 'resultCollection']).default('service'),
    /** 办事预约: places per half-day (上午 morning / 下午 afternoon) on each open working day, bookable for the next `days` of them; null: no appointments for this business. */
    appointments: z
      .object({ morning: z.number().int().min(0).max(999), afternoon: z.number().int().min(0).max(999), days: z.number().int().min(1).max(30) })
      .nullable()
      .default(null),
    sortOrder: z.number().int(),
  })
  .superRefine((c, ctx) => {
    if (c.end < c.start) ctx.addIssue({ code: 'custom', message: '结束号不应小于起始号', path: ['end'] });
    const open = c.hours.flatMap((part) => part.periods);
    for (const [i, s] of c.slotQuotas.entries()) {
      const inside = open.some((p) => minutes(p.from) <= minutes(s.from) && minutes(s.to) <= minutes(p.to));
      if (!inside) ctx.addIssue({ code: 'custom', message: '分时段配额应在办理时间内', path: ['slotQuotas', i] });
    }
    if (c.dailyQuota !== null) {
      const sum = c.slotQuotas.reduce((n, s) => n + s.quota, 0);
      if (sum > c.dailyQuota) ctx.addIssue({ code: 'custom', message: '分时段配额之和超过每日总量', path: ['slotQuotas'] });
    }
    for (const [i, r] of c.priorityRules.entries()) {
      if ((r.basis === 'age') !== (r.minAge !== null)) {
        ctx.addIssue({ code: 'custom', message: '按年龄优先的规则应有最低年龄，其他规则不应有', path: ['priorityRules', i] });
      }
    }
  });
export type BusinessCategory = z.infer<typeof businessCategorySchema>;
export type BusinessCategoryInput = z.input<typeof businessCategorySchema>;

export const windowSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** As on the sign and in the call: "05" -> "请A023号到5号窗口". */
  number: z.string().regex(/^\d{1,3}$/),
  name: nonEmpty,
  area: nonEmpty,
  /** Categories served, the first one preferred when calling. */
  categoryIds: z.array(nonEmpty).min(1),
  /** The staff member on duty (null = closed). */
  staffId: z.string().nullable(),
});
export type Window = z.infer<typeof windowSchema>;

export const staffSchema = z.object({
  /** 工号 */
  id: z.string().regex(/^[A-Z]{2}\d{4}$/),
  name: nonEmpty,
  gender: z.enum(['男', '女']),
  deptName: nonEmpty,
  /** Post, e.g. 综合受理员, 首席代表. */
  position: nonEmpty,
  /** Shown on the window screen and the rating pad (星级服务). */
  stars: z.number().int().min(1).max(5),
});
export type Staff = z.infer<typeof staffSchema>;

/** The ticket channels where hall staff take the ticket and see the certificate a priority claim rests on. */
export const staffChannels: readonly string[] = ['counter'];

export interface GreenChannel {
  /** The age read from the ID card that qualifies by itself (the lowest age rule); null without one. */
  readonly minAge: number | null;
  /** Who qualifies by a certificate, confirmed by staff (never at a self-service terminal). */
  readonly staffGroups: readonly string[];
}

/**
 * A 绿色通道 desk: a category only for those its priority rules name (every rule is an age or a
 * certificate rule). Null for an ordinary category, whatever priority rules it has besides.
 */
export function greenChannelOf(category: Pick<BusinessCategory, 'priorityRules'>): GreenChannel | null {
  const rules = category.priorityRules;
  if (rules.length === 0 || !rules.every((r) => r.basis === 'age' || r.basis === 'certificate')) return null;
  const ages = rules.flatMap((r) => (r.basis === 'age' && r.minAge !== null ? [r.minAge] : []));
  return { minAge: ages.length ? Math.min(...ages) : null, staffGroups: rules.filter((r) => r.basis === 'certificate').map((r) => r.label) };
}
