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
