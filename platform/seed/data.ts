// Assembles the seed: items with their themes attached, themes resolved to item ids, the queue
// categories with the items they serve, windows and staff.
import type { BusinessCategory, Department, ServiceItem, Staff, Theme, Window } from '../../domain/catalogue.ts';
import { departmentRecords, departments } from './departments.ts';
import { builtItems } from './items/index.ts';
import { buildCategories, buildQueueSetup } from './queue.ts';
import { themeSpecs } from './themes.ts';

export interface SeedItem {
  /** Short stable key (e.g. "idcard-renew") used inside the seed. */
  readonly key: string;
  readonly item: ServiceItem;
}

const idByKey = new Map(builtItems.map((b) => [b.key, b.item.id]));

/** The id of a seed item by its key; throws for an unknown key (a typo in the seed). */
export function itemIdByKey(key: string): string {
  const id = idByKey.get(key);
  if (id === undefined) throw new Error(`no seed item with key "${key}"`);
  return id;
}

/**
 * Themes with item ids. A key that names no item is kept as "missing:<key>" so the seed still loads
 * and the test that every theme references existing items reports it.
 */
export const themes: readonly Theme[] = themeSpecs.map((t, i) => ({
  code: t.code,
  name: t.name,
  audience: t.audience,
  description: t.description,
  itemIds: t.itemKeys.map((k) => idByKey.get(k) ?? `missing:${k}`),
  sortOrder: i + 1,
}));

const themesByKey = new Map<string, string[]>();
for (const t of themeSpecs) {
  for (const k of t.itemKeys) themesByKey.set(k, [...(themesByKey.get(k) ?? []), t.code]);
}

export const seedItems: readonly SeedItem[] = builtItems.map(({ key, item }) => ({
  key,
  item: { ...item, themes: themesByKey.get(key) ?? [] },
}));

export const serviceItems: readonly ServiceItem[] = seedItems.map((s) => s.item);

const deptKeyByCode = new Map(departments.map((d) => [d.code, d.key]));

export const businessCategories: readonly BusinessCategory[] = buildCategories((spec) => {
  if (spec.green) return serviceItems.map((i) => i.id);
  if (spec.collection) return [];
  const excluded = new Set(spec.excludeItems ?? []);
  const own = seedItems
    .filter((s) => spec.depts.some((d) => d === deptKeyByCode.get(s.item.deptCode)) && !excluded.has(s.key))
    .map((s) => s.item.id);
  const extra = (spec.extraItems ?? []).map((k) => idByKey.get(k) ?? `missing:${k}`);
  return [...new Set([...own, ...extra])];
});

const queueSetup = buildQueueSetup();
export const windows: readonly Window[] = queueSetup.windows;
export const staff: readonly Staff[] = queueSetup.staff;
export const departmentList: readonly Department[] = departmentRecords();
