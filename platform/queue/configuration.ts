// The queue's configuration: business categories, windows and staff, each checked with its schema
// from main/contract/catalogue.ts, then against each other. Every problem is reported with its path.
import { err, ok, type Result } from '../../domain/result.ts';
import { kioskError } from '../../domain/errors.ts';
import type { BusinessCategory, Staff, Window } from '../../domain/catalogue.ts';
import { queueConfigurationSchema, type QueueConfiguration } from './schemas.ts';

export interface ConfigIssue {
  readonly path: string;
  readonly message: string;
}

/** A checked configuration with lookups. */
export interface QueueSetup {
  readonly categories: readonly BusinessCategory[];
  readonly windows: readonly Window[];
  readonly staff: readonly Staff[];
  readonly category: ReadonlyMap<string, BusinessCategory>;
  readonly window: ReadonlyMap<string, Window>;
  readonly staffById: ReadonlyMap<string, Staff>;
}

export function indexSetup(config: QueueConfiguration): QueueSetup {
  return {
    ...config,
    category: new Map(config.categories.map((c) => [c.id, c])),
    window: new Map(config.windows.map((w) => [w.id, w])),
    staffById: new Map(config.staff.map((s) => [s.id, s])),
  };
}

export function parseConfiguration(input: unknown): Result<QueueSetup> {
  const parsed = queueConfigurationSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return invalid(issues);
  }
  const issues = crossCheck(parsed.data);
  return issues.length > 0 ? invalid(issues) : ok(indexSetup(parsed.data));
}

function invalid(issues: readonly ConfigIssue[]): Result<never> {
  const first = issues[0];
  const summary = first ? `${first.path}: ${first.message}` : 'invalid';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return err(kioskError('queue.invalidConfig', `queue configuration rejected: ${summary}${more}`, { issues }));
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) (seen.has(v) ? twice : seen).add(v);
  return [...twice];
}

function crossCheck(config: QueueConfiguration): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const { categories, windows, staff } = config;
  for (const d of duplicates(categories.map((c) => c.id))) add('categories', `category id "${d}" appears twice`);
  for (const d of duplicates(categories.map((c) => c.prefix))) add('categories', `prefix "${d}" is used by two categories: numbers would collide`);
  for (const d of duplicates(windows.map((w) => w.id))) add('windows', `window id "${d}" appears twice`);
  for (const d of duplicates(staff.map((s) => s.id))) add('staff', `staff id "${d}" appears twice`);
  const onDuty = windows.flatMap((w) => (w.staffId === null ? [] : [w.staffId]));
  for (const d of duplicates(onDuty)) add('windows', `staff "${d}" is on duty at two windows`);

  const categoryIds = new Set(categories.map((c) => c.id));
  const windowById = new Map(windows.map((w) => [w.id, w]));
  const staffIds = new Set(staff.map((s) => s.id));
  for (const [i, c] of categories.entries()) {
    for (const d of duplicates(c.priorityRules.map((r) => r.code))) add(`categories.${i}.priorityRules`, `rule code "${d}" appears twice`);
    for (const wid of c.windowIds) {
      const w = windowById.get(wid);
      if (!w) add(`categories.${i}.windowIds`, `unknown window "${wid}"`);
      else if (!w.categoryIds.includes(c.id)) add(`categories.${i}.windowIds`, `window "${wid}" does not list category "${c.id}"`);
    }
  }
  for (const [i, w] of windows.entries()) {
    for (const cid of w.categoryIds) {
      if (!categoryIds.has(cid)) add(`windows.${i}.categoryIds`, `unknown category "${cid}"`);
      else if (!categories.find((c) => c.id === cid)?.windowIds.includes(w.id)) {
        add(`windows.${i}.categoryIds`, `category "${cid}" does not list window "${w.id}"`);
      }
    }
    if (w.staffId !== null && !staffIds.has(w.staffId)) add(`windows.${i}.staffId`, `unknown staff "${w.staffId}"`);
  }
  return issues;
}
