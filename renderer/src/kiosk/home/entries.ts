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
  guide: { route: { name: 'guide.find' }, title: 'entry.guide', note: 'entry.guide.note' },
  progress: { route: { name: 'cases.find' }, title: 'entry.progress', note: 'entry.progress.note' },
  rate: null,
  complain: { route: { name: 'complaints.kind' }, title: 'entry.complain', note: 'entry.complain.note' },
  help: null,
  pay: null,
  forms: null,
};

/** The configured entries that have screens, in the configured order. */
export function availableEntries(configured: readonly HomeEntry[]): { readonly id: HomeEntry; readonly def: EntryDef }[] {
  return configured.flatMap((id) => {
    const def = entryRoutes[id];
    return def ? [{ id, def }] : [];
  });
}
