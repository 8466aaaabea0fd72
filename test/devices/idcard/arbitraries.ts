// fast-check arbitraries for valid card contents (shared by the codec tests).
import fc from 'fast-check';
import { nationTable } from '../../../devices/idcard/code-tables.ts';
import { checkDigit, permitRegions, provinceCodes } from '../../../domain/id-number.ts';
import type { ForeignCardText, IdentityText, PermitCardText, ResidentCardText, SexCode } from '../../../devices/idcard/types.ts';

const isSurrogate = (u: number): boolean => u >= 0xd800 && u <= 0xdfff;
const endsInPadding = (s: string): boolean => s.endsWith(' ') || s.endsWith('\u0000');

/** Any BMP character but surrogates (UCS-2 has none). */
export const bmpChar = fc.integer({ min: 1, max: 0xffff }).filter((u) => !isSurrogate(u)).map((u) => String.fromCharCode(u));
const cjkChar = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((u) => String.fromCharCode(u));
const anyChar = fc.oneof(cjkChar, bmpChar);

/** A field value of up to `max` characters that survives padding removal. */
export const fieldText = (min: number, max: number): fc.Arbitrary<string> =>
  fc
    .array(anyChar, { minLength: min, maxLength: max })
    .map((a) => a.join(''))
    .filter((s) => !endsInPadding(s));

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

export const isoDate = fc
  .record({ y: fc.integer({ min: 1880, max: 2099 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

const validTo = fc.oneof(isoDate, fc.constant('长期' as const));
const sex = fc.constantFrom<SexCode>('0', '1', '2', '9');
const digits = (n: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
const word = (chars: string[], min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((a) => a.join(''));

const complete = (first17: string): string => first17 + checkDigit(first17);
const compact = (iso: string): string => iso.replaceAll('-', '');

const residentNumber = (birth: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...provinceCodes), digits(4).filter((d) => d !== '0000'), digits(3))
    .map(([p, r, s]) => complete(p + r + compact(birth) + s));

const permitNumber = (birth: string): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...permitRegions), digits(3)).map(([r, s]) => complete(r + compact(birth) + s));

const foreignNumber = (birth: string): fc.Arbitrary<string> =>
  fc
    .tuple(fc.constantFrom(...provinceCodes), digits(3).filter((d) => d !== '000'), digits(3))
    .map(([p, n, s]) => complete(`9${p}${n}${compact(birth)}${s}`));

export const residentText: fc.Arbitrary<ResidentCardText> = isoDate.chain((birthDate) =>
  fc.record({
    cardType: fc.constant('resident' as const),
    name: fieldText(1, 15),
    sex,
    nation: fc.constantFrom(...nationTable.map((n) => n.code)),
    birthDate: fc.constant(birthDate),
    address: fieldText(0, 35),
    idNumber: residentNumber(birthDate),
    issuingAuthority: fieldText(0, 15),
    validFrom: isoDate,
    validTo,
  }),
);

export const permitText: fc.Arbitrary<PermitCardText> = isoDate.chain((birthDate) =>
  fc.record({
    cardType: fc.constant('permit' as const),
    name: fieldText(1, 15),
    sex,
    birthDate: fc.constant(birthDate),
    address: fieldText(0, 35),
    idNumber: permitNumber(birthDate),
    issuingAuthority: fieldText(0, 15),
    validFrom: isoDate,
    validTo,
    passNumber: word([...upper, ...'0123456789'.split('')], 1, 9),
    issueCount: fc.integer({ min: 0, max: 99 }),
  }),
);

const englishName = word([...upper, ' ', ',', '-'], 1, 46).filter((s) => !endsInPadding(s));

export const foreignText: fc.Arbitrary<ForeignCardText> = isoDate.chain((birthDate) =>
  fc.record({
    cardType: fc.constant('foreign' as const),
    name: fieldText(0, 15),
    englishName,
    sex,
    birthDate: fc.constant(birthDate),
    idNumber: foreignNumber(birthDate),
    nationality: word(upper, 3, 3),
    renewals: fc.integer({ min: 0, max: 99 }),
    validFrom: isoDate,
    validTo,
  }),
);

export const identityText: fc.Arbitrary<IdentityText> = fc.oneof(residentText, permitText, foreignText);
