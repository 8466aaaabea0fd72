// 咨询投诉建议: what a citizen hands in at the kiosk, and the reference number they can quote for it.
// Zod-free (the screens import it). The reference is made on the terminal, without asking the platform,
// so a slip can be printed with the network down: the terminal's code, the hall's business date and a
// daily sequence kept in the terminal's store, e.g. `KIOSK01-20250314-007`. It travels with the item;
// the platform keeps it and finds the item by it.

/** 咨询 a question, 投诉 a complaint, 建议 a suggestion, 表扬 praise. */
export const complaintKinds = ['consultation', 'complaint', 'suggestion', 'praise'] as const;
export type ComplaintKind = (typeof complaintKinds)[number];

/** As printed on the slip. */
export const complaintKindLabels: Readonly<Record<ComplaintKind, string>> = {
  consultation: '咨询',
  complaint: '投诉',
  suggestion: '建议',
  praise: '表扬',
};

/** Characters (not UTF-16 units) the text must have: fewer cannot say what happened. */
export const COMPLAINT_TEXT_MIN = 5;
/** Characters the text may have: a kiosk keyboard is no place for more. */
export const COMPLAINT_TEXT_MAX = 500;

export const textLength = (text: string): number => [...text.trim()].length;

/** 11-digit mainland mobile number (1 then 10 digits). */
export const MOBILE_PATTERN = /^1\d{10}$/;

/** `13812345678` -> `138****5678`: what a slip and a screen show of a phone number. */
export function maskPhone(phone: string): string {
  const d = phone.trim();
  if (d.length < 7) return '*'.repeat(d.length);
  return `${d.slice(0, 3)}${'*'.repeat(d.length - 7)}${d.slice(-4)}`;
}

/** The terminal's part of a reference: its id's letters and digits, upper-case (`dev-kiosk-01` -> `DEVKIOSK01`). */
export function terminalCode(terminalId: string): string {
  const code = terminalId.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
  return code === '' ? 'T' : code;
}

/** `DEVKIOSK01-20250314-007`: unique per terminal and business date while the sequence is. */
export function complaintReference(terminalId: string, businessDate: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`a reference sequence starts at 1, got ${sequence}`);
  return `${terminalCode(terminalId)}-${businessDate.replaceAll('-', '')}-${String(sequence).padStart(3, '0')}`;
}

/** The shape of a reference: terminal code, yyyyMMdd, sequence of 3 or more digits. */
export const COMPLAINT_REFERENCE_PATTERN = /^[A-Z0-9]{1,64}-\d{8}-\d{3,}$/;

/**
 * What the platform says happens next, as the hall's rules set it: a reply within so many working
 * days (by phone, so only when a phone number was left), or none (praise; no phone left).
 */
export interface ComplaintFollowUp {
  /** Working days within which the hall replies; null: no reply is made. */
  readonly replyWithinWorkingDays: number | null;
}
