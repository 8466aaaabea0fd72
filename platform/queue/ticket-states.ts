// The ticket state machine, as data. Every counter action names the states it may start from; an
// action on a ticket in any other state is refused with `queue.badState`.
//
//   waiting --call--> called --start--> serving
//   called  --recall--> called                     (announce again)
//   called  --skip--> skipped                      (过号: never called again by callNext)
//   called|serving --hold--> held                  (挂起: the citizen fetches a missing paper)
//   held|skipped --callBack--> called              (回呼: only ever explicit)
//   called|serving|held --transfer--> transferred  (the successor ticket waits in the new category)
//   called|serving --finish--> finished            (办结: may be rated)

export const ticketStates = ['waiting', 'called', 'serving', 'held', 'skipped', 'transferred', 'finished'] as const;
export type TicketState = (typeof ticketStates)[number];

export const transitions = {
  call: { from: ['waiting'], to: 'called' },
  recall: { from: ['called'], to: 'called' },
  start: { from: ['called'], to: 'serving' },
  skip: { from: ['called'], to: 'skipped' },
  hold: { from: ['called', 'serving'], to: 'held' },
  callBack: { from: ['held', 'skipped'], to: 'called' },
  transfer: { from: ['called', 'serving', 'held'], to: 'transferred' },
  finish: { from: ['called', 'serving'], to: 'finished' },
} as const satisfies Record<string, { from: readonly TicketState[]; to: TicketState }>;

export type CounterAction = keyof typeof transitions;

export function allowedFrom(action: CounterAction, state: TicketState): boolean {
  return (transitions[action].from as readonly TicketState[]).includes(state);
}

/** States that hold the ticket's number for the day: a wrapped counter skips these numbers. */
export const liveStates: readonly TicketState[] = ['waiting', 'called', 'serving', 'held', 'skipped'];

/** Not yet served: the one-ticket-per-ID guard counts these (a skipped ticket is void, 过号无效). */
export const unservedStates: readonly TicketState[] = ['waiting', 'called', 'serving', 'held'];

/** At a window right now (at most one per window). */
export const atWindowStates: readonly TicketState[] = ['called', 'serving'];
