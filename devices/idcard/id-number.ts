// GB 11643 citizen identification numbers (also used, with other leading digits, by residence permits
// for Hong Kong, Macao and Taiwan residents and by the 2023 foreign permanent resident card):
//   resident  RRRRRR YYYYMMDD SSS C   (R region, S sequence: odd male, even female, C check)
//   permit    810000|820000|830000 YYYYMMDD SSS C
//   foreign   9 PP NNN YYYYMMDD SSS C  (P province of issue, N nationality, ISO 3166-1 numeric)
// The check character is ISO 7064 MOD 11-2. A full number is personal data: errors and logs carry
// only the masked form.
import { err, kioskError, ok, type Result } from '../../main/contract/index.ts';
import { compactToIso } from './dates.ts';
import type { IsoDate } from './types.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** First two digits of GB/T 2260 province-level regions (71 Taiwan; 81-83 are permit prefixes). */
export const provinceCodes: readonly string[] = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71',
];

export const permitRegions: readonly string[] = ['810000', '820000', '830000'];

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

/** Whether the 18th character matches the first 17 (format only: no date or region checks). */
export function hasValidCheckDigit(id: string): boolean {
  return id.length === 18 && checkDigit(id.slice(0, 17)) === id[17];
}

/** `110105199001011234` -> `110105********1234`. Anything else keeps at most its first 6 and last 4. */
export function maskIdNumber(id: string): string {
  if (id.length <= 10) return '*'.repeat(id.length);
  return id.slice(0, 6) + '*'.repeat(id.length - 10) + id.slice(-4);
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
  const id = input.trim().toUpperCase();
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

export function isValidIdNumber(id: string, options: IdNumberCheckOptions = {}): boolean {
  return parseIdNumber(id, options).ok;
}
