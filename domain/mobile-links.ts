// The platform's phone pages: where the QR on a ticket slip and on a service guide leads when the
// hall has not configured its own pages (config `queue.slipQrUrl`, `catalogue.guideUrl`). The paths
// are declared here once: the reference platform serves them, the terminal makes its links with them.

/** The ticket's page: its live place in the queue, the call, the rating once served. */
export const MOBILE_TICKET_PATH = '/m/ticket/';
/** A service item's guide. */
export const MOBILE_GUIDE_PATH = '/m/guide/';

/** The two link templates on a public base URL (what phones reach the platform at). */
export function mobileLinkTemplates(publicBase: string): { readonly slipQrUrl: string; readonly guideUrl: string } {
  const base = publicBase.replace(/\/+$/, '');
  return { slipQrUrl: `${base}${MOBILE_TICKET_PATH}{ticketId}`, guideUrl: `${base}${MOBILE_GUIDE_PATH}{itemId}` };
}

/**
 * Whether a ticket token has the shape the platform gives out: a random (version 4) UUID, 122 random
 * bits. Anything else is answered as unknown without a look-up, so numbers cannot be tried in turn.
 */
export function isTicketToken(token: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(token);
}

/** A form's application PDF for a phone: `/m/form/<submission id>?t=<one-time token>` (a kiosk without an A4 printer shows it as a QR). */
export const MOBILE_FORM_PATH = '/m/form/';

/** The form download template on a public base URL: {submissionId} and {token} filled in per submission. */
export function formDownloadTemplate(publicBase: string): string {
  return `${publicBase.replace(/\/+$/, '')}${MOBILE_FORM_PATH}{submissionId}?t={token}`;
}

/** A download token as the kiosk makes it: 32 random bytes, base64url (43 characters). */
export function isFormDownloadToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
