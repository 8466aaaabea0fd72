// What the citizen has said so far in the complaints flow (咨询投诉建议), carried from screen to screen
// in the route's parameters: it lives on the visit's stack and goes with it (home, finish, idle).
// The checks each screen makes before "next" are here, the same ones the contract makes.
import { COMPLAINT_TEXT_MAX, COMPLAINT_TEXT_MIN, MOBILE_PATTERN, textLength, type ComplaintKind } from '../../../../domain/complaints.ts';
import { isPersonName } from '../../../../domain/person-name.ts';

export interface ComplaintDraft {
  readonly kind: ComplaintKind;
  readonly text: string;
  readonly name: string;
  readonly phone: string;
  readonly caseNumber: string;
}

export const emptyDraft = (kind: ComplaintKind): ComplaintDraft => ({ kind, text: '', name: '', phone: '', caseNumber: '' });

export type TextCheck = { readonly ok: true } | { readonly ok: false; readonly missing: number };

/** Enough written? (characters, not UTF-16 units; spaces around do not count.) */
export function checkText(text: string): TextCheck {
  const n = textLength(text);
  return n >= COMPLAINT_TEXT_MIN ? { ok: true } : { ok: false, missing: COMPLAINT_TEXT_MIN - n };
}

export const TEXT_MAX = COMPLAINT_TEXT_MAX;
export const TEXT_MIN = COMPLAINT_TEXT_MIN;
export const PHONE_LENGTH = 11;
export const CASE_NUMBER_MAX = 50;
export const NAME_MAX = 30;

/** An optional phone: empty, or an 11-digit mobile number. */
export const phoneProblem = (phone: string): boolean => phone !== '' && !MOBILE_PATTERN.test(phone);
/** An optional name: empty, or letters only. */
export const nameProblem = (name: string): boolean => name.trim() !== '' && !isPersonName(name);
/** An optional case number: empty, or letters, digits and dashes. */
export const caseNumberProblem = (caseNumber: string): boolean => caseNumber.trim() !== '' && !/^[A-Za-z0-9-]+$/.test(caseNumber.trim());

/** The draft as complaints.submit takes it: optional parts left out when empty. */
export function submission(d: ComplaintDraft) {
  return {
    kind: d.kind,
    text: d.text.trim(),
    ...(d.name.trim() ? { name: d.name.trim() } : {}),
    ...(d.phone ? { phone: d.phone } : {}),
    ...(d.caseNumber.trim() ? { caseNumber: d.caseNumber.trim().toUpperCase() } : {}),
  };
}
