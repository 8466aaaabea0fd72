// Checks every record against the domain's schemas before it touches SQLite (DESIGN.md convention
// 4). The schemas are built from code lists, which provinces extend: a terminal passes its own
// (createCatalogueSchemas(lists)); the national lists are the default.
import { z } from 'zod';
import { catalogueSchemas, type Department, type ServiceItem, type Theme } from '../../domain/catalogue.ts';
import type { StoredForm, ValidationIssue } from './catalogue-types.ts';

export type CatalogueSchemas = Pick<typeof catalogueSchemas, 'serviceItemSchema' | 'departmentSchema' | 'themeSchema'>;
export type { DepartmentInput, ServiceItemInput, ThemeInput } from '../../domain/catalogue.ts';

/** Opaque for now: only what the cache keys on is checked. */
const storedFormSchema = z.looseObject({
  id: z.string().min(1).max(64),
  itemId: z.string().min(1).max(64),
  version: z.number().int().nonnegative(),
});

const MAX_ISSUES = 20;
const MAX_PER_RECORD = 3;

type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/** Collects issues across a whole apply; `record` says whether a value passed. */
export class Validator {
  readonly issues: ValidationIssue[] = [];
  readonly #schemas: CatalogueSchemas;
  readonly #prevalidated: boolean;

  /**
   * `prevalidated`: the items are already the output of these schemas (the platform client parsed
   * the answer with them), so only the fields the cache itself reads are checked, by hand. Parsing
   * 10,000 items again costs about a second and 90 MB of garbage (bench/search.ts).
   */
  constructor(schemas: CatalogueSchemas = catalogueSchemas, prevalidated = false) {
    this.#schemas = schemas;
    this.#prevalidated = prevalidated;
  }

  get failed(): boolean {
    return this.issues.length > 0;
  }

  item(value: unknown, index: number): Checked<ServiceItem> {
    if (!this.#prevalidated) return this.#check(this.#schemas.serviceItemSchema, value, 'item', index, 'id');
    const wrong = shapeProblem(value);
    if (wrong === null) return { ok: true, value: value as ServiceItem };
    const id = (value as { id?: unknown } | null)?.id;
    this.add({ kind: 'item', index, id: typeof id === 'string' ? id : null, path: wrong, message: 'not a validated service item' });
    return { ok: false };
  }

  department(value: unknown, index: number): Checked<Department> {
    return this.#check(this.#schemas.departmentSchema, value, 'department', index, 'code');
  }

  theme(value: unknown, index: number): Checked<Theme> {
    return this.#check(this.#schemas.themeSchema, value, 'theme', index, 'code');
  }

  form(value: unknown, index: number): Checked<StoredForm> {
    return this.#check(storedFormSchema, value, 'form', index, 'id');
  }

  /** A problem found outside a schema (a duplicate id, a version going backwards). */
  add(issue: ValidationIssue): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
  }

  /** Records a duplicate key within one list; true if `key` was seen before. */
  duplicate(seen: Set<string>, key: string, kind: ValidationIssue['kind'], index: number): boolean {
    if (!seen.has(key)) {
      seen.add(key);
      return false;
    }
    this.add({ kind, index, id: key, path: '', message: `"${key}" appears twice in the same ${kind} list` });
    return true;
  }

  #check<T>(schema: z.ZodType<T>, value: unknown, kind: ValidationIssue['kind'], index: number, key: string): Checked<T> {
    const r = schema.safeParse(value);
    if (r.success) return { ok: true, value: r.data };
    const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    const id = typeof raw === 'string' ? raw : null;
    for (const issue of r.error.issues.slice(0, MAX_PER_RECORD)) {
      this.add({ kind, index, id, path: issue.path.map(String).join('.'), message: issue.message });
    }
    return { ok: false };
  }
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every(isString);

/** The first field the cache reads that does not have its validated type, or null. */
function shapeProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return '';
  const v = value as Record<string, unknown>;
  for (const key of ['id', 'name', 'catalogCode', 'taskCode', 'deptCode', 'deptName', 'acceptCondition']) {
    if (!isString(v[key]) || v[key] === '') return key;
  }
  if (v.level !== 'main' && v.level !== 'sub' && v.level !== 'handle') return 'level';
  for (const key of ['keywords', 'serverType', 'themes']) if (!isStrings(v[key])) return key;
  for (const key of ['kioskHandled', 'bookable', 'isOnline']) if (typeof v[key] !== 'boolean') return key;
  if (v.visitsRequired !== 0 && v.visitsRequired !== 1 && v.visitsRequired !== 2) return 'visitsRequired';
  const materials = v.materials;
  if (!Array.isArray(materials) || !materials.every((m: unknown) => isString((m as { name?: unknown } | null)?.name))) return 'materials';
  return null;
}

export function describeIssues(issues: readonly ValidationIssue[]): string {
  const first = issues[0];
  if (!first) return 'the catalogue is invalid';
  const where = `${first.kind} ${first.id ?? `#${first.index}`}${first.path ? ` at ${first.path}` : ''}`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
  return `the catalogue was refused, nothing was changed: ${where}: ${first.message}${more}`;
}
