// The config's `devices`: each device's id, kind, label, model and connection, and which connections
// each kind can use (the cross-section check in index.ts refuses any other).
import { z } from 'zod';
import { deviceKindSchema, type DeviceKind } from '../../domain/terminal.ts';
import { idPattern } from './common.ts';

// eslint-disable-next-line no-control-regex
const cupsQueuePattern = /^(?!-)[^\s/#\\'"\u0000-\u001f\u007f]{1,127}$/;

const connectionSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('simulated'),
    /** pty: the simulator on one end of a socat pty pair, the real serial driver on the other; memory: an in-process link;
     *  hid: the simulator plays a USB HID device handed to the real HID transport in place of node-hid's (pads, scanners). */
    over: z.enum(['pty', 'memory', 'hid']).default('memory'),
  }),
  z.strictObject({
    type: z.literal('serial'),
    path: z.string().min(1),
    baudRate: z.number().int().positive().default(115200),
  }),
  z.strictObject({
    type: z.literal('tcp'),
    host: z.string().min(1),
    port: z.number().int().min(1).max(65535).default(9100),
  }),
  z.strictObject({
    type: z.literal('hid'),
    vendorId: z.number().int().min(0).max(0xffff),
    productId: z.number().int().min(0).max(0xffff),
    /** node-hid's device path, when several identical devices are attached; absent: the first match. */
    path: z.string().min(1).optional(),
  }),
  z.strictObject({
    /** An A4 printer's CUPS queue, printed to with `lp` and watched with `lpstat`. */
    type: z.literal('cups'),
    printer: z.string().regex(cupsQueuePattern, 'a CUPS queue name (lpstat -p lists them): no spaces, "/", "#" or quotes'),
    /** Another CUPS server, "host" or "host:port"; absent: the local scheduler. */
    server: z.string().min(1).optional(),
    /** Extra `-o name=value` job options, e.g. { "sides": "two-sided-long-edge" }. */
    options: z.record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an IPP option name'), z.string()).default({}),
    /** How often the queue's state is read with lpstat. */
    statusIntervalSeconds: z.number().min(1).max(3600).default(15),
  }),
]);

type ConnectionType = z.output<typeof connectionSchema>['type'];
type SimulatedOver = Extract<z.output<typeof connectionSchema>, { type: 'simulated' }>['over'];

/** Which connections each kind of device can be reached through (and, simulated, over what). */
export const deviceConnections: Readonly<Record<DeviceKind, { readonly types: readonly ConnectionType[]; readonly simulatedOver: readonly SimulatedOver[] }>> = {
  printer: { types: ['simulated', 'serial', 'tcp'], simulatedOver: ['pty', 'memory'] },
  idcard: { types: ['simulated', 'serial', 'tcp'], simulatedOver: ['pty', 'memory'] },
  ratingPad: { types: ['simulated', 'serial', 'tcp', 'hid'], simulatedOver: ['pty', 'memory', 'hid'] },
  scanner: { types: ['simulated', 'serial', 'tcp', 'hid'], simulatedOver: ['pty', 'memory', 'hid'] },
  documentPrinter: { types: ['simulated', 'cups'], simulatedOver: ['memory'] },
};

export const deviceSchema = z.strictObject({
  id: z.string().regex(idPattern, 'letters, digits, "-" or "_", at most 64'),
  kind: deviceKindSchema,
  label: z.string().min(1),
  /** The model's profile or key map, where the kind has several (printer profile, pad key map). */
  model: z.string().optional(),
  connection: connectionSchema,
});
