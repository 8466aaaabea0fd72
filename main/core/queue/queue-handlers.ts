// The queue part of the contract: the business tiles, taking a ticket, checking an appointment in.
import type { HandlersOf } from '../../contract/index.ts';
import type { queuePart } from '../../contract/queue.ts';
import type { TicketDesk } from './ticket-desk.ts';
import type { Ticketing } from './ticketing.ts';

export function queueHandlers(s: { readonly ticketing: Ticketing; readonly desk: TicketDesk }): HandlersOf<typeof queuePart> {
  return {
    'queue.listCategories': () => s.ticketing.categories(),
    'queue.issueTicket': (input) => s.desk.issue(input),
    'queue.checkIn': ({ code }) => s.desk.checkIn(code),
    'queue.checkInByCard': ({ idNumber }) => s.desk.checkInByCard(idNumber),
    'queue.reprint': ({ ticketId }) => s.desk.reprint(ticketId),
  };
}
