// What a scanned code probably is, by pattern: pure, with the patterns as data (a hall can pass its
// own table, e.g. its appointment system's code format). The first rule that matches wins.
// An ID-number-like code is reported masked; the full number stays in the scanned text only.

export type CodeKind = 'url' | 'caseNumber' | 'idNumber' | 'appointment' | 'other';

export type Classification =
  | { readonly kind: 'url'; readonly host: string }
  /** 办件编号 = 实施编码 (31) + yyyyMMdd + sequence (DOMAIN.md §2). */
  | { readonly kind: 'caseNumber'; readonly taskCode: string; readonly date: string; readonly sequence: string }
  /** Looks like a GB 11643 citizen ID number; `masked` is safe to log, e.g. 110105********1234. */
  | { readonly kind: 'idNumber'; readonly masked: string; readonly checksumValid: boolean }
  | { readonly kind: 'appointment'; readonly code: string }
  | { readonly kind: 'other' };

/** Named checks a rule may add on top of its pattern (data refers to them by name). */
export type RuleCheck = 'url' | 'caseNumberDate' | 'birthDate';

export interface ClassifierRule {
  readonly kind: CodeKind;
  readonly pattern: RegExp;
  readonly check?: RuleCheck;
}

/** Characters of a 统一社会信用代码 (GB 32100: digits and capitals without I O S V Z). */
const uscc = '[0-9A-HJ-NPQRTUWXY]';

export const defaultClassifierRules: readonly ClassifierRule[] = [
  { kind: 'url', pattern: /^https?:\/\/\S+$/i, check: 'url' },
  // 实施编码 = USCC (18) + level digit + 基本编码 (12); then yyyyMMdd; then a sequence of 4 or more
  // digits, the whole at most 50 characters.
  { kind: 'caseNumber', pattern: new RegExp(`^(${uscc}{18}[0-9][0-9A-Z]{12})([0-9]{8})([0-9]{4,11})$`), check: 'caseNumberDate' },
  { kind: 'idNumber', pattern: /^[1-9][0-9]{5}([0-9]{8})[0-9]{3}[0-9Xx]$/, check: 'birthDate' },
  // Placeholder: appointment codes are defined by each appointment system. This default accepts
  // "YY" (预约) followed by 6..30 digits or capitals; set the hall's own pattern in the rule table.
  { kind: 'appointment', pattern: /^YY[0-9A-Z]{6,30}$/ },
];

/** yyyyMMdd, a real calendar date between 1900 and 2099. */
export function isCompactDate(text: string): boolean {
  const m = /^(19|20)(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return false;
  const year = Number(`${m[1]}${m[2]}`);
  const month = Number(m[3]);
  const day = Number(m[4]);
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const idCheckChars = '10X98765432';

/** GB 11643 check digit (ISO 7064 MOD 11-2) of an 18-character ID number. */
export function idNumberChecksumValid(id: string): boolean {
  if (!/^[0-9]{17}[0-9Xx]$/.test(id)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (idWeights[i] ?? 0);
  return idCheckChars[sum % 11] === id[17]?.toUpperCase();
}

/** 110105********1234: the first 6 and last 4 characters. */
export function maskIdNumber(id: string): string {
  return id.length <= 10 ? '*'.repeat(id.length) : `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}

function passes(check: RuleCheck | undefined, text: string, m: RegExpExecArray): boolean {
  switch (check) {
    case undefined:
      return true;
    case 'url':
      return URL.canParse(text);
    case 'caseNumberDate':
      return isCompactDate(m[2] ?? '');
    case 'birthDate':
      return isCompactDate(m[1] ?? '');
  }
}

function describe(kind: CodeKind, text: string, m: RegExpExecArray): Classification {
  switch (kind) {
    case 'url':
      return { kind, host: URL.parse(text)?.host ?? '' };
    case 'caseNumber': {
      const date = m[2] ?? '';
      return { kind, taskCode: m[1] ?? '', date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`, sequence: m[3] ?? '' };
    }
    case 'idNumber':
      return { kind, masked: maskIdNumber(text), checksumValid: idNumberChecksumValid(text) };
    case 'appointment':
      return { kind, code: text };
    case 'other':
      return { kind };
  }
}

/** Classifies a scanned code (surrounding whitespace ignored). Never throws. */
export function classifyCode(code: string, rules: readonly ClassifierRule[] = defaultClassifierRules): Classification {
  const text = code.trim();
  for (const rule of rules) {
    // A g or y flag would make exec stateful; a rule is matched against the whole text anyway.
    const pattern = /[gy]/.test(rule.pattern.flags) ? new RegExp(rule.pattern.source, rule.pattern.flags.replace(/[gy]/g, '')) : rule.pattern;
    const m = pattern.exec(text);
    if (m && passes(rule.check, text, m)) return describe(rule.kind, text, m);
  }
  return { kind: 'other' };
}
