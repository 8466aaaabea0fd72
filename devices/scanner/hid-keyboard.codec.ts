// USB HID keyboard reports <-> text, for scanners that present themselves as a keyboard (the common
// USB mode) and are read through node-hid rather than typed into the page. Pure; never throws.
//
// A boot keyboard input report is 8 bytes: modifier bits, a reserved byte, then up to six usage ids
// of the keys held down (HID Usage Tables, page 07). A character is typed when its usage id appears
// in a report that the previous report did not have; Enter (28) and keypad Enter (58) become CR,
// the line terminator the scanner driver expects. Only US-layout printable ASCII can be typed: a
// keyboard-mode scanner cannot send Chinese text (use its serial/virtual COM mode for that).
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';

export const KEYBOARD_REPORT_LENGTH = 8;
const LEFT_SHIFT = 0x02;
const RIGHT_SHIFT = 0x20;
const CTRL_ALT_GUI = 0xdd;
/** All six key slots 01: "ErrorRollOver", too many keys at once; the report carries no keys. */
const ERROR_ROLL_OVER = 0x01;
const ENTER = 0x28;
const KEYPAD_ENTER = 0x58;

/** usage id -> [unshifted, shifted]. */
const usages = new Map<number, readonly [string, string]>();
for (let i = 0; i < 26; i++) usages.set(0x04 + i, [String.fromCharCode(0x61 + i), String.fromCharCode(0x41 + i)]);
'1234567890'.split('').forEach((d, i) => usages.set(0x1e + i, [d, '!@#$%^&*()'[i] ?? d]));
const punctuation: readonly (readonly [number, string, string])[] = [
  [0x2c, ' ', ' '],
  [0x2d, '-', '_'],
  [0x2e, '=', '+'],
  [0x2f, '[', '{'],
  [0x30, ']', '}'],
  [0x31, '\\', '|'],
  [0x33, ';', ':'],
  [0x34, "'", '"'],
  [0x35, '`', '~'],
  [0x36, ',', '<'],
  [0x37, '.', '>'],
  [0x38, '/', '?'],
  // Keypad: the same characters whatever the shift (NumLock on, as scanners send them).
  [0x54, '/', '/'],
  [0x55, '*', '*'],
  [0x56, '-', '-'],
  [0x57, '+', '+'],
  [0x63, '.', '.'],
];
for (const [usage, plain, shifted] of punctuation) usages.set(usage, [plain, shifted]);
'1234567890'.split('').forEach((d, i) => usages.set(0x59 + i, [d, d]));

/** character -> the report that types it (main keyboard block; keypad usages are only decoded). */
const typing = new Map<string, { usage: number; shift: boolean }>();
for (const [usage, [plain, shifted]] of usages) {
  if (usage >= 0x54) continue;
  if (!typing.has(plain)) typing.set(plain, { usage, shift: false });
  if (!typing.has(shifted)) typing.set(shifted, { usage, shift: true });
}

/**
 * Decodes a stream of keyboard reports into the bytes they type (ASCII, Enter as CR). Keeps the keys
 * of the previous report, so a key held over several reports is typed once.
 */
export class HidKeyboardDecoder {
  #held = new Set<number>();

  /** The bytes one report types (usually none or one), or why the report is unusable. */
  push(report: Uint8Array): Result<Uint8Array> {
    if (report.length < 3) {
      return err(kioskError('scanner.badReport', `keyboard report of ${report.length} bytes (at least 3: modifiers, reserved, a key)`));
    }
    const keys = [...report.subarray(2, KEYBOARD_REPORT_LENGTH)].filter((k) => k !== 0);
    if (keys.length > 0 && keys.every((k) => k === ERROR_ROLL_OVER)) {
      return err(kioskError('scanner.badReport', 'the scanner reported too many keys at once (ErrorRollOver)'));
    }
    const modifiers = report[0] ?? 0;
    const shift = (modifiers & (LEFT_SHIFT | RIGHT_SHIFT)) !== 0;
    const fresh = keys.filter((k) => !this.#held.has(k));
    this.#held = new Set(keys);
    const out: number[] = [];
    for (const usage of fresh) {
      if (usage === ENTER || usage === KEYPAD_ENTER) {
        out.push(0x0d);
        continue;
      }
      const chars = usages.get(usage);
      if (chars === undefined || (modifiers & CTRL_ALT_GUI) !== 0) {
        return err(kioskError('scanner.unknownKey', `key usage 0x${usage.toString(16).padStart(2, '0')}${(modifiers & CTRL_ALT_GUI) !== 0 ? ' with Ctrl/Alt/GUI' : ''} types no character`, { usage, modifiers }));
      }
      out.push((shift ? chars[1] : chars[0]).charCodeAt(0));
    }
    return ok(Uint8Array.from(out));
  }

  /** Forgets the held keys (the device was reopened). */
  reset(): void {
    this.#held = new Set();
  }
}

/**
 * The reports a keyboard-mode scanner sends to type `text` and, when `enter`, the Enter key: each
 * character a key-down report, then an all-up report. Refuses characters a US keyboard cannot type.
 */
export function encodeKeyboardReports(text: string, enter = true): Result<Uint8Array[]> {
  const reports: Uint8Array[] = [];
  const up = new Uint8Array(KEYBOARD_REPORT_LENGTH);
  let position = 0;
  for (const ch of text) {
    const key = typing.get(ch);
    if (key === undefined) {
      return err(kioskError('scanner.unknownKey', `character ${position} (U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) cannot be typed by a keyboard-mode scanner`));
    }
    reports.push(Uint8Array.of(key.shift ? LEFT_SHIFT : 0, 0, key.usage, 0, 0, 0, 0, 0), up);
    position++;
  }
  if (enter) reports.push(Uint8Array.of(0, 0, ENTER, 0, 0, 0, 0, 0), up);
  return ok(reports);
}
