// What bench/city.ts checks after its load, from what the terminals were answered and heard and what
// the platform stored: a ticket answered but not stored (lost), one ticket answered to two creates
// (doubled), a stored kiosk ticket no kiosk was answered with (every retry failed), each hall's
// business numbered 1..n with no duplicate and no gap, and each call heard by a display of its own hall
// (latency from callNext sent) and by none of another (a leak). Pure: tested in
// test/bench/city-checks.test.ts.

/** A kiosk ticket as the platform stored it. */
export interface StoredTicket {
  readonly id: string;
  readonly hall_id: string;
  readonly category_id: string;
  readonly number: string;
  readonly terminal_id: string;
}

export interface CityRecord {
  /** Every ticket a kiosk was answered with (one entry per answered create). */
  readonly issued: readonly { readonly id: string }[];
  /** The kiosk tickets the platform stored. */
  readonly stored: readonly StoredTicket[];
  /** Each called ticket: when its callNext was sent, and the caller's hall. */
  readonly calledAt: ReadonlyMap<string, { readonly at: number; readonly hall: string }>;
  /** Each ticketCalled a display heard: when, and the display's hall. */
  readonly arrivals: ReadonlyMap<string, readonly { readonly at: number; readonly hall: string }[]>;
}

export interface CityChecks {
  readonly lost: number;
  readonly doubled: number;
  readonly unanswered: number;
  readonly duplicates: number;
  readonly gaps: number;
  /** Businesses past 999 numbers (numbers wrap there): not checked. */
  readonly wrapped: number;
  /** Call to display, per delivery to a display of the caller's hall (ms). */
  readonly callLatencies: number[];
  readonly callsNotSeen: number;
  readonly leaked: number;
}

export function checkCity({ issued, stored, calledAt, arrivals }: CityRecord): CityChecks {
  const answered = new Set(issued.map((t) => t.id));
  const storedIds = new Set(stored.map((t) => t.id));
  const lost = [...answered].filter((id) => !storedIds.has(id)).length;
  // One ticket answered to two creates (two keys) would be a double; a stored ticket no kiosk was ever
  // answered with is one whose every retry failed (the terminal's outbox would go on retrying it).
  const doubled = issued.length - answered.size;
  const unanswered = stored.filter((t) => !answered.has(t.id)).length;
  let duplicates = 0;
  let gaps = 0;
  let wrapped = 0;
  const byBusiness = new Map<string, number[]>();
  for (const t of stored) {
    const business = `${t.hall_id}/${t.category_id}`;
    const numbers = byBusiness.get(business) ?? [];
    numbers.push(Number(t.number.replace(/^[A-Z]+/, '')));
    byBusiness.set(business, numbers);
  }
  for (const numbers of byBusiness.values()) {
    if (numbers.length > 999) {
      wrapped++;
      continue;
    }
    const unique = new Set(numbers);
    duplicates += numbers.length - unique.size;
    for (let n = 1; n <= unique.size; n++) if (!unique.has(n)) gaps++;
  }
  const callLatencies: number[] = [];
  let callsNotSeen = 0;
  let leaked = 0;
  for (const [ticketId, sent] of calledAt) {
    const heard = arrivals.get(ticketId) ?? [];
    const seen = heard.filter((a) => a.hall === sent.hall);
    leaked += heard.length - seen.length;
    if (!seen.length) callsNotSeen++;
    for (const a of seen) callLatencies.push(a.at - sent.at);
  }
  return { lost, doubled, unanswered, duplicates, gaps, wrapped, callLatencies, callsNotSeen, leaked };
}

/** The q-quantile (0..1) of xs: the element at floor(q * n) of the sorted list; NaN for none. */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
