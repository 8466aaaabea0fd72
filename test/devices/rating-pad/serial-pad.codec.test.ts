import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { Result } from '../../../domain/result.ts';
import {
  SerialPadDecoder,
  encodeBeep,
  encodeFrame,
  encodeKeyPress,
  encodeRating,
  encodeRequestRating,
  encodeShowNumber,
  formatDisplayText,
  interpretFrame,
  type PadFrame,
} from '../../../devices/rating-pad/serial-pad.codec.ts';
import { defaultSerialPadModel, keyInDataSerialPadModel } from '../../../devices/rating-pad/serial-pad.models.ts';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const must = (r: Result<Uint8Array>): Uint8Array => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const model = defaultSerialPadModel;
const codesOf = (results: readonly Result<PadFrame>[]): string[] => results.map((r) => (r.ok ? 'frame' : r.error.code));
const framesOf = (results: readonly Result<PadFrame>[]): PadFrame[] => results.flatMap((r) => (r.ok ? [r.value] : []));
const plain = (f: PadFrame): { address: number; func: number; data: number[] } => ({ address: f.address, func: f.func, data: [...f.data] });

const decoderErrorCodes = new Set(['ratingPad.checksum', 'ratingPad.length', 'ratingPad.endByte', 'ratingPad.noise', 'ratingPad.truncated']);

describe('serial pad frames: golden bytes', () => {
  it('beep to pad 1', () => {
    expect([...must(encodeBeep(1, model))]).toEqual([0xff, 0x68, 0x02, 0x02, 0x68, 0x01, 0x03, 0x04, 0x16]);
  });

  it('show 123456 on pad 1 (FUNC 02, six ASCII digits)', () => {
    expect([...must(encodeShowNumber(1, '123456', model))]).toEqual([
      0xff, 0x68, 0x08, 0x08, 0x68, 0x01, 0x02, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x38, 0x16,
    ]);
  });

  it('show the number 23 zero-padded, and the ticket A023 right-aligned', () => {
    expect([...must(encodeShowNumber(1, 23, model))]).toEqual([
      0xff, 0x68, 0x08, 0x08, 0x68, 0x01, 0x02, 0x30, 0x30, 0x30, 0x30, 0x32, 0x33, 0x28, 0x16,
    ]);
    expect([...must(encodeShowNumber(1, 'a023', model))]).toEqual([
      0xff, 0x68, 0x08, 0x08, 0x68, 0x01, 0x02, 0x20, 0x20, 0x41, 0x30, 0x32, 0x33, 0x19, 0x16,
    ]);
  });

  it('request rating on pad 1', () => {
    expect([...must(encodeRequestRating(1, model))]).toEqual([0xff, 0x68, 0x02, 0x02, 0x68, 0x01, 0x04, 0x05, 0x16]);
  });

  it('pad 1 presses call (0C), pad 3 rates 满意 (FUNC 11, 02: CS equals the end byte)', () => {
    expect([...must(encodeKeyPress(1, 'callNext', model))]).toEqual([0xff, 0x68, 0x02, 0x02, 0x68, 0x01, 0x0c, 0x0d, 0x16]);
    expect([...must(encodeRating(3, 'satisfied', model))]).toEqual([0xff, 0x68, 0x03, 0x03, 0x68, 0x03, 0x11, 0x02, 0x16, 0x16]);
  });

  it('the key-in-data model puts the key code in DATA', () => {
    expect([...must(encodeKeyPress(2, 'transfer', keyInDataSerialPadModel))]).toEqual([
      0xff, 0x68, 0x03, 0x03, 0x68, 0x02, 0x01, 0x13, 0x16, 0x16,
    ]);
  });

  it('decodes the documented frames back', () => {
    const d = new SerialPadDecoder();
    const out = d.push(bytes(0xff, 0x68, 0x03, 0x03, 0x68, 0x03, 0x11, 0x02, 0x16, 0x16, 0x68, 0x02, 0x02, 0x68, 0x01, 0x0c, 0x0d, 0x16));
    expect(framesOf(out).map(plain)).toEqual([
      { address: 3, func: 0x11, data: [0x02] },
      { address: 1, func: 0x0c, data: [] },
    ]);
    expect(codesOf(out)).toEqual(['frame', 'frame']);
  });
});

describe('serial pad encoder refuses what it cannot frame', () => {
  it('display text that does not fit or has other characters', () => {
    for (const bad of [1_000_000, -1, 1.5, Number.NaN, '', 'A0234567', 'A:23', '预约']) {
      const r = formatDisplayText(bad, 6);
      expect(r.ok ? 'ok' : r.error.code).toBe('ratingPad.invalidCommand');
    }
    expect(formatDisplayText(999_999, 6)).toEqual({ ok: true, value: '999999' });
  });

  it('address or func out of byte range, data too long', () => {
    const r1 = encodeFrame({ address: 256, func: 1, data: new Uint8Array(0) });
    const r2 = encodeFrame({ address: 1, func: -1, data: new Uint8Array(0) });
    const r3 = encodeFrame({ address: 1, func: 1, data: new Uint8Array(65) });
    expect([r1, r2, r3].map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ratingPad.invalidCommand', 'ratingPad.invalidCommand', 'ratingPad.length']);
    expect(encodeFrame({ address: 1, func: 1, data: new Uint8Array(64) }).ok).toBe(true);
  });
});

describe('serial pad decoder', () => {
  const call = must(encodeKeyPress(1, 'callNext', model));

  it('takes a frame one byte at a time', () => {
    const d = new SerialPadDecoder();
    const out = [...call].flatMap((b) => d.push(bytes(b)));
    expect(framesOf(out).map(plain)).toEqual([{ address: 1, func: 0x0c, data: [] }]);
    expect(d.buffered).toBe(0);
  });

  it('resyncs after garbage and says how much it skipped', () => {
    const d = new SerialPadDecoder();
    const out = d.push(Uint8Array.from([0x00, 0x55, 0xaa, ...call]));
    expect(codesOf(out)).toEqual(['ratingPad.noise', 'frame']);
    const noise = out[0];
    expect(noise && !noise.ok ? noise.error.details : undefined).toEqual({ skipped: 3 });
  });

  it('reports a bad checksum and goes on with the next frame', () => {
    const bad = Uint8Array.from(call);
    bad[7] = 0x0e;
    const out = new SerialPadDecoder().push(Uint8Array.from([...bad, ...call]));
    expect(codesOf(out)).toEqual(['ratingPad.checksum', 'frame']);
  });

  it('reports length fields that differ or are out of range', () => {
    expect(codesOf(new SerialPadDecoder().push(Uint8Array.from([0x68, 0x02, 0x03, 0x68, ...call])))).toContain('ratingPad.length');
    expect(codesOf(new SerialPadDecoder().push(Uint8Array.from([0x68, 0x01, 0x01, 0x68, ...call])))).toEqual(['ratingPad.length', 'ratingPad.noise', 'frame']);
    const huge = new SerialPadDecoder();
    expect(codesOf(huge.push(Uint8Array.from([0x68, 0xff, 0xff, 0x68])))).toEqual(['ratingPad.length']);
    // It does not wait for 255 bytes: only the last 68, which may start the next frame, is kept.
    expect(huge.buffered).toBe(1);
  });

  it('reports a wrong end byte and still finds the next frame', () => {
    const bad = Uint8Array.from(call);
    bad[8] = 0x17;
    const out = new SerialPadDecoder().push(Uint8Array.from([...bad, ...call]));
    expect(codesOf(out)[0]).toBe('ratingPad.endByte');
    expect(codesOf(out).at(-1)).toBe('frame');
    expect(framesOf(out)).toHaveLength(1);
  });

  it('flush reports a cut-off frame as truncated and recovers a frame it was hiding', () => {
    // A header whose length is too big for what follows: the real frame after it sits in the buffer.
    const d = new SerialPadDecoder();
    expect(d.push(Uint8Array.from([0x68, 0x20, 0x20, 0x68, 0x01, 0x02, ...call]))).toEqual([]);
    const out = d.flush();
    expect(codesOf(out)).toEqual(['ratingPad.truncated', 'ratingPad.noise', 'frame']);
    expect(d.buffered).toBe(0);
    expect(new SerialPadDecoder().flush()).toEqual([]);
  });
});

describe('interpreting frames through the model tables', () => {
  const frame = (func: number, ...data: number[]): PadFrame => ({ address: 1, func, data: Uint8Array.from(data) });

  it('maps every documented key code of the default model', () => {
    const expected = { 0x0c: 'callNext', 0x0d: 'recall', 0x0b: 'requestRating', 0x12: 'pause', 0x13: 'transfer', 0x0f: 'confirm' } as const;
    for (const [code, key] of Object.entries(expected)) {
      expect(interpretFrame(frame(Number(code)), model)).toEqual({ ok: true, value: { kind: 'key', key } });
    }
  });

  it('maps FUNC 11 ratings in each model order', () => {
    expect(interpretFrame(frame(0x11, 0x01), model)).toEqual({ ok: true, value: { kind: 'rating', level: 'verySatisfied' } });
    expect(interpretFrame(frame(0x11, 0x05), model)).toEqual({ ok: true, value: { kind: 'rating', level: 'veryDissatisfied' } });
    expect(interpretFrame(frame(0x11, 0x01), keyInDataSerialPadModel)).toEqual({ ok: true, value: { kind: 'rating', level: 'veryDissatisfied' } });
  });

  it('reads host commands (for the simulator) and refuses unknown codes', () => {
    expect(interpretFrame(frame(0x02, 0x20, 0x20, 0x41, 0x30, 0x32, 0x33), model)).toEqual({
      ok: true,
      value: { kind: 'command', command: 'showNumber', text: 'A023' },
    });
    const codes = [frame(0x11, 0x09), frame(0x11), frame(0x7e), frame(0x01, 0x99)].map((f) => {
      const r = interpretFrame(f, f.func === 0x01 ? keyInDataSerialPadModel : model);
      return r.ok ? 'ok' : r.error.code;
    });
    expect(codes).toEqual(['ratingPad.unknownCode', 'ratingPad.unknownCode', 'ratingPad.unknownCode', 'ratingPad.unknownCode']);
    const display = interpretFrame(frame(0x02, 0x31, 0x00), model);
    expect(display.ok ? 'ok' : display.error.code).toBe('ratingPad.invalidCommand');
  });
});

// ---- properties -------------------------------------------------------------------------------

const frameArb = fc.record({
  address: fc.integer({ min: 0, max: 255 }),
  func: fc.integer({ min: 0, max: 255 }),
  data: fc.uint8Array({ maxLength: 64 }),
});

/** Splits `all` at random cut points. */
function chunked(all: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of [...points, all.length]) {
    out.push(all.subarray(prev, p));
    prev = p;
  }
  return out;
}

const concatAll = (parts: readonly Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((p) => [...p]));

const serialise = (results: readonly Result<PadFrame>[]): string =>
  JSON.stringify(results.map((r) => (r.ok ? plain(r.value) : { code: r.error.code, details: r.error.details ?? null })));

describe('serial pad decoder properties', () => {
  it('decodes any sequence of encoded frames, however it is chunked', () => {
    fc.assert(
      fc.property(fc.array(frameArb, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 20 }), (frames, cuts) => {
        const wire = concatAll(frames.map((f) => must(encodeFrame(f))));
        const d = new SerialPadDecoder();
        const out = chunked(wire, cuts).flatMap((c) => d.push(c));
        expect(codesOf(out).every((c) => c === 'frame')).toBe(true);
        expect(framesOf(out).map(plain)).toEqual(frames.map(plain));
        expect(d.buffered).toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random bytes, reports only typed errors, keeps its buffer bounded, and ignores chunking', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.array(fc.nat(), { maxLength: 30 }), (wire, cuts) => {
        const whole = new SerialPadDecoder();
        const oneShot = [...whole.push(wire), ...whole.flush()];
        const pieces = new SerialPadDecoder();
        const parts: Result<PadFrame>[] = [];
        for (const c of chunked(wire, cuts)) {
          parts.push(...pieces.push(c));
          expect(pieces.buffered).toBeLessThan(pieces.maxFrameLength);
        }
        parts.push(...pieces.flush());
        for (const r of oneShot) if (!r.ok) expect(decoderErrorCodes.has(r.error.code)).toBe(true);
        expect(serialise(parts)).toBe(serialise(oneShot));
      }),
      { numRuns: 2000 },
    );
  });

  it('mixes of garbage and frames: every frame comes out, whatever the garbage', () => {
    // Garbage without the start byte cannot hide a frame, so all frames must come through.
    const garbage = fc.uint8Array({ maxLength: 12 }).map((g) => g.map((b) => (b === 0x68 ? 0x00 : b)));
    fc.assert(
      fc.property(fc.array(fc.tuple(garbage, frameArb), { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 20 }), (pairs, cuts) => {
        const wire = concatAll(pairs.flatMap(([g, f]) => [g, must(encodeFrame(f))]));
        const d = new SerialPadDecoder();
        const out = chunked(wire, cuts).flatMap((c) => d.push(c));
        expect(framesOf(out).map(plain)).toEqual(pairs.map(([, f]) => plain(f)));
      }),
      { numRuns: 2000 },
    );
  });

  it('a frame with one byte changed is refused (or, for the preamble, unchanged) and the next frame still decodes', () => {
    fc.assert(
      fc.property(frameArb, frameArb, fc.nat(), fc.integer({ min: 1, max: 255 }), (victim, next, at, delta) => {
        const bad = must(encodeFrame(victim));
        const index = at % bad.length;
        bad[index] = ((bad[index] as number) + delta) & 0xff;
        const d = new SerialPadDecoder();
        const out = [...d.push(Uint8Array.from([...bad, ...must(encodeFrame(next))])), ...d.flush()];
        for (const r of out) if (!r.ok) expect(decoderErrorCodes.has(r.error.code)).toBe(true);
        const decoded = framesOf(out).map(plain);
        expect(decoded.at(-1)).toEqual(plain(next));
        expect(decoded.slice(0, -1)).toEqual(index === 0 ? [plain(victim)] : []);
      }),
      { numRuns: 2000 },
    );
  });

  it('interpretFrame never throws and answers only with a message or a typed error', () => {
    fc.assert(
      fc.property(frameArb, fc.boolean(), (f, variant) => {
        const r = interpretFrame(f, variant ? keyInDataSerialPadModel : model);
        if (!r.ok) expect(['ratingPad.unknownCode', 'ratingPad.invalidCommand']).toContain(r.error.code);
      }),
      { numRuns: 2000 },
    );
  });
});
