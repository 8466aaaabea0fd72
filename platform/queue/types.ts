// What the queue engine answers and announces. Times are ISO 8601 (UTC); business dates yyyy-MM-dd in
// the hall's zone. Events carry no personal data (no ID tail): they go to every hall screen.
import type { PriorityRule } from '../../domain/catalogue.ts';
import type { TransferPosition } from './schemas.ts';
import type { TicketState } from './ticket-states.ts';

export interface TicketPriority {
  /** The rule's code in the category's priorityRules. */
  readonly code: string;
  readonly label: string;
  /** Printed on the slip: 绿色通道, 预约, 网办 ... */
  readonly mark: string;
  readonly basis: PriorityRule['basis'];
}

/** offline: numbered by a terminal from its reserved range while the platform was away. */
export type TicketOrigin = 'issue' | 'appointment' | 'transfer' | 'offline';

export interface Ticket {
  readonly id: string;
  /** Prefix + 3 digits: A023. Kept through a transfer. */
  readonly number: string;
  readonly categoryId: string;
  readonly businessDate: string;
  readonly issuedAt: string;
  readonly state: TicketState;
  readonly priority: TicketPriority | null;
  readonly origin: TicketOrigin;
  readonly channel: string;
  readonly terminalId: string;
  /** People who will be called before this ticket in its category; null unless waiting. */
  readonly waitingAhead: number | null;
  /** waitingAhead x avgServiceMinutes / windows on duty for the category, rounded up; null unless waiting. */
  readonly estimatedWaitMinutes: number | null;
  /** Last 6 characters of the ID number, for a reprint (补打); null without real name. */
  readonly idTail6: string | null;
  readonly windowId: string | null;
  readonly staffId: string | null;
  readonly calledAt: string | null;
  readonly callCount: number;
  readonly finishedAt: string | null;
  /** The ticket this one continues after a transfer, and the one that continues it. */
  readonly transferredFrom: string | null;
  readonly transferredTo: string | null;
  readonly appointmentCode: string | null;
  /** Transferred to a named window (转移到指定窗口): only that window calls it; null: any window of its category. */
  readonly reservedFor: string | null;
}

/** A ticket as the hall may see it. */
export type PublicTicket = Omit<Ticket, 'idTail6'>;

export interface CategoryCounts {
  readonly categoryId: string;
  readonly businessDate: string;
  readonly waiting: number;
  /** Called or being served at a window. */
  readonly serving: number;
  readonly held: number;
  /** Last number called (or called back) today, null before the first call. */
  readonly lastCalled: string | null;
}

export interface Appointment {
  readonly code: string;
  readonly categoryId: string;
  readonly date: string;
  readonly slot: { readonly from: string; readonly to: string };
  /** When it may be checked in (HH:mm, its day): the category's window around the slot. */
  readonly checkIn: { readonly from: string; readonly until: string };
  readonly idTail6: string;
  readonly createdAt: string;
  /** Set at the first check-in; later check-ins answer with this ticket. */
  readonly ticketId: string | null;
  readonly checkedInAt: string | null;
}

export interface CheckInResult {
  readonly ticket: Ticket;
  /** True when the appointment was checked in before: the same ticket is returned. */
  readonly repeated: boolean;
}

export interface WindowStatus {
  readonly windowId: string;
  readonly staffId: string | null;
  /** Called or being served here. */
  readonly current: Ticket | null;
  /** Held by this window, to call back. */
  readonly held: readonly Ticket[];
}

interface EventBase {
  /** ISO time of the change. */
  readonly at: string;
}

export type QueueEvent =
  | (EventBase & { readonly type: 'ticketIssued'; readonly ticket: PublicTicket })
  | (EventBase & {
      readonly type: 'ticketCalled';
      readonly ticketId: string;
      readonly number: string;
      readonly categoryId: string;
      readonly windowId: string;
      /** As on the sign and in the announcement: "请A023号到5号窗口". */
      readonly windowNumber: string;
      readonly windowName: string;
      readonly area: string;
      /** A repeat announcement (重呼). */
      readonly recall: boolean;
      readonly callCount: number;
    })
  | (EventBase & {
      readonly type: 'ticketStateChanged';
      readonly ticketId: string;
      readonly number: string;
      readonly categoryId: string;
      readonly from: TicketState;
      readonly to: TicketState;
      readonly windowId: string | null;
    })
  | (EventBase & {
      readonly type: 'ticketTransferred';
      readonly fromTicketId: string;
      readonly fromCategoryId: string;
      readonly position: TransferPosition;
      readonly ticket: PublicTicket;
    })
  | (EventBase & {
      readonly type: 'ticketFinished';
      readonly ticketId: string;
      readonly number: string;
      readonly categoryId: string;
      readonly windowId: string;
      readonly staffId: string | null;
    })
  | (EventBase & { readonly type: 'appointmentCheckedIn'; readonly code: string; readonly ticketId: string; readonly categoryId: string })
  | (EventBase & { readonly type: 'countsChanged'; readonly counts: readonly CategoryCounts[] })
  | (EventBase & { readonly type: 'configurationChanged' });

export type QueueEventType = QueueEvent['type'];
export type QueueListener = (event: QueueEvent) => void;

/** Hears one hall's committed queue events, in commit order; resolves to its unsubscribe once listening
 *  (queue-notifications.ts: one listen per process, dispatched by hall). */
export type QueueFeed = (onEvents: (events: readonly QueueEvent[]) => void) => Promise<() => Promise<void>>;
