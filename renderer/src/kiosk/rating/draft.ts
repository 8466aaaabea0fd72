// A rating being given, as it travels from screen to screen: the case, how it was found (by the card:
// its screens go when the card is lifted), and what the citizen has chosen so far. It lives in the
// visit's screen stack only, so the end of the visit (finish, idle timeout) takes it away.
import type { RateableCase } from '../../../../main/contract/index.ts';
import type { RatingLevel, RatingReason } from '../../../../domain/rating.ts';

export interface RatingDraft {
  readonly case: RateableCase;
  readonly byCard: boolean;
  /** Working days within which the hall follows a bad rating up (the platform's rule). */
  readonly followUpWorkingDays: number;
  readonly level?: RatingLevel;
  readonly reasons?: readonly RatingReason[];
  readonly comment?: string;
  readonly followUpPhone?: string;
}

/** A mobile number the hall can call: 11 digits, 13x-19x (as the contract checks it). */
export function isMobile(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone);
}
