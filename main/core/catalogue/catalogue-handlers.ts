// The catalogue part of the contract: search, an item's guide, themes and departments, all answered
// from the terminal's SQLite copy (so they work offline).
import { kioskError } from '../../../domain/errors.ts';
import { err, ok } from '../../../domain/result.ts';
import type { cataloguePart } from '../../contract/catalogue-rpc.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { CatalogueRepo } from '../../store/catalogue-repo.ts';
import type { GuideDesk } from './guide-desk.ts';

export function catalogueHandlers(s: { readonly catalogue: CatalogueRepo; readonly guides: GuideDesk }): HandlersOf<typeof cataloguePart> {
  const { catalogue, guides } = s;
  return {
    'catalogue.search': ({ query, limit, ...filters }) =>
      ok({
        hits: catalogue.search(query, { limit, ...filters }).map((h) => ({
          id: h.id,
          name: h.name,
          level: h.level,
          deptName: h.deptName,
          kioskHandled: h.kioskHandled,
          bookable: h.bookable,
          isOnline: h.isOnline,
          visitsRequired: h.visitsRequired,
          match: h.match,
        })),
      }),
    'catalogue.getItem': ({ id }) => {
      const item = catalogue.get(id);
      if (!item) return err(kioskError('catalogue.notFound', `no item ${id} in the cached catalogue`));
      catalogue.recordUse(id);
      return ok(item);
    },
    'catalogue.listThemes': () => ok(catalogue.listThemes()),
    'catalogue.listDepartments': () => ok(catalogue.listDepartments()),
    'catalogue.guideTakeAway': ({ id }) => guides.takeAway(id),
    'catalogue.printGuide': ({ id, to }) => guides.print(id, to),
  };
}
