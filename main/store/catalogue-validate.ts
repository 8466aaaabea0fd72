// Checks every record against the contract's schemas before it touches SQLite (DESIGN.md convention
// 4). The schemas are built from code lists, which provinces extend: a terminal passes its own
// (createCatalogueSchemas(lists)); the national lists are the default.
import { z } from 'zod';
import { catalogueSchemas, type Department, type ServiceItem, type Theme } from '../contract/catalogue.ts';
import type { StoredForm, ValidationIssue } from './catalogue-types.ts';

export type CatalogueSchemas = Pick<typeof catalogueSchemas, 'serviceItemSchema' | 'departmentSchema' | 'themeSchema'>;
export type ServiceItemInput = z.input<CatalogueSchemas['serviceItemSchema']>;
export type DepartmentInput = z.input<CatalogueSchemas['departmentSchema']>;
export type ThemeInput = z.input<CatalogueSchemas['themeSchema']>;

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

  constructor(schemas: CatalogueSchemas = catalogueSchemas) {
    this.#schemas = schemas;
  }

  get failed(): boolean {
    return this.issues.length > 0;
  }

  item(value: unknown, index: number): Checked<ServiceItem> {
    return this.#check(this.#schemas.serviceItemSchema, value, 'item', index, 'id');
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

export function describeIssues(issues: readonly ValidationIssue[]): string {
  const first = issues[0];
  if (!first) return 'the catalogue is invalid';
  const where = `${first.kind} ${first.id ?? `#${first.index}`}${first.path ? ` at ${first.path}` : ''}`;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : '';
  return `the catalogue was refused, nothing was changed: ${where}: ${first.message}${more}`;
}
