import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeKeyboardReports, HidKeyboardDecoder } from '../../../devices/scanner/hid-keyboard.codec.ts';

const hex = (reports: readonly Uint8Array[]) => reports.map((r) => Buffer.from(r).toString('hex'));
const typed = (reports: readonly (readonly number[])[]) => {
  const d = new HidKeyboardDecoder();
  return reports.map((r) => {
    const out = d.push(Uint8Array.from(r));
    return out.ok ? Buffer.from(out.value).toString('latin1') : `!${out.error.code}`;
  });
};

describe('HID keyboard report codec', () => {
  it('golden reports: "aA1!" then Enter', () => {
    const r = encodeKeyboardReports('aA1!');
    expect(r.ok && hex(r.value)).toEqual([
      '0000040000000000', '0000000000000000', // a
      '0200040000000000', '0000000000000000', // A: left shift + a
      '00001e0000000000', '0000000000000000', // 1
      '02001e0000000000', '0000000000000000', // !: shift + 1
      '0000280000000000', '0000000000000000', // Enter
    ]);
  });

  it('golden decoding: letters, right shift, punctuation, keypad digits and keypad Enter', () => {
    expect(
      typed([
        [0, 0, 0x0b, 0, 0, 0, 0, 0], // h
        [0x20, 0, 0x0b, 0, 0, 0, 0, 0], // still held with right shift: not typed again
        [0, 0, 0, 0, 0, 0, 0, 0],
        [0x20, 0, 0x0b, 0, 0, 0, 0, 0], // H
        [0, 0, 0x38, 0x37, 0, 0, 0, 0], // "/" and "." pressed together (two fresh keys)
        [0, 0, 0x59, 0, 0, 0, 0, 0], // keypad 1
        [0, 0, 0x62, 0, 0, 0, 0, 0], // keypad 0
        [0, 0, 0x58, 0, 0, 0, 0, 0], // keypad Enter -> CR
      ]),
    ).toEqual(['h', '', '', 'H', '/.', '1', '0', '\r']);
  });

  it('unusable reports are named errors, and the decoder goes on after them', () => {
    expect(
      typed([
        [0, 0],
        [0, 0, 1, 1, 1, 1, 1, 1],
        [0, 0, 0x3a, 0, 0, 0, 0, 0], // F1 types nothing
        [0x01, 0, 0x04, 0, 0, 0, 0, 0], // Ctrl+A
        [0, 0, 0x05, 0, 0, 0, 0, 0],
      ]),
    ).toEqual(['!scanner.badReport', '!scanner.badReport', '!scanner.unknownKey', '!scanner.unknownKey', 'b']);
  });

  it('refuses text a keyboard cannot type, naming the character position', () => {
    const r = encodeKeyboardReports('AB预约');
    expect(r.ok ? 'ok' : [r.error.code, r.error.message]).toEqual(['scanner.unknownKey', 'character 2 (U+9884) cannot be typed by a keyboard-mode scanner']);
  });

  it('decode(encode(text)) is the text and CR, for any printable ASCII', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }), (text) => {
        const reports = encodeKeyboardReports(text);
        expect(reports.ok).toBe(true);
        if (!reports.ok) return;
        const d = new HidKeyboardDecoder();
        const bytes = reports.value.flatMap((r) => {
          const out = d.push(r);
          return out.ok ? [...out.value] : [-1];
        });
        expect(Buffer.from(bytes).toString('latin1')).toBe(`${text}\r`);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary reports', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 12 }), { maxLength: 10 }), (reports) => {
        const d = new HidKeyboardDecoder();
        for (const r of reports) {
          const out = d.push(r);
          if (!out.ok) expect(['scanner.badReport', 'scanner.unknownKey']).toContain(out.error.code);
        }
      }),
    );
  });
});
