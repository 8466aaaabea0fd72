// What a scanned code probably is, by pattern: pure, with the patterns as data (a hall can pass its
// own table, e.g. its appointment system's code format). The first rule that matches wins.
// An ID-number-like code is reported masked; the full number stays in the scanned text only.
import { compactToIso } from '../../domain/calendar-date.ts';
import { hasValidCheckDigit, maskIdNumber } from '../../domain/id-number.ts';

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
  const date = compactToIso(text);
  return date !== null && date >= '1900' && date < '2100';
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
      return { kind, masked: maskIdNumber(text), checksumValid: hasValidCheckDigit(text) };
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
