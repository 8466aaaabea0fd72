// The DATA of a successful read (30 01, or 30 10 with fingerprint), both ways. Pure.
//   30 01: text length (2, BE, 0x0100) | photo length (2, BE, 0x0400) | text | photo
//   30 10: text length | photo length | fingerprint length (2, BE: 0, 512 or 1024) | text | photo | fp
// With the frame around it a 30 01 answer is 1295 bytes: the text starts at byte 14 of the frame.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { encodeResponse, type ResponseFrame } from './frame.codec.ts';
import { decodeIdentityText, encodeIdentityText, TEXT_LENGTH } from './identity-text.codec.ts';
import { SW3_OK, sw3Error } from './status-codes.ts';
import type { Identity } from './types.ts';

export const PHOTO_LENGTH = 1024;
export const FINGERPRINT_LENGTH = 1024;
/** Bytes of a whole 30 01 response frame with a 1024-byte photo. */
export const READ_RESPONSE_LENGTH = 1295;
/** Bytes of a whole 30 10 response frame with photo and 1024 bytes of fingerprint. */
export const READ_FINGERPRINT_RESPONSE_LENGTH = 2321;

const u16 = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);

function lengthError(message: string, details: Record<string, number>): Result<never> {
  return err(kioskError('idcard.length', message, details));
}

/** Decodes the DATA of a read response (after SW1 SW2 SW3). */
export function decodeReadData(data: Uint8Array, withFingerprint: boolean): Result<Identity> {
  const header = withFingerprint ? 6 : 4;
  if (data.length < header) return lengthError(`read data of ${data.length} bytes has no length fields`, { length: data.length });
  const textLength = u16(data, 0);
  const photoLength = u16(data, 2);
  const fpLength = withFingerprint ? u16(data, 4) : 0;
  if (textLength !== TEXT_LENGTH) {
    return lengthError(`text length ${textLength}, expected ${TEXT_LENGTH}`, { textLength });
  }
  const expected = header + textLength + photoLength + fpLength;
  if (data.length !== expected) {
    return lengthError(`read data of ${data.length} bytes, the length fields say ${expected}`, {
      length: data.length,
      textLength,
      photoLength,
      fpLength,
    });
  }
  const text = decodeIdentityText(data.subarray(header, header + textLength));
  if (!text.ok) return text;
  const photoAt = header + textLength;
  const photo = data.slice(photoAt, photoAt + photoLength);
  if (fpLength === 0) return ok({ ...text.value, photo });
  const fingerprint = data.slice(photoAt + photoLength, expected);
  return ok({ ...text.value, photo, fingerprint });
}

/** Decodes a whole read response: a non-success SW3 becomes its error. */
export function decodeReadResponse(frame: ResponseFrame, withFingerprint: boolean): Result<Identity> {
  if (frame.sw3 !== SW3_OK) return err(sw3Error(frame.sw3, frame.sw1, frame.sw2));
  return decodeReadData(frame.data, withFingerprint);
}

/** Encodes the DATA of a read response; a fingerprint is sent only `withFingerprint`. */
export function encodeReadData(identity: Identity, withFingerprint: boolean): Result<Uint8Array> {
  const text = encodeIdentityText(identity);
  if (!text.ok) return text;
  const fp = withFingerprint ? (identity.fingerprint ?? new Uint8Array(0)) : new Uint8Array(0);
  if (identity.photo.length > 0xffff || fp.length > 0xffff) {
    return lengthError('photo or fingerprint longer than a length field can say', { photo: identity.photo.length });
  }
  const header = withFingerprint ? 6 : 4;
  const out = new Uint8Array(header + TEXT_LENGTH + identity.photo.length + fp.length);
  out[0] = TEXT_LENGTH >> 8;
  out[1] = TEXT_LENGTH & 0xff;
  out[2] = identity.photo.length >> 8;
  out[3] = identity.photo.length & 0xff;
  if (withFingerprint) {
    out[4] = fp.length >> 8;
    out[5] = fp.length & 0xff;
  }
  out.set(text.value, header);
  out.set(identity.photo, header + TEXT_LENGTH);
  out.set(fp, header + TEXT_LENGTH + identity.photo.length);
  return ok(out);
}

/** The whole response frame a reader sends for a successful read. */
export function encodeReadResponse(identity: Identity, withFingerprint: boolean): Result<Uint8Array> {
  const data = encodeReadData(identity, withFingerprint);
  if (!data.ok) return data;
  return encodeResponse(SW3_OK, data.value);
}
