// USB HID pad models as data: vendorId/productId -> which report byte carries the code -> what each
// code means; and, for pads with a display or buzzer, the output reports. Add a model here, never a
// switch statement in the driver.
//
// The two tables below are illustrative, not a specific vendor's: their ids are pid.codes test ids
// (VID 0x1209, PIDs 0x0001/0x0002, reserved for private testing). Copy one, put in the pad's real
// ids and codes from its manual (or from `node-hid`'s devices() and a few key presses).
import type { PadInput } from './types.ts';

export interface HidCodeBinding {
  readonly code: number;
  readonly input: PadInput;
}

export interface HidOutputReports {
  /** First byte of every output report (0 when the device uses no report ids). */
  readonly reportId: number;
  /** Output reports are zero-padded to this many bytes, report id included. */
  readonly reportLength: number;
  /** Bytes after the report id and before the display text; absent: the pad has no display. */
  readonly showNumber?: readonly number[];
  readonly displayWidth: number;
  readonly beep?: readonly number[];
  readonly requestRating?: readonly number[];
}

export interface HidPadModel {
  readonly id: string;
  readonly description: string;
  readonly vendorId: number;
  readonly productId: number;
  /** Position of the key code in an input report (as node-hid delivers it). */
  readonly codeByte: number;
  /** Codes that mean "key released" or "nothing": ignored. */
  readonly idleCodes: readonly number[];
  readonly codes: readonly HidCodeBinding[];
  /** Absent: the pad takes no output (showNumber/beep answer `device.unsupported`). */
  readonly output?: HidOutputReports;
}

const key = (code: number, k: Extract<PadInput, { kind: 'key' }>['key']): HidCodeBinding => ({ code, input: { kind: 'key', key: k } });
const rating = (code: number, level: Extract<PadInput, { kind: 'rating' }>['level']): HidCodeBinding => ({
  code,
  input: { kind: 'rating', level },
});

/** A vendor-report pad: byte 0 report id, byte 1 the code (the serial key codes; ratings 21..25). */
export const vendorReportHidPadModel: HidPadModel = {
  id: 'example-hid-vendor-report',
  description: 'HID pad with a vendor report: code in byte 1, 6-digit display, buzzer',
  vendorId: 0x1209,
  productId: 0x0001,
  codeByte: 1,
  idleCodes: [0x00],
  codes: [
    key(0x0c, 'callNext'),
    key(0x0d, 'recall'),
    key(0x0e, 'skip'),
    key(0x0b, 'requestRating'),
    key(0x12, 'pause'),
    key(0x13, 'transfer'),
    key(0x0f, 'confirm'),
    rating(0x21, 'verySatisfied'),
    rating(0x22, 'satisfied'),
    rating(0x23, 'basicallySatisfied'),
    rating(0x24, 'dissatisfied'),
    rating(0x25, 'veryDissatisfied'),
  ],
  output: { reportId: 0x00, reportLength: 9, showNumber: [0x02], displayWidth: 6, beep: [0x03], requestRating: [0x04] },
};

/**
 * A keyboard-style pad (boot keyboard report: modifiers, reserved, up to 6 usage ids): digits 1-5
 * rate, F1-F7 are the window keys. No display. Reading a keyboard through node-hid needs the OS to
 * let go of it (Linux hidraw with permission; Windows keeps keyboards to itself).
 */
export const keyboardStyleHidPadModel: HidPadModel = {
  id: 'example-hid-keyboard-style',
  description: 'HID pad that reports as a keyboard: 1-5 rate, F1-F7 window keys',
  vendorId: 0x1209,
  productId: 0x0002,
  codeByte: 2,
  idleCodes: [0x00],
  codes: [
    rating(0x1e, 'verySatisfied'),
    rating(0x1f, 'satisfied'),
    rating(0x20, 'basicallySatisfied'),
    rating(0x21, 'dissatisfied'),
    rating(0x22, 'veryDissatisfied'),
    key(0x3a, 'callNext'),
    key(0x3b, 'recall'),
    key(0x3c, 'skip'),
    key(0x3d, 'transfer'),
    key(0x3e, 'pause'),
    key(0x3f, 'confirm'),
    key(0x40, 'requestRating'),
  ],
};

export const hidPadModels: readonly HidPadModel[] = [vendorReportHidPadModel, keyboardStyleHidPadModel];

export function findHidPadModel(vendorId: number, productId: number): HidPadModel | undefined {
  return hidPadModels.find((m) => m.vendorId === vendorId && m.productId === productId);
}

export function findHidPadModelById(id: string): HidPadModel | undefined {
  return hidPadModels.find((m) => m.id === id);
}
