// Which ticket business serves a service item: the queue categories list the departments they serve
// (category `deptNames`); the item's department is looked up there. None: the guide says so.
import type { CategoryTile } from '../../../../main/contract/index.ts';

/** The first category serving the department (the hall's own order), or null. */
export function categoryFor(categories: readonly CategoryTile[], deptName: string): CategoryTile | null {
  return categories.find((c) => c.deptNames.includes(deptName)) ?? null;
}
