// Calling a helper (帮办代办): one touch at a kiosk tells the hall staff which terminal needs help, where
// it stands and why (a reason from a fixed list). A call is waiting until staff acknowledge it (who is
// coming, when), and ends cancelled (no longer needed) or resolved (staff helped). Nothing about the
// citizen is in it: the kiosk and its place are what staff need to find them.
import { z } from 'zod';

import { helpCallStates, helpReasons, type HelpCallState } from './help-calls.ts';

export { helpCallStates, helpReasons, isOpenHelpCall, type HelpCallState, type HelpReason } from './help-calls.ts';
export const helpReasonSchema = z.enum(helpReasons);

const isoTime = z.string().datetime({ offset: true });

export const helpCallSchema = z.object({
  id: z.string().min(1).max(64),
  /** The kiosk that called. */
  terminalId: z.string().min(1).max(64),
  /** Where the kiosk stands in the hall (config `terminal.hallArea`, e.g. "一楼 A 区"); may be empty. */
  place: z.string().max(100),
  reason: helpReasonSchema,
  state: z.enum(helpCallStates),
  createdAt: isoTime,
  acknowledgedAt: isoTime.nullable(),
  /** The staff member coming, as staff name themselves on the staff screen (工号 or name); null until acknowledged. */
  acknowledgedBy: z.string().max(40).nullable(),
  cancelledAt: isoTime.nullable(),
  resolvedAt: isoTime.nullable(),
});
export type HelpCall = z.output<typeof helpCallSchema>;

/** The help calls' events on the platform's live stream (queue.events): the call as it is now. */
export const helpEventTypes = ['helpCalled', 'helpAcknowledged', 'helpCancelled', 'helpResolved'] as const;
export type HelpEventType = (typeof helpEventTypes)[number];

const helpEvent = <T extends HelpEventType>(type: T) => z.object({ type: z.literal(type), at: isoTime, call: helpCallSchema });
export const helpEventSchemas = {
  helpCalled: helpEvent('helpCalled'),
  helpAcknowledged: helpEvent('helpAcknowledged'),
  helpCancelled: helpEvent('helpCancelled'),
  helpResolved: helpEvent('helpResolved'),
} as const;
export type HelpEvent = z.output<(typeof helpEventSchemas)[HelpEventType]>;

/** The event that announces a call having reached `state`. */
export function helpEventTypeOf(state: HelpCallState): HelpEventType {
  switch (state) {
    case 'waiting':
      return 'helpCalled';
    case 'acknowledged':
      return 'helpAcknowledged';
    case 'cancelled':
      return 'helpCancelled';
    case 'resolved':
      return 'helpResolved';
    default:
      return state satisfies never;
  }
}
