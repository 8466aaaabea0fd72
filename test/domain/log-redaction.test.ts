// The one redaction every log line goes through: ID numbers (18 and 15 digits), mobile numbers and URL
// tokens anywhere in any string, names masked and personal values dropped by key; a property test
// embeds a number anywhere in any message or nested object and checks it never survives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDigit } from '../../domain/id-number.ts';
import { redact, REDACTED, redactText } from '../../domain/log-redaction.ts';

const id18 = (first17: string) => first17 + checkDigit(first17)!;
const zhangWeiId = id18('11010519900307123');

describe('redactText', () => {
  it('masks an 18-character ID number (also with X), a 15-digit one and a mobile number inside any text', () => {
    expect(redactText(`读卡 ${zhangWeiId} 成功`)).toBe(`读卡 ${zhangWeiId.slice(0, 3)}***********${zhangWeiId.slice(-4)} 成功`);
    expect(redactText('id=11010519900307123X;')).not.toContain('11010519900307123');
    expect(redactText('旧证110105900307123')).toBe('旧证110********7123');
    expect(redactText('电话13905890101请回电')).toBe('电话139****0101请回电');
    expect(redactText('abc13905890101def')).toBe('abc139****0101def');
  });

  it('leaves short numbers, masked values and ordinary words as they are', () => {
    for (const s of ['T0001', 'ticket A012 at window 3', '139****0101', '110105********1234', '2026-11-24T10:00:00.000Z', '张*伟']) {
      expect(redactText(s)).toBe(s);
    }
  });

  it('drops tokens and personal fields from URL query strings, keeping the path and other parameters', () => {
    expect(redactText('GET /m/form/s-1?t=AbC_dEf-123&lang=zh')).toBe(`GET /m/form/s-1?t=${REDACTED}&lang=zh`);
    expect(redactText('/api/v1/x?lang=zh&idNumber=ABC&phone=x&name=%E5%BC%A0')).toBe(`/api/v1/x?lang=zh&idNumber=${REDACTED}&phone=${REDACTED}&name=${REDACTED}`);
    expect(redactText('/api/v1/tickets?limit=5')).toBe('/api/v1/tickets?limit=5');
  });
});

describe('redact', () => {
  it('masks names by key, drops personal keys whole, and walks arrays and nested objects', () => {
    const out = redact({
      ticket: 'A012',
      applicant: { name: '欧阳娜娜', idNumber: 'whatever', phone: 13905890101, address: '某街1号' },
      people: [{ holder: '张伟' }, { contactName: '金美善', note: `回电 13905890115` }],
      values: { anything: 'x' },
      count: 3,
      empty: null,
    });
    expect(out).toEqual({
      ticket: 'A012',
      applicant: { name: '欧**娜', idNumber: REDACTED, phone: REDACTED, address: REDACTED },
      people: [{ holder: '张*' }, { contactName: '金*善', note: '回电 139****0115' }],
      values: REDACTED,
      count: 3,
      empty: null,
    });
  });

  it('masks a number value that is a whole mobile number, and keeps other numbers', () => {
    expect(redact({ n: 13905890101, at: 1764000000000, size: 42 })).toEqual({ n: '139****0101', at: 1764000000000, size: 42 });
  });

  it('turns an error into its type, message and stack, all redacted; cuts cycles', () => {
    const e = new Error(`no case for ${zhangWeiId}`);
    const out = redact({ err: e }) as { err: { type: string; message: string; stack: string } };
    expect(out.err.type).toBe('Error');
    expect(out.err.message).toBe(redactText(e.message));
    expect(out.err.stack).not.toContain(zhangWeiId);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    expect(redact(cyclic)).toEqual({ a: 1, self: '[circular]' });
  });

  it('does not change its input', () => {
    const input = { name: '张伟', phone: '13905890101' };
    redact(input);
    expect(input).toEqual({ name: '张伟', phone: '13905890101' });
  });
});

describe('redact, for any message and any nesting', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
  const idNumber = fc.oneof(
    digits(17).map((d) => id18(d)),
    digits(17).map((d) => `${d}X`),
    digits(15),
  );
  const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([second, rest]) => `1${second}${rest}`);
  const secret = fc.oneof(idNumber, mobile);
  /** Any string with the secret put anywhere in it. */
  const embedded = (s: string) => fc.tuple(fc.string(), fc.string()).map(([a, b]) => `${a}${s}${b}`);
  /** The string placed at the bottom of a random nesting of objects and arrays, under a random key. */
  const nested = (leaf: unknown) =>
    fc.array(fc.tuple(fc.boolean(), fc.string({ maxLength: 8 })), { maxLength: 6 }).map((path) =>
      path.reduce<unknown>((inner, [asArray, key]) => (asArray ? [0, inner] : { other: 1, [key]: inner }), leaf),
    );

  it('an ID number or mobile number put anywhere in a message never survives', () => {
    fc.assert(fc.property(secret.chain((s) => embedded(s).map((text) => ({ s, text }))), ({ s, text }) => !redactText(text).includes(s)));
  });

  it('an ID number or mobile number put anywhere in a nested object never survives, in values or keys', () => {
    fc.assert(
      fc.property(
        secret.chain((s) => embedded(s).chain((text) => fc.tuple(fc.constant(s), nested(text), nested({ [text]: 1 })))),
        ([s, inValue, inKey]) => !JSON.stringify(redact(inValue)).includes(s) && !JSON.stringify(redact(inKey)).includes(s),
      ),
    );
  });
});
