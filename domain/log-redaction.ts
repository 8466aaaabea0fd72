// What a log line may keep of personal data: nothing in clear. One pure function for every logger of
// the terminal and the reference platform (their pino hooks call it on each line), so that a caller
// who forgets to mask does not leak: by pattern anywhere in any string (ID numbers, old 15-digit ID
// numbers, mobile numbers, tokens and personal fields in URL query strings), and by key (names are
// masked, the values of personal keys are dropped). Over-masking a long number that is not personal
// (an order number, a timestamp written as a digit string) is the accepted price.
import { maskPersonName } from './person-name.ts';

/** Keys whose string value is a person's name: kept masked (张*丰), as screens show it. */
export const nameKeys: ReadonlySet<string> = new Set(
  ['name', 'fullName', 'personName', 'applicantName', 'applicant', 'holder', 'holderName', 'recipient', 'recipientName', 'contactName', 'contact', 'agentName', 'citizenName', 'ownerName', 'payerName', 'signatory'].map((k) => k.toLowerCase()),
);

/** Keys whose value is dropped whole, whatever its type: the value itself is the personal data. */
export const personalKeys: ReadonlySet<string> = new Set(
  [
    'idNumber', 'idNo', 'idCard', 'certNo', 'certificateNumber', 'phone', 'mobile', 'telephone', 'contactPhone', 'phoneNumber',
    'address', 'homeAddress', 'postalAddress', 'email', 'values', 'formValues', 'fields', 'signature', 'photo', 'portrait',
    'birthDate', 'birthday', 'nation', 'ethnicity', 'text', 'content', 'password', 'pin', 'secret', 'token', 'credential', 'authorization', 'cookie',
  ].map((k) => k.toLowerCase()),
);

/** Query-string parameters whose value goes: tokens (?t=), and the personal fields a URL might carry. */
const QUERY_KEYS = /([?&;](?:t|token|access_token|code|idNumber|idNo|phone|mobile|name|applicantName|address|signature|pin)=)[^&#\s"'<>]*/gi;

/** Digit runs of 11 or more: a mobile number (1[3-9]\d{9}), a 15-digit or an 18-character ID number (the X stays out of the run and is harmless alone). */
const LONG_DIGITS = /\d{11,}/g;

export const REDACTED = '[redacted]';

/** `13905890101` -> `139****0101`; a longer run keeps its first 3 and last 4 digits too: a whole number never shows. */
function maskDigits(run: string): string {
  return `${run.slice(0, 3)}${'*'.repeat(run.length - 7)}${run.slice(-4)}`;
}

/** Every personal number and URL field in a text masked. */
export function redactText(text: string): string {
  return text.replace(QUERY_KEYS, `$1${REDACTED}`).replace(LONG_DIGITS, maskDigits);
}

const MAX_DEPTH = 10;

/**
 * A copy of a value fit for a log: strings pass through redactText, name keys are masked, personal
 * keys dropped, errors become { type, message, stack } (redacted too), cycles and depth are cut.
 * A number that is a whole mobile or ID number (11, 15 or 18 digits) is masked as a string.
 */
export function redact(value: unknown): unknown {
  return walk(value, new WeakSet(), 0);
}

function walk(value: unknown, seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number') return personalNumber(value) ? maskDigits(String(value)) : value;
  if (typeof value === 'bigint') return redactText(String(value));
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[deep]';
  seen.add(value);
  try {
    if (value instanceof Error) {
      return { type: value.name, message: redactText(value.message), ...(value.stack ? { stack: redactText(value.stack) } : {}) };
    }
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    if (Array.isArray(value)) return value.map((v) => walk(v, seen, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[redactText(key)] = field(key, v, seen, depth);
    return out;
  } finally {
    seen.delete(value);
  }
}

function field(key: string, value: unknown, seen: WeakSet<object>, depth: number): unknown {
  const k = key.toLowerCase();
  if (personalKeys.has(k)) return value === null || value === undefined || value === '' ? value : REDACTED;
  if (nameKeys.has(k) && typeof value === 'string') return redactText(maskPersonName(value));
  return walk(value, seen, depth + 1);
}

function personalNumber(n: number): boolean {
  if (!Number.isSafeInteger(n) || n < 0) return false;
  const s = String(n);
  return /^1[3-9]\d{9}$/.test(s) || s.length === 15;
}
