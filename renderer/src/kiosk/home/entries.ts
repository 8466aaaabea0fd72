// The hall's tasks as home entries: what each opens. A task whose screens are not built yet has no
// route here, and the home leaves it off whatever the config lists (never a dead button).
import type { HomeEntry } from '../../../../domain/terminal.ts';
import type { MessageKey } from '../../i18n/i18n.tsx';
import type { Route } from '../routes.ts';

export interface EntryDef {
  readonly route: Route;
  readonly title: MessageKey;
  readonly note: MessageKey;
}

export const entryRoutes: Readonly<Record<HomeEntry, EntryDef | null>> = {
  ticket: { route: { name: 'queue.tiles' }, title: 'entry.ticket', note: 'entry.ticket.note' },
  checkIn: { route: { name: 'checkIn' }, title: 'entry.checkIn', note: 'entry.checkIn.note' },
  book: { route: { name: 'booking.business' }, title: 'entry.book', note: 'entry.book.note' },
  guide: { route: { name: 'guide.find' }, title: 'entry.guide', note: 'entry.guide.note' },
  progress: { route: { name: 'cases.find', params: { purpose: 'progress' } }, title: 'entry.progress', note: 'entry.progress.note' },
  rate: { route: { name: 'cases.find', params: { purpose: 'rate' } }, title: 'entry.rate', note: 'entry.rate.note' },
  complain: { route: { name: 'complaints.kind' }, title: 'entry.complain', note: 'entry.complain.note' },
  help: { route: { name: 'help' }, title: 'entry.help', note: 'entry.help.note' },
  pay: { route: { name: 'cases.find', params: { purpose: 'pay' } }, title: 'entry.pay', note: 'entry.pay.note' },
  forms: { route: { name: 'forms.list' }, title: 'entry.forms', note: 'entry.forms.note' },
};

/** The configured entries that have screens, in the configured order. */
export function availableEntries(configured: readonly HomeEntry[]): { readonly id: HomeEntry; readonly def: EntryDef }[] {
  return configured.flatMap((id) => {
    const def = entryRoutes[id];
    return def ? [{ id, def }] : [];
  });
}
