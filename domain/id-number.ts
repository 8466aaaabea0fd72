// GB 11643 citizen identification numbers, written once for every part of the terminal and the
// reference platform (also used, with other leading digits, by residence permits for Hong Kong, Macao
// and Taiwan residents and by the 2023 foreign permanent resident card):
//   resident  RRRRRR YYYYMMDD SSS C   (R region, S sequence: odd male, even female, C check)
//   permit    810000|820000|830000 YYYYMMDD SSS C
//   foreign   9 PP NNN YYYYMMDD SSS C  (P province of issue, N nationality, ISO 3166-1 numeric)
// The check character is ISO 7064 MOD 11-2. A full number is personal data: errors and logs carry
// only the masked form, paper only the masked form or the last six characters.
import { compactToIso, yearsBetween, type IsoDate } from './calendar-date.ts';
import { kioskError } from './errors.ts';
import { err, ok, type Result } from './result.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** First two digits of GB/T 2260 province-level regions (71 Taiwan; 81-83 are permit prefixes). */
export const provinceCodes: readonly string[] = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71',
];

export const permitRegions: readonly string[] = ['810000', '820000', '830000'];

/** Trimmed, with a lower-case x made upper-case: the one form numbers are compared, hashed and stored in. */
export function normaliseIdNumber(id: string): string {
  return id.trim().replaceAll('x', 'X');
}

/** The check character for the first 17 digits; null unless exactly 17 ASCII digits. */
export function checkDigit(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? null;
}

/** The 18-character number for 17 digits (the check character appended). */
export function withCheckDigit(first17: string): Result<string> {
  const c = checkDigit(first17);
  if (c === null) return err(kioskError('idcard.invalidIdNumber', 'expected exactly 17 digits before the check character'));
  return ok(first17 + c);
}

/**
 * 17 digits and the right check character (format only: no date or region checks). A lower-case x is
 * accepted as X, surrounding spaces are not: normalise first where input is typed or scanned.
 */
export function hasValidCheckDigit(id: string): boolean {
  return id.length === 18 && /^\d{17}[\dXx]$/.test(id) && checkDigit(id.slice(0, 17)) === id[17]?.toUpperCase();
}

/**
 * `110105199001011234` -> `110105********1234`: the first 6 and last 4 characters, never more. Input is
 * normalised first; anything of 10 characters or fewer is masked whole, so a short or cut number never
 * shows in clear. Counts characters, not UTF-16 units.
 */
export function maskIdNumber(id: string): string {
  const chars = [...normaliseIdNumber(id)];
  if (chars.length <= 10) return '*'.repeat(chars.length);
  return chars.slice(0, 6).join('') + '*'.repeat(chars.length - 10) + chars.slice(-4).join('');
}

/** The last 6 characters: what a reprinted slip (补打) and the queue keep to tell holders apart. */
export function idTail6(id: string): string {
  return normaliseIdNumber(id).slice(-6);
}

export type IdNumberKind = 'resident' | 'permit' | 'foreign';

export interface IdNumberInfo {
  /** Trimmed, upper-case X. */
  readonly idNumber: string;
  readonly kind: IdNumberKind;
  /** The first six digits. */
  readonly region: string;
  /** Province-level code: digits 1-2, or 2-3 for the foreign card. */
  readonly province: string;
  readonly birthDate: IsoDate;
  /** Digit 17: odd for men, even for women. */
  readonly sexHint: '1' | '2';
}

export interface IdNumberCheckOptions {
  /** Today's date (YYYY-MM-DD): a birth date after it is implausible. Omit to skip that check. */
  readonly today?: IsoDate;
  /** Earliest plausible year of birth; default 1880. */
  readonly earliestYear?: number;
}

function invalid(id: string, why: string): Result<never> {
  return err(kioskError('idcard.invalidIdNumber', `ID number ${maskIdNumber(id)}: ${why}`, { masked: maskIdNumber(id) }));
}

/** Checks format, check character, birth date and region; returns what the number encodes. */
export function parseIdNumber(input: string, options: IdNumberCheckOptions = {}): Result<IdNumberInfo> {
  const id = normaliseIdNumber(input);
  if (!/^\d{17}[\dX]$/.test(id)) return invalid(id, 'expected 17 digits and a check digit or X');
  if (!hasValidCheckDigit(id)) return invalid(id, 'check digit does not match (GB 11643, ISO 7064 MOD 11-2)');

  const region = id.slice(0, 6);
  let kind: IdNumberKind;
  let province: string;
  if (id.startsWith('9')) {
    kind = 'foreign';
    province = id.slice(1, 3);
    if (!provinceCodes.includes(province)) return invalid(id, `no province ${province} for a foreign permanent resident number`);
    if (id.slice(3, 6) === '000') return invalid(id, 'nationality code 000');
  } else if (permitRegions.includes(region)) {
    kind = 'permit';
    province = id.slice(0, 2);
  } else {
    kind = 'resident';
    province = id.slice(0, 2);
    if (!provinceCodes.includes(province)) return invalid(id, `no province-level region ${province}`);
    if (region.slice(2) === '0000') return invalid(id, `region ${region} is a province, not a place of registration`);
  }

  const birthDate = compactToIso(id.slice(6, 14));
  if (birthDate === null) return invalid(id, 'birth date is not a calendar date');
  const year = Number(birthDate.slice(0, 4));
  if (year < (options.earliestYear ?? 1880)) return invalid(id, `birth year ${year} is implausibly early`);
  if (options.today !== undefined && birthDate > options.today) return invalid(id, 'birth date is in the future');

  const sexHint = Number(id[16]) % 2 === 1 ? '1' : '2';
  return ok({ idNumber: id, kind, region, province, birthDate, sexHint });
}

/** Every check of parseIdNumber (format, check character, region, birth date). */
export function isValidIdNumber(id: string, options: IdNumberCheckOptions = {}): boolean {
  return parseIdNumber(id, options).ok;
}

/**
 * Shape, a real birth date and the check character, with no region check: what is masked when found
 * in free text or a scanned code (over-masking a look-alike is the safe side; bank accounts and case
 * numbers do not pass the check character and birth date together).
 */
export function looksLikeIdNumber(text: string): boolean {
  const id = normaliseIdNumber(text);
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const birth = compactToIso(id.slice(6, 14));
  return birth !== null && Number(birth.slice(0, 4)) >= 1880 && hasValidCheckDigit(id);
}

const CANDIDATE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;

/** Masks every ID number found in a text (a number typed into a free-text field, say). */
export function maskIdNumbersIn(text: string): string {
  return text.replace(CANDIDATE, (s) => (looksLikeIdNumber(s) ? maskIdNumber(s) : s));
}

/** Age in full years on a date (YYYY-MM-DD), from the birth date the number encodes; null if it encodes none. */
export function ageOn(id: string, date: IsoDate): number | null {
  const birth = compactToIso(normaliseIdNumber(id).slice(6, 14));
  return birth === null ? null : yearsBetween(birth, date);
}
