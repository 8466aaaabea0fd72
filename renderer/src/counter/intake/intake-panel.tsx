// SLOT (issue 14, one-window intake): 一窗受理 and 综合出件 for the ticket at the window, shown in the
// workspace beside the current ticket. A placeholder that renders nothing until its engineer fills it.
import type { ReactNode } from 'react';
import type { Ticket } from '../../../../domain/queue.ts';

export function IntakePanel({ ticket, staffId }: { ticket: Ticket | null; staffId: string }): ReactNode {
  void ticket;
  void staffId;
  return null;
}
