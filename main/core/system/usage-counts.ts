// Daily usage counts per flow for the hall's supervision (how many tickets, check-ins, guides ...):
// counted in memory for the current business day (the hall's time zone) and sent with the heartbeat.
// Counts only, never who: nothing here can carry personal data. A new business day starts from zero.
import type { Clock } from '../../../domain/clock.ts';
import { businessDateOf } from '../../../domain/hall-time.ts';
import { usageFlows, type UsageCounts, type UsageFlow } from '../../../domain/health.ts';

const zero = (): Record<UsageFlow, number> => Object.fromEntries(usageFlows.map((f) => [f, 0])) as Record<UsageFlow, number>;

export class UsageCounter {
  readonly #clock: Clock;
  readonly #timeZone: string;
  #date: string;
  #counts = zero();

  constructor(clock: Clock, timeZone: string) {
    this.#clock = clock;
    this.#timeZone = timeZone;
    this.#date = businessDateOf(clock.now(), timeZone);
  }

  count(flow: UsageFlow): void {
    this.#roll();
    this.#counts[flow] += 1;
  }

  /** Today's counts (a copy). */
  today(): UsageCounts {
    this.#roll();
    return { date: this.#date, counts: { ...this.#counts } };
  }

  #roll(): void {
    const date = businessDateOf(this.#clock.now(), this.#timeZone);
    if (date === this.#date) return;
    this.#date = date;
    this.#counts = zero();
  }
}

/**
 * The screen's methods that are one use of a flow, counted when they succeed. A ticket's slip is
 * counted as a ticket, not a print; `prints` are the documents asked for on their own.
 */
export const USAGE_OF_METHOD: Readonly<Record<string, UsageFlow>> = {
  'queue.issueTicket': 'tickets',
  'queue.checkIn': 'checkIns',
  'queue.checkInByCard': 'checkIns',
  'catalogue.getItem': 'guidesOpened',
  'cases.query': 'casesLookedUp',
  'cases.lookup': 'casesLookedUp',
  'rating.submit': 'ratings',
  'evaluation.submit': 'ratings',
  'complaints.submit': 'complaints',
  'forms.submit': 'formsHandedIn',
  'catalogue.printGuide': 'prints',
  'cases.print': 'prints',
  'forms.print': 'prints',
  'forms.printBlank': 'prints',
  'appointments.printSlip': 'prints',
  'queue.reprint': 'prints',
  'intake.print': 'prints',
  'payments.printReceipt': 'prints',
};

type Handler = (input: never, ctx: never) => unknown;

/** The same handlers, each counted in `usage` when its answer is a success (a Result with ok). */
export function countingUsage<H extends Record<string, Handler>>(handlers: H, usage: UsageCounter, flows = USAGE_OF_METHOD): H {
  const out: Record<string, Handler> = { ...handlers };
  for (const [method, flow] of Object.entries(flows)) {
    const handler = handlers[method];
    if (!handler) continue;
    const seen = (r: unknown) => {
      if ((r as { ok?: unknown } | null)?.ok === true) usage.count(flow);
      return r;
    };
    out[method] = (input: never, ctx: never) => {
      const r = handler(input, ctx);
      return r instanceof Promise ? r.then(seen) : seen(r);
    };
  }
  return out as H;
}
