// The 256-byte text block of a card (UCS-2LE, space padded), both ways. Pure; bad input is a value.
// Byte offsets (width):
//   resident / 'J' permit            'Y' foreign permanent resident (2023)
//   0   name (30)                    0   Chinese name (30)
//   30  sex (2)                      30  sex (2)
//   32  nation (4; blank on 'J')     32  renewals (4)
//   36  birth date (16)              36  birth date (16)
//   52  address (70)                 52  English name (70)
//   122 ID number (36)               122 ID number (36)
//   158 issuing authority (30)       158 reserved (30)
//   188 valid from (16)              188 valid from (16)
//   204 valid to (16)                204 valid to (16)
//   220 'J': pass number (18)        220 English name, continued (22)
//   238 'J': issue count (4)         242 nationality (6)
//   248 type flag (2): blank, 'J' or 'Y'; the rest reserved.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import { isNationCode, isSexCode } from './code-tables.ts';
import { compactToIso, isoToCompact } from '../../domain/calendar-date.ts';
import { parseIdNumber, type IdNumberKind } from '../../domain/id-number.ts';
import type { CardType, ForeignCardText, IdentityText, PermitCardText, ResidentCardText, ValidTo } from './types.ts';
import { endsInPadding, readField, readRaw, trimPadding, writeField } from './ucs2.ts';

export const TEXT_LENGTH = 256;

export const textLayout = {
  name: [0, 30],
  sex: [30, 2],
  nation: [32, 4],
  renewals: [32, 4],
  birthDate: [36, 16],
  address: [52, 70],
  englishName: [52, 70],
  idNumber: [122, 36],
  issuingAuthority: [158, 30],
  validFrom: [188, 16],
  validTo: [204, 16],
  passNumber: [220, 18],
  issueCount: [238, 4],
  englishNameContinued: [220, 22],
  nationality: [242, 6],
  typeFlag: [248, 2],
} as const satisfies Record<string, readonly [number, number]>;

type FieldName = keyof typeof textLayout;

const LONG_TERM = '长期';
const kindOfCard: Record<CardType, IdNumberKind> = { resident: 'resident', permit: 'permit', foreign: 'foreign' };
const flagOfCard: Record<CardType, string> = { resident: '', permit: 'J', foreign: 'Y' };

function bad(field: string, why: string): Result<never> {
  return err(kioskError('idcard.badField', `text block field ${field}: ${why}`, { field }));
}

const get = (block: Uint8Array, f: FieldName): string => readField(block, textLayout[f][0], textLayout[f][1]);

function date(block: Uint8Array, f: FieldName): Result<string> {
  const iso = compactToIso(get(block, f));
  return iso === null ? bad(f, 'not a YYYYMMDD calendar date') : ok(iso);
}

function count(block: Uint8Array, f: FieldName): Result<number> {
  const s = get(block, f);
  return /^\d{1,2}$/.test(s) ? ok(Number(s)) : bad(f, 'expected one or two digits');
}

interface Common {
  idNumber: string;
  sex: ResidentCardText['sex'];
  birthDate: string;
  validFrom: string;
  validTo: ValidTo;
}

function decodeCommon(block: Uint8Array, cardType: CardType): Result<Common> {
  const sex = get(block, 'sex');
  if (!isSexCode(sex)) return bad('sex', 'not a GB/T 2261.1 code');
  const birthDate = date(block, 'birthDate');
  if (!birthDate.ok) return birthDate;
  const number = parseIdNumber(get(block, 'idNumber'));
  if (!number.ok) return number;
  if (number.value.kind !== kindOfCard[cardType]) {
    return bad('idNumber', `a ${number.value.kind} number on a ${cardType} card`);
  }
  if (number.value.birthDate !== birthDate.value) return bad('birthDate', 'disagrees with the ID number');
  const validFrom = date(block, 'validFrom');
  if (!validFrom.ok) return validFrom;
  let validTo: ValidTo;
  if (get(block, 'validTo') === LONG_TERM) validTo = LONG_TERM;
  else {
    const d = date(block, 'validTo');
    if (!d.ok) return d;
    validTo = d.value;
  }
  return ok({ idNumber: number.value.idNumber, sex, birthDate: birthDate.value, validFrom: validFrom.value, validTo });
}

/** Decodes the 256-byte text block: the type flag picks the layout. */
export function decodeIdentityText(block: Uint8Array): Result<IdentityText> {
  if (block.length !== TEXT_LENGTH) {
    return err(kioskError('idcard.length', `text block of ${block.length} bytes, expected ${TEXT_LENGTH}`));
  }
  const flag = get(block, 'typeFlag');
  const cardType: CardType | undefined = flag === '' ? 'resident' : flag === 'J' ? 'permit' : flag === 'Y' ? 'foreign' : undefined;
  if (cardType === undefined) {
    const codes = Array.from(flag, (c) => c.charCodeAt(0));
    return err(kioskError('idcard.unknownCardType', `card type flag ${JSON.stringify(flag)} is not blank, J or Y`, { codes }));
  }
  const common = decodeCommon(block, cardType);
  if (!common.ok) return common;
  const c = common.value;

  if (cardType === 'foreign') {
    const englishName = trimPadding(readRaw(block, 52, 70) + readRaw(block, 220, 22));
    if (englishName === '') return bad('englishName', 'empty');
    const nationality = get(block, 'nationality');
    if (!/^[A-Z]{3}$/.test(nationality)) return bad('nationality', 'expected an ISO 3166-1 alpha-3 code');
    const renewals = count(block, 'renewals');
    if (!renewals.ok) return renewals;
    const card: ForeignCardText = {
      cardType,
      name: get(block, 'name'),
      englishName,
      nationality,
      renewals: renewals.value,
      ...c,
    };
    return ok(card);
  }

  const name = get(block, 'name');
  if (name === '') return bad('name', 'empty');
  const address = get(block, 'address');
  const issuingAuthority = get(block, 'issuingAuthority');
  if (cardType === 'permit') {
    const passNumber = get(block, 'passNumber');
    if (!/^[0-9A-Z]{1,9}$/.test(passNumber)) return bad('passNumber', 'expected up to 9 letters and digits');
    const issueCount = count(block, 'issueCount');
    if (!issueCount.ok) return issueCount;
    const card: PermitCardText = { cardType, name, address, issuingAuthority, passNumber, issueCount: issueCount.value, ...c };
    return ok(card);
  }
  const nation = get(block, 'nation');
  if (!isNationCode(nation)) return bad('nation', 'not a GB 3304 code');
  const card: ResidentCardText = { cardType, name, nation, address, issuingAuthority, ...c };
  return ok(card);
}

class Writer {
  readonly block = new Uint8Array(TEXT_LENGTH);
  failure: Result<never> | null = null;

  constructor() {
    writeField(this.block, 0, TEXT_LENGTH, '');
  }

  put(field: FieldName, value: string): void {
    if (this.failure) return;
    if (endsInPadding(value)) {
      this.failure = bad(field, 'ends in padding (space or NUL): it would not survive a read');
      return;
    }
    const [at, width] = textLayout[field];
    if (!writeField(this.block, at, width, value)) this.failure = bad(field, `longer than ${width / 2} characters`);
  }

  date(field: FieldName, iso: string): void {
    const compact = isoToCompact(iso);
    if (compact === null) this.failure ??= bad(field, 'not a YYYY-MM-DD calendar date');
    else this.put(field, compact);
  }

  count(field: FieldName, n: number): void {
    if (!Number.isInteger(n) || n < 0 || n > 99) this.failure ??= bad(field, 'expected 0..99');
    else this.put(field, String(n).padStart(2, '0'));
  }
}

/**
 * Encodes a text block as a card holds it (for the simulator and tests). Fails with
 * `idcard.badField` when a value does not fit its field or could not be read back as given.
 */
export function encodeIdentityText(text: IdentityText): Result<Uint8Array> {
  const w = new Writer();
  w.put('sex', text.sex);
  w.date('birthDate', text.birthDate);
  w.put('idNumber', text.idNumber);
  w.date('validFrom', text.validFrom);
  if (text.validTo === LONG_TERM) w.put('validTo', LONG_TERM);
  else w.date('validTo', text.validTo);
  w.put('typeFlag', flagOfCard[text.cardType]);
  w.put('name', text.name);
  switch (text.cardType) {
    case 'resident':
      w.put('nation', text.nation);
      w.put('address', text.address);
      w.put('issuingAuthority', text.issuingAuthority);
      break;
    case 'permit':
      w.put('address', text.address);
      w.put('issuingAuthority', text.issuingAuthority);
      w.put('passNumber', text.passNumber);
      w.count('issueCount', text.issueCount);
      break;
    case 'foreign': {
      // 35 characters in the first field, up to 11 more in the second; an inner space at the split
      // is written as is (only the end of the whole name may not be padding).
      if (text.englishName.length > 46) w.failure ??= bad('englishName', 'longer than 46 characters');
      else if (endsInPadding(text.englishName)) w.failure ??= bad('englishName', 'ends in padding');
      else {
        writeField(w.block, 52, 70, text.englishName.slice(0, 35));
        writeField(w.block, 220, 22, text.englishName.slice(35));
      }
      w.put('nationality', text.nationality);
      w.count('renewals', text.renewals);
      break;
    }
  }
  return w.failure ?? ok(w.block);
}
