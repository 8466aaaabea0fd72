import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeResponseFrame, encodeResponse, toHex } from '../../../devices/idcard/frame.codec.ts';
import { encodeIdentityText } from '../../../devices/idcard/identity-text.codec.ts';
import {
  decodeReadData,
  decodeReadResponse,
  encodeReadData,
  encodeReadResponse,
  READ_FINGERPRINT_RESPONSE_LENGTH,
  READ_RESPONSE_LENGTH,
} from '../../../devices/idcard/read-response.codec.ts';
import { FAKE_FINGERPRINT, fakeWlt, johnSmith, zhangWei } from '../../../devices/idcard/test-identities.ts';
import type { Identity } from '../../../devices/idcard/types.ts';
import { identityText } from './arbitraries.ts';

function bytesOf(r: { ok: true; value: Uint8Array } | { ok: false; error: { message: string } }): Uint8Array {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('read response (30 01)', () => {
  const frame = bytesOf(encodeReadResponse(johnSmith, false));

  it('is 1295 bytes: header, lengths 0x0100 and 0x0400, text from byte 14, photo, CHK', () => {
    expect(frame.length).toBe(READ_RESPONSE_LENGTH);
    expect(toHex(frame.subarray(0, 14))).toBe('AA AA AA 96 69 05 08 00 00 90 01 00 04 00');
    expect(frame.subarray(14, 270)).toEqual(bytesOf(encodeIdentityText(johnSmith)));
    expect(frame.subarray(270, 1294)).toEqual(johnSmith.photo);
  });

  it('decodes to the identity with the raw photo bytes', () => {
    const decoded = decodeResponseFrame(frame);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decodeReadResponse(decoded.value, false)).toEqual({ ok: true, value: johnSmith });
  });

  it('turns a failure status into its error', () => {
    const r = decodeReadResponse({ sw1: 0, sw2: 0, sw3: 0x41, data: new Uint8Array(0) }, false);
    expect(r.ok ? null : r.error.code).toBe('idcard.readFailed');
  });
});

describe('read response with fingerprint (30 10)', () => {
  it('is 2321 bytes with 1024 bytes of fingerprint', () => {
    const frame = bytesOf(encodeReadResponse(zhangWei, true));
    expect(frame.length).toBe(READ_FINGERPRINT_RESPONSE_LENGTH);
    expect(toHex(frame.subarray(0, 16))).toBe('AA AA AA 96 69 09 0A 00 00 90 01 00 04 00 04 00');
    const decoded = decodeResponseFrame(frame);
    expect(decoded.ok && decodeReadResponse(decoded.value, true)).toEqual({ ok: true, value: zhangWei });
  });

  it('is 1297 bytes with a zero fingerprint length when the card has none', () => {
    const frame = bytesOf(encodeReadResponse(johnSmith, true));
    expect(frame.length).toBe(1297);
    const decoded = decodeResponseFrame(frame);
    const identity = decoded.ok ? decodeReadResponse(decoded.value, true) : decoded;
    expect(identity.ok && identity.value.fingerprint).toBeUndefined();
  });

  it('accepts a 512-byte fingerprint (1809-byte answer)', () => {
    const half: Identity = { ...zhangWei, fingerprint: FAKE_FINGERPRINT.subarray(0, 512) };
    expect(bytesOf(encodeReadResponse(half, true)).length).toBe(1809);
    expect(decodeReadData(bytesOf(encodeReadData(half, true)), true)).toEqual({ ok: true, value: half });
  });
});

describe('read data errors', () => {
  const data = bytesOf(encodeReadData(johnSmith, false));
  const codeOf = (d: Uint8Array, fp = false): string | null => {
    const r = decodeReadData(d, fp);
    return r.ok ? null : r.error.code;
  };

  it('refuses data shorter than the length fields', () => {
    expect(codeOf(data.subarray(0, 3))).toBe('idcard.length');
  });

  it('refuses a text length other than 256', () => {
    const bad = data.slice();
    bad[1] = 0x01;
    expect(codeOf(bad)).toBe('idcard.length');
  });

  it('refuses data that disagrees with its length fields', () => {
    expect(codeOf(data.subarray(0, data.length - 1))).toBe('idcard.length');
    expect(codeOf(new Uint8Array([...data, 0]))).toBe('idcard.length');
  });

  it('reads a 30 01 answer as a 30 10 one only if the lengths happen to agree (they do not)', () => {
    expect(codeOf(data, true)).toBe('idcard.length');
  });
});

describe('read data properties', () => {
  const photo = fc.uint8Array({ minLength: 0, maxLength: 1100 });

  it('decode(encode(identity)) is the identity, with and without fingerprint', () => {
    fc.assert(
      fc.property(identityText, photo, fc.option(fc.uint8Array({ minLength: 1, maxLength: 1024 }), { nil: undefined }), (text, p, fp) => {
        const identity: Identity = fp === undefined ? { ...text, photo: p } : { ...text, photo: p, fingerprint: fp };
        expect(decodeReadData(bytesOf(encodeReadData(identity, true)), true)).toEqual({ ok: true, value: identity });
        const { fingerprint: _fp, ...withoutFp } = identity;
        expect(decodeReadData(bytesOf(encodeReadData(identity, false)), false)).toEqual({ ok: true, value: withoutFp });
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random data; failures are typed', () => {
    const codes = ['idcard.length', 'idcard.unknownCardType', 'idcard.badField', 'idcard.invalidIdNumber'];
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1400 }), fc.boolean(), (d, fp) => {
        const r = decodeReadData(d, fp);
        if (!r.ok) expect(codes).toContain(r.error.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('every status byte decodes to an identity or a typed error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), (sw3) => {
        const frame = decodeResponseFrame(bytesOf(encodeResponse(sw3, bytesOf(encodeReadData(johnSmith, false)))));
        if (!frame.ok) throw new Error('frame');
        const r = decodeReadResponse(frame.value, false);
        expect(r.ok).toBe(sw3 === 0x90);
      }),
      { numRuns: 256 },
    );
  });

  it('a fake WLT blob is 1024 bytes and differs by seed', () => {
    expect(fakeWlt(1).length).toBe(1024);
    expect(fakeWlt(1)).not.toEqual(fakeWlt(2));
  });
});
