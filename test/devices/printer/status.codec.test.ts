import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeDleEotAnswers,
  decodeGsR1,
  decodeGsR1Status,
  decodeOfflineCause,
  decodePaperSensor,
  decodePrinterStatus,
  dleEot,
  encodeDleEotAnswer,
  encodeGsR1Answer,
  gsR1,
  isPrintable,
  summarize,
  type StatusFlags,
} from '../../../devices/printer/status.codec.ts';
import type { PaperState } from '../../../devices/printer/types.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex').toUpperCase().replace(/(..)(?!$)/g, '$1 ');

describe('status requests: golden bytes', () => {
  it('DLE EOT 1 / 2 / 4 and GS r 1', () => {
    expect(hex(dleEot(1))).toBe('10 04 01');
    expect(hex(dleEot(2))).toBe('10 04 02');
    expect(hex(dleEot(4))).toBe('10 04 04');
    expect(hex(gsR1)).toBe('1D 72 01');
  });
});

describe('DLE EOT answers', () => {
  it('out of paper (DOMAIN.md: 1A, 32, 7E)', () => {
    const r = decodeDleEotAnswers([0x1a, 0x32, 0x7e]);
    expect(r).toEqual({ ok: true, value: { state: 'paperOut', paper: 'out', offline: true, coverOpen: false, error: false } });
  });

  it('ready: 12, 12, 12', () => {
    const r = decodeDleEotAnswers([0x12, 0x12, 0x12]);
    expect(r.ok && r.value.state).toBe('ready');
  });

  it('paper near end (bits 2-3 of n=4) still prints', () => {
    const r = decodeDleEotAnswers([0x12, 0x12, 0x1e]);
    expect(r.ok && r.value).toEqual({ state: 'paperNearEnd', paper: 'nearEnd', offline: false, coverOpen: false, error: false });
    expect(r.ok && isPrintable(r.value)).toBe(true);
  });

  it('cover open (bit 2 of n=2) wins over offline', () => {
    const r = decodeDleEotAnswers([0x1a, 0x16, 0x12]);
    expect(r.ok && r.value.state).toBe('coverOpen');
  });

  it('error (bit 6 of n=2)', () => {
    const r = decodeDleEotAnswers([0x1a, 0x52, 0x12]);
    expect(r.ok && r.value.state).toBe('error');
  });

  it('offline with no cause given', () => {
    const r = decodeDleEotAnswers([0x1a, 0x12, 0x12]);
    expect(r.ok && r.value.state).toBe('offline');
    expect(r.ok && isPrintable(r.value)).toBe(false);
  });

  it('paper end reported only as "stopped by paper end" (n=2 bit 5) is paper out', () => {
    const r = decodeDleEotAnswers([0x1a, 0x32, 0x12]);
    expect(r.ok && r.value.paper).toBe('out');
  });

  it('either bit of a pair counts (printers set one or both)', () => {
    for (const byte of [0x32, 0x52, 0x72, 0x7e]) expect(decodePaperSensor(byte)).toEqual({ ok: true, value: { paper: 'out' } });
    for (const byte of [0x16, 0x1a, 0x1e]) expect(decodePaperSensor(byte)).toEqual({ ok: true, value: { paper: 'nearEnd' } });
    for (const byte of [0x01, 0x02]) expect(decodeGsR1(byte)).toEqual({ ok: true, value: { paper: 'nearEnd' } });
    for (const byte of [0x04, 0x08]) expect(decodeGsR1(byte)).toEqual({ ok: true, value: { paper: 'out' } });
  });

  it('single answers', () => {
    expect(decodePrinterStatus(0x1a)).toEqual({ ok: true, value: { offline: true } });
    expect(decodeOfflineCause(0x32)).toEqual({ ok: true, value: { coverOpen: false, feedButton: false, paperEndStop: true, error: false } });
    expect(decodePaperSensor(0x7e)).toEqual({ ok: true, value: { paper: 'out' } });
    expect(decodePaperSensor(0x12)).toEqual({ ok: true, value: { paper: 'ok' } });
  });

  it('a byte without the fixed bits is device.badFrame', () => {
    for (const byte of [0x00, 0xff, 0x10, 0x02, 0x93, 256, -1, 1.5]) {
      const r = decodePrinterStatus(byte);
      expect(!r.ok && r.error.code).toBe('device.badFrame');
    }
    const r = decodeDleEotAnswers([0x12, 0x12]);
    expect(!r.ok && r.error.code).toBe('device.badFrame');
  });
});

describe('GS r 1 answers', () => {
  it('bits 0-1 near end, bits 2-3 paper end', () => {
    expect(decodeGsR1(0x00)).toEqual({ ok: true, value: { paper: 'ok' } });
    expect(decodeGsR1(0x03)).toEqual({ ok: true, value: { paper: 'nearEnd' } });
    expect(decodeGsR1(0x0f)).toEqual({ ok: true, value: { paper: 'out' } });
    expect(decodeGsR1Status(0x0c).ok && decodeGsR1Status(0x0c)).toMatchObject({ value: { state: 'paperOut' } });
  });

  it('fixed bits 4 and 7 set is device.badFrame', () => {
    expect(!decodeGsR1(0x10).ok && !decodeGsR1(0x80).ok).toBe(true);
  });
});

describe('status codec properties', () => {
  it('decoders never throw on any number (2000 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double()), (n) => {
        for (const decode of [decodePrinterStatus, decodeOfflineCause, decodePaperSensor, decodeGsR1, decodeGsR1Status]) {
          const r = decode(n);
          if (!r.ok) expect(r.error.code).toBe('device.badFrame');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('any three bytes decode to a status or a badFrame, never a throw (2000 runs)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 0, maxLength: 5 }), (bytes) => {
        const r = decodeDleEotAnswers(bytes);
        if (r.ok) expect(['ready', 'paperNearEnd', 'paperOut', 'coverOpen', 'offline', 'error']).toContain(r.value.state);
        else expect(r.error.code).toBe('device.badFrame');
      }),
      { numRuns: 2000 },
    );
  });

  it('what the simulator encodes, the driver decodes (every combination)', () => {
    const papers: PaperState[] = ['ok', 'nearEnd', 'out'];
    for (const paper of papers) {
      for (const coverOpen of [false, true]) {
        for (const error of [false, true]) {
          for (const offline of [false, true]) {
            const flags: StatusFlags = { paper, coverOpen, error, offline };
            const answers = ([1, 2, 4] as const).map((n) => encodeDleEotAnswer(n, flags));
            const r = decodeDleEotAnswers(answers);
            const stopped = offline || coverOpen || error || paper === 'out';
            expect(r).toEqual({ ok: true, value: summarize({ ...flags, offline: stopped }) });
            expect(decodeGsR1(encodeGsR1Answer(paper))).toEqual({ ok: true, value: { paper } });
          }
        }
      }
    }
  });

  it('the simulator gives DOMAIN.md bytes when out of paper', () => {
    const flags: StatusFlags = { paper: 'out', coverOpen: false, error: false, offline: false };
    expect(([1, 2, 4] as const).map((n) => encodeDleEotAnswer(n, flags))).toEqual([0x1a, 0x32, 0x7e]);
  });
});
