// Who a terminal is and how its devices are: the roles, locales and device kinds every part names,
// and a device's status as the terminal reports it (to its screens and in its heartbeat).
import { z } from 'zod';

export const roles = ['kiosk', 'counter', 'display'] as const;
/** The screens' languages: Chinese, English, Uyghur (right to left). */
export const locales = ['zh-CN', 'en', 'ug-CN'] as const;
export const deviceKinds = ['printer', 'idcard', 'ratingPad', 'scanner', 'documentPrinter'] as const;

/**
 * The hall's tasks a kiosk's home may offer (取号, 预约签到, 办事指南, 进度查询, 评价, 咨询投诉, 呼叫帮办,
 * 缴费, 表单填报), in the order they show. A hall lists the ones it offers in config `ui.homeEntries`.
 */
export const homeEntries = ['ticket', 'checkIn', 'book', 'guide', 'progress', 'rate', 'complain', 'help', 'pay', 'forms'] as const;
export type HomeEntry = (typeof homeEntries)[number];
export const homeEntrySchema = z.enum(homeEntries);

export const roleSchema = z.enum(roles);
export const localeSchema = z.enum(locales);
export const deviceKindSchema = z.enum(deviceKinds);
export type DeviceKind = (typeof deviceKinds)[number];

export const deviceStateSchema = z.enum(['ready', 'warning', 'error', 'disconnected', 'connecting']);
export type DeviceState = z.infer<typeof deviceStateSchema>;

export const deviceStatusSchema = z.object({
  id: z.string(),
  kind: deviceKindSchema,
  label: z.string(),
  simulated: z.boolean(),
  state: deviceStateSchema,
  /** A dotted code saying more than the state (e.g. "printer.paperNearEnd"); null when nothing to add. */
  detail: z.string().nullable(),
  since: z.string(),
});
export type DeviceStatus = z.infer<typeof deviceStatusSchema>;
