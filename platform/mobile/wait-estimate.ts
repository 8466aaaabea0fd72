// The estimated wait on the phone page, and how it was reached (the page says which): the people
// ahead times the average service time, shared among the category's windows with staff on duty.
// The average is today's: the last few tickets of the category served (call to finish); before the
// first one today, the category's configured average. With no window on duty there is no estimate.

/** How many of today's most recent services make the average. */
export const RECENT_SERVICES = 10;

export type WaitEstimate =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'recent' | 'configured';
      readonly minutes: number;
      /** Minutes per person, rounded to one decimal for display. */
      readonly perPersonMinutes: number;
      readonly samples: number;
      readonly windows: number;
    };

export interface WaitInput {
  readonly ahead: number;
  /** Today's most recent service durations of the category, in minutes. */
  readonly recentMinutes: readonly number[];
  readonly configuredMinutes: number;
  readonly windowsOnDuty: number;
}

export function estimateWait(input: WaitInput): WaitEstimate {
  if (input.windowsOnDuty <= 0) return { kind: 'none' };
  const recent = input.recentMinutes.filter((m) => Number.isFinite(m) && m >= 0).slice(0, RECENT_SERVICES);
  const perPerson = recent.length > 0 ? recent.reduce((a, b) => a + b, 0) / recent.length : input.configuredMinutes;
  return {
    kind: recent.length > 0 ? 'recent' : 'configured',
    minutes: Math.ceil((input.ahead * perPerson) / input.windowsOnDuty),
    perPersonMinutes: Math.round(perPerson * 10) / 10,
    samples: recent.length,
    windows: input.windowsOnDuty,
  };
}
