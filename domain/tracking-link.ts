// The ticket tracking link: the URL behind the QR on a slip, or on the screen when a slip cannot
// print, where a citizen follows the queue and rates the service on a phone. Config
// `queue.slipQrUrl` is its template, with {ticketId} and {number} filled in here and nowhere else.

/**
 * The link for one ticket, or null when there is no template or the ticket has no platform id yet
 * (numbered offline: the platform does not know it until reconciled, so a link would lead nowhere).
 */
export function ticketTrackingLink(template: string | null | undefined, ticket: { readonly ticketId: string | null; readonly number: string }): string | null {
  if (!template || !ticket.ticketId) return null;
  return template.replaceAll('{ticketId}', encodeURIComponent(ticket.ticketId)).replaceAll('{number}', encodeURIComponent(ticket.number));
}
