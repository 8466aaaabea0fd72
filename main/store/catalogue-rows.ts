// The item columns a result list shows, and their conversion to an ItemSummary: shared by theme
// listings (catalogue-repo.ts) and search's in-memory copy (search-memo.ts).
import type { ItemSummary } from './catalogue-types.ts';

export const SUMMARY_COLUMNS =
  'i.no, i.id, i.name, i.level, i.catalog_code, i.task_code, i.dept_code, i.dept_name, i.server_types, ' +
  'i.kiosk_handled, i.bookable, i.is_online, i.visits_required';

export interface SummaryRow {
  no: number;
  id: string;
  name: string;
  level: string;
  catalog_code: string;
  task_code: string;
  dept_code: string;
  dept_name: string;
  server_types: string;
  kiosk_handled: number;
  bookable: number;
  is_online: number;
  visits_required: number;
}

/** Frozen: search hands out the same summary object from its in-memory copy again and again. */
export function itemSummary(r: SummaryRow): ItemSummary {
  return Object.freeze({
    id: r.id,
    name: r.name,
    level: r.level as ItemSummary['level'],
    catalogCode: r.catalog_code,
    taskCode: r.task_code,
    deptCode: r.dept_code,
    deptName: r.dept_name,
    serverType: Object.freeze(r.server_types.split(',').filter((c) => c !== '')),
    kioskHandled: r.kiosk_handled === 1,
    bookable: r.bookable === 1,
    isOnline: r.is_online === 1,
    visitsRequired: r.visits_required,
  });
}
