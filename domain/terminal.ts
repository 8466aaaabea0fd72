// Who a terminal is and how its devices are: the roles, locales and device kinds every part names,
// and a device's status as the terminal reports it (to its screens and in its heartbeat).
import { z } from 'zod';

export const roles = ['kiosk', 'counter', 'display'] as const;
export const locales = ['zh-CN', 'en'] as const;
export const deviceKinds = ['printer', 'idcard', 'ratingPad', 'scanner', 'documentPrinter'] as const;

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
