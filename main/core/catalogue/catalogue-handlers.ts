// The catalogue part of the contract: search, an item's guide, themes and departments, all answered
// from the terminal's SQLite copy (so they work offline).
import { kioskError } from '../../../domain/errors.ts';
import { err, ok } from '../../../domain/result.ts';
import type { cataloguePart, ItemListing } from '../../contract/catalogue-rpc.ts';
import type { HandlersOf } from '../../contract/index.ts';
import type { CatalogueRepo } from '../../store/catalogue-repo.ts';
import type { ItemSummary } from '../../store/catalogue-types.ts';
import type { GuideDesk } from './guide-desk.ts';

export function catalogueHandlers(s: { readonly catalogue: CatalogueRepo; readonly guides: GuideDesk }): HandlersOf<typeof cataloguePart> {
  const { catalogue, guides } = s;
  return {
    'catalogue.search': ({ query, limit, ...filters }) =>
      ok({
        hits: catalogue.search(query, { limit, ...filters }).map((h) => ({ ...listing(h), match: h.match })),
      }),
    'catalogue.browse': ({ themeId, deptCode, audience, limit }) => {
      const all = themeId !== undefined ? catalogue.listByTheme(themeId) : catalogue.listByDepartment(deptCode ?? '');
      const items = audience === undefined ? all : all.filter((i) => catalogue.serves(i, audience));
      return ok({ items: items.slice(0, limit).map(listing), total: items.length });
    },
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

/** The columns a list shows, and no more (codes and service types stay in the core). */
function listing(i: ItemSummary): ItemListing {
  return {
    id: i.id,
    name: i.name,
    level: i.level,
    deptName: i.deptName,
    kioskHandled: i.kioskHandled,
    bookable: i.bookable,
    isOnline: i.isOnline,
    visitsRequired: i.visitsRequired,
  };
}
