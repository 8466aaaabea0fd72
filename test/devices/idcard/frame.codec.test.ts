import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commandFrame, commands, type CommandName } from '../../../devices/idcard/commands.ts';
import {
  createCommandDecoder,
  createResponseDecoder,
  decodeCommandFrame,
  decodeResponseFrame,
  encodeCommand,
  encodeResponse,
  fromHex,
  PREAMBLE,
  toHex,
  type ResponseFrame,
} from '../../../devices/idcard/frame.codec.ts';
import type { Result } from '../../../domain/result.ts';

function hex(text: string): Uint8Array {
  const r = fromHex(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function frameOf(sw3: number, data: Uint8Array = new Uint8Array(0)): Uint8Array {
  const r = encodeResponse(sw3, data);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const okFrames = (results: Result<ResponseFrame>[]): ResponseFrame[] => results.flatMap((r) => (r.ok ? [r.value] : []));
const errorCodes = (results: Result<unknown>[]): string[] => results.flatMap((r) => (r.ok ? [] : [r.error.code]));

describe('command frames (golden bytes, DOMAIN.md section 5)', () => {
  const tails: [CommandName, string][] = [
    ['samStatus', '00 03 11 FF ED'],
    ['samId', '00 03 12 FF EE'],
    ['findCard', '00 03 20 01 22'],
    ['selectCard', '00 03 20 02 21'],
    ['readText', '00 03 30 01 32'],
    ['readWithFingerprint', '00 03 30 10 23'],
    ['readNewestAddress', '00 03 30 03 30'],
  ];
  for (const [name, tail] of tails) {
    it(`${name} ends in ${tail}`, () => {
      expect(toHex(commandFrame(name))).toBe(`AA AA AA 96 69 ${tail}`);
    });
  }

  it('carries data and checksums it', () => {
    expect(toHex(encodeCommand(0x60, 0x00, Uint8Array.of(0x01, 0x02)))).toBe('AA AA AA 96 69 00 05 60 00 01 02 66');
  });

  it('decodes back to CMD PARA DATA', () => {
    const r = decodeCommandFrame(commandFrame('readWithFingerprint'));
    expect(r).toEqual({ ok: true, value: { cmd: 0x30, para: 0x10, data: new Uint8Array(0) } });
  });

  it('lists every command of the table once', () => {
    const pairs = Object.values(commands).map((c) => `${c.cmd}:${c.para}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe('response frames (golden bytes)', () => {
  it('find card ok: 9F with four bytes', () => {
    expect(toHex(frameOf(0x9f, new Uint8Array(4)))).toBe('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97');
  });

  it('select card ok: 90 with eight bytes', () => {
    expect(toHex(frameOf(0x90, new Uint8Array(8)))).toBe('AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C');
  });

  it('SAM ok and no card', () => {
    expect(toHex(frameOf(0x90))).toBe('AA AA AA 96 69 00 04 00 00 90 94');
    expect(toHex(frameOf(0x80))).toBe('AA AA AA 96 69 00 04 00 00 80 84');
  });

  it('decodes SW1 SW2 SW3 and data', () => {
    const r = decodeResponseFrame(hex('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97'));
    expect(r).toEqual({ ok: true, value: { sw1: 0, sw2: 0, sw3: 0x9f, data: new Uint8Array(4) } });
  });

  it('refuses a single-frame decode with trailing bytes', () => {
    const r = decodeResponseFrame(hex('AA AA AA 96 69 00 04 00 00 90 94 00'));
    expect(r.ok ? null : r.error.code).toBe('device.badFrame');
  });
});

describe('incremental response decoder', () => {
  const find = hex('AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97');
  const sam = hex('AA AA AA 96 69 00 04 00 00 90 94');

  it('handles a frame split at every possible point', () => {
    for (let cut = 1; cut < find.length; cut++) {
      const d = createResponseDecoder();
      expect(d.push(find.subarray(0, cut))).toEqual([]);
      const frames = okFrames(d.push(find.subarray(cut)));
      expect(frames.map((f) => f.sw3)).toEqual([0x9f]);
      expect(d.buffered).toBe(0);
    }
  });

  it('handles a frame fed byte by byte', () => {
    const d = createResponseDecoder();
    const results = Array.from(find).flatMap((b) => d.push(Uint8Array.of(b)));
    expect(okFrames(results).map((f) => f.sw3)).toEqual([0x9f]);
  });

  it('returns several frames from one chunk, in order', () => {
    const d = createResponseDecoder();
    const all = new Uint8Array([...sam, ...find, ...sam]);
    expect(okFrames(d.push(all)).map((f) => f.sw3)).toEqual([0x90, 0x9f, 0x90]);
  });

  it('resyncs on the preamble after garbage, including garbage that looks like a preamble start', () => {
    const d = createResponseDecoder();
    const garbage = hex('00 13 AA AA 96 AA 69 AA AA AA 96');
    const results = d.push(new Uint8Array([...garbage, ...find]));
    expect(okFrames(results).map((f) => f.sw3)).toEqual([0x9f]);
    expect(errorCodes(results)).toEqual([]);
    expect(d.stats.bytesSkipped).toBe(garbage.length);
  });

  it('keeps a preamble prefix at the end of a chunk', () => {
    const d = createResponseDecoder();
    expect(d.push(hex('01 02 AA AA'))).toEqual([]);
    expect(d.buffered).toBe(2);
    expect(okFrames(d.push(find.subarray(2))).map((f) => f.sw3)).toEqual([0x9f]);
  });

  it('reports a checksum error and still finds the next frame', () => {
    const bad = find.slice();
    bad[bad.length - 1] = 0x00;
    const d = createResponseDecoder();
    const results = d.push(new Uint8Array([...bad, ...sam]));
    expect(errorCodes(results)).toEqual(['idcard.checksum']);
    expect(okFrames(results).map((f) => f.sw3)).toEqual([0x90]);
    expect(d.stats.checksumErrors).toBe(1);
  });

  it('finds a frame hidden inside a frame whose checksum fails', () => {
    // A truncated frame (declared LEN swallows the next frame) fails its checksum; the decoder rescans
    // from the byte after the bad preamble and finds the embedded frame.
    const head = hex('AA AA AA 96 69 00 0E 00 00 90');
    const d = createResponseDecoder();
    const results = d.push(new Uint8Array([...head, ...sam, 0x00]));
    expect(errorCodes(results)).toEqual(['idcard.checksum']);
    expect(okFrames(results).map((f) => f.sw3)).toEqual([0x90]);
  });

  it('reports LEN too small or too large as a length error and resyncs', () => {
    const d = createResponseDecoder({ maxLen: 3000 });
    const tooShort = hex('AA AA AA 96 69 00 03 00 00 03');
    const tooLong = hex('AA AA AA 96 69 FF FF');
    const results = d.push(new Uint8Array([...tooShort, ...tooLong, ...sam]));
    expect(errorCodes(results)).toEqual(['idcard.length', 'idcard.length']);
    expect(okFrames(results).map((f) => f.sw3)).toEqual([0x90]);
    expect(d.stats.lengthErrors).toBe(2);
  });

  it('a command decoder accepts LEN 3, a response decoder does not', () => {
    const asResponse = createResponseDecoder().push(commandFrame('samStatus'));
    expect(okFrames(asResponse)).toEqual([]);
    expect(errorCodes(asResponse)).toEqual(['idcard.length']);
    expect(createCommandDecoder().push(commandFrame('samStatus'))[0]?.ok).toBe(true);
  });

  it('reset() drops a partial frame', () => {
    const d = createResponseDecoder();
    d.push(find.subarray(0, 9));
    expect(d.buffered).toBe(9);
    d.reset();
    expect(d.buffered).toBe(0);
    expect(okFrames(d.push(sam)).map((f) => f.sw3)).toEqual([0x90]);
  });

  it('bounds its buffer by the largest frame it accepts', () => {
    const d = createResponseDecoder({ maxLen: 300 });
    d.push(hex('AA AA AA 96 69 01 2C')); // LEN 300: waits for it
    for (let i = 0; i < 50; i++) d.push(new Uint8Array(64).fill(0x11));
    expect(d.buffered).toBeLessThanOrEqual(7 + 300);
    const noise = createResponseDecoder();
    for (let i = 0; i < 100; i++) noise.push(new Uint8Array(1000).fill(0x55));
    expect(noise.buffered).toBe(0);
  });

  it('fromHex refuses odd or non-hex text', () => {
    expect(fromHex('AA A').ok).toBe(false);
    expect(fromHex('GG').ok).toBe(false);
  });
});

describe('decoder properties', () => {
  const bytes = fc.uint8Array({ maxLength: 600 });
  const noPreambleGarbage = fc.uint8Array({ maxLength: 40 }).map((b) => b.map((x) => (x === 0xaa ? 0xab : x)));
  const responseFrame = fc.record({
    sw3: fc.integer({ min: 0, max: 255 }),
    data: fc.uint8Array({ maxLength: 80 }),
  });

  function chunked(all: Uint8Array, cuts: number[]): Uint8Array[] {
    const points = [...new Set(cuts.map((c) => c % (all.length + 1)))].sort((a, b) => a - b);
    const out: Uint8Array[] = [];
    let prev = 0;
    for (const p of [...points, all.length]) {
      out.push(all.subarray(prev, p));
      prev = p;
    }
    return out;
  }

  it('never throws on random bytes in random chunks; every result is a frame or a typed framing error', () => {
    fc.assert(
      fc.property(fc.array(bytes, { maxLength: 8 }), (chunks) => {
        const d = createResponseDecoder();
        for (const chunk of chunks) {
          for (const r of d.push(chunk)) {
            if (!r.ok) expect(['idcard.checksum', 'idcard.length']).toContain(r.error.code);
          }
          expect(d.buffered).toBeLessThanOrEqual(7 + 4096);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('recovers every frame from frames and garbage cut at random points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(noPreambleGarbage, responseFrame), { minLength: 1, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (parts, cuts) => {
          const frames = parts.map(([, f]) => f);
          const stream = parts.flatMap(([g, f]) => [...g, ...frameOf(f.sw3, f.data)]);
          const d = createResponseDecoder();
          const results = chunked(Uint8Array.from(stream), cuts).flatMap((c) => d.push(c));
          // Garbage has no AA, so nothing in it can start a frame; the frames themselves are intact.
          expect(errorCodes(results)).toEqual([]);
          expect(okFrames(results).map((f) => ({ sw3: f.sw3, data: f.data }))).toEqual(frames);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never yields a frame from one whose payload or CHK byte was changed (XOR catches any one byte)', () => {
    fc.assert(
      fc.property(responseFrame, fc.nat(), fc.integer({ min: 1, max: 255 }), (f, at, flip) => {
        const frame = frameOf(f.sw3, f.data);
        const i = 7 + (at % (frame.length - 7)); // payload or CHK
        const bad = frame.slice();
        bad[i] = (bad[i] ?? 0) ^ flip;
        const d = createResponseDecoder();
        const results = d.push(bad);
        expect(okFrames(results)).toEqual([]);
        expect(errorCodes(results)).toContain('idcard.checksum');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on frames with any single byte mutated (preamble and LEN included)', () => {
    fc.assert(
      fc.property(responseFrame, fc.nat(), fc.integer({ min: 0, max: 255 }), bytes, (f, at, value, tail) => {
        const frame = frameOf(f.sw3, f.data);
        const bad = frame.slice();
        bad[at % frame.length] = value;
        const d = createResponseDecoder();
        const results = [...d.push(bad), ...d.push(tail)];
        for (const r of results) if (!r.ok) expect(['idcard.checksum', 'idcard.length']).toContain(r.error.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('a frame after any garbage is found once the garbage cannot hold a frame start', () => {
    fc.assert(
      fc.property(bytes, responseFrame, (garbage, f) => {
        const d = createResponseDecoder();
        d.push(garbage);
        d.reset();
        const results = d.push(frameOf(f.sw3, f.data));
        expect(okFrames(results)).toEqual([{ sw1: 0, sw2: 0, sw3: f.sw3, data: f.data }]);
      }),
      { numRuns: 2000 },
    );
  });

  it('PREAMBLE is the documented one', () => {
    expect(toHex(Uint8Array.from(PREAMBLE))).toBe('AA AA AA 96 69');
  });
});
