// Serial (RS-485/RS-232) pad models as data: which frame means which key or rating, and which FUNC
// codes the host uses to drive the pad. Protocols are vendor specific (DOMAIN.md §7): add a model
// here, never a switch statement in the codec or the driver.
import type { RatingLevel, WindowKey } from './types.ts';

export interface SerialKeyBinding {
  readonly func: number;
  /** When given, the frame's data must start with these bytes (models that put the key in DATA). */
  readonly data?: readonly number[];
  readonly key: WindowKey;
}

export interface SerialRatingBinding {
  readonly func: number;
  /** Position of the rating byte in DATA. */
  readonly dataIndex: number;
  readonly codes: readonly { readonly code: number; readonly level: RatingLevel }[];
}

export interface SerialPadModel {
  readonly id: string;
  readonly description: string;
  readonly keys: readonly SerialKeyBinding[];
  readonly rating: SerialRatingBinding;
  /** FUNC codes the host sends. */
  readonly commands: {
    /** DATA = `displayWidth` ASCII characters, right-aligned. */
    readonly showNumber: number;
    /** DATA empty. */
    readonly beep: number;
    /** DATA empty. */
    readonly requestRating: number;
  };
  readonly displayWidth: number;
}

/** GB/T 39046 order: 01 非常满意 .. 05 非常不满意. */
const gbOrderCodes = [
  { code: 0x01, level: 'verySatisfied' },
  { code: 0x02, level: 'satisfied' },
  { code: 0x03, level: 'basicallySatisfied' },
  { code: 0x04, level: 'dissatisfied' },
  { code: 0x05, level: 'veryDissatisfied' },
] as const;

/**
 * The common frame of DOMAIN.md §7: the key code is the FUNC byte, FUNC 11 carries the rating in
 * DATA[0], FUNC 02 shows 6 digits, FUNC 03 beeps.
 * Assumed, not in the documented list: 0E for skip (过号; the gap between 0D recall and 0F confirm),
 * 04 for the host's request-rating command, and the rating byte order (GB/T 39046, 01 = 非常满意).
 * Check them against the pad's manual before use in a hall.
 */
export const defaultSerialPadModel: SerialPadModel = {
  id: 'generic-ff68',
  description: 'Generic FF 68 L L 68 pad: key code in FUNC, rating in FUNC 11',
  keys: [
    { func: 0x0c, key: 'callNext' },
    { func: 0x0d, key: 'recall' },
    { func: 0x0e, key: 'skip' },
    { func: 0x0b, key: 'requestRating' },
    { func: 0x12, key: 'pause' },
    { func: 0x13, key: 'transfer' },
    { func: 0x0f, key: 'confirm' },
  ],
  rating: { func: 0x11, dataIndex: 0, codes: gbOrderCodes },
  commands: { showNumber: 0x02, beep: 0x03, requestRating: 0x04 },
  displayWidth: 6,
};

/**
 * An illustrative second table (not a specific vendor's): every key arrives as FUNC 01 with the key
 * code in DATA[0], and the rating byte counts up from 非常不满意 (the provincial order). It shows how
 * a model that differs in layout is described by data alone; it is also what the tests use to
 * check that nothing in the codec or driver assumes the default layout.
 */
export const keyInDataSerialPadModel: SerialPadModel = {
  id: 'generic-ff68-key-in-data',
  description: 'FF 68 pad variant: keys as FUNC 01 + code, rating in FUNC 11 counting up from 非常不满意',
  keys: [
    { func: 0x01, data: [0x0c], key: 'callNext' },
    { func: 0x01, data: [0x0d], key: 'recall' },
    { func: 0x01, data: [0x0e], key: 'skip' },
    { func: 0x01, data: [0x0b], key: 'requestRating' },
    { func: 0x01, data: [0x12], key: 'pause' },
    { func: 0x01, data: [0x13], key: 'transfer' },
    { func: 0x01, data: [0x0f], key: 'confirm' },
  ],
  rating: {
    func: 0x11,
    dataIndex: 0,
    codes: [
      { code: 0x05, level: 'verySatisfied' },
      { code: 0x04, level: 'satisfied' },
      { code: 0x03, level: 'basicallySatisfied' },
      { code: 0x02, level: 'dissatisfied' },
      { code: 0x01, level: 'veryDissatisfied' },
    ],
  },
  commands: { showNumber: 0x02, beep: 0x03, requestRating: 0x04 },
  displayWidth: 6,
};

export const serialPadModels: readonly SerialPadModel[] = [defaultSerialPadModel, keyInDataSerialPadModel];

/** The model with this id; the default model when no id is given; undefined for an unknown id. */
export function findSerialPadModel(id?: string): SerialPadModel | undefined {
  if (id === undefined) return defaultSerialPadModel;
  return serialPadModels.find((m) => m.id === id);
}
