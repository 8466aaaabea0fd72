// The last queue set-up the platform gave: business categories (prefixes, ranges, quotas, opening
// hours, real-name rules) and windows. Offline numbering and the home screen work from it while the
// platform is away, from a cold start too. A set-up is checked before it is stored (a refused one
// leaves the stored copy as it was) and again when read (a row this version cannot read is no copy).
import { z } from 'zod';
import { businessCategorySchema, windowSchema, type BusinessCategory, type BusinessCategoryInput, type Window } from '../../domain/catalogue.ts';
import { kioskError, type KioskError } from '../../domain/errors.ts';
import { err, ok, type Result } from '../../domain/result.ts';
import type { Db } from './database.ts';

/** The shape of the stored body (migration 0006). */
const FORMAT = 1;

function repeated(values: readonly string[]): string | undefined {
  return values.find((v, i) => values.indexOf(v) !== i);
}

export const queueSetupSchema = z
  .object({
    /** The platform's business date when it gave the set-up. */
    businessDate: z.string().date(),
    categories: z.array(businessCategorySchema),
    windows: z.array(windowSchema),
  })
  .superRefine((s, ctx) => {
    const id = repeated(s.categories.map((c) => c.id));
    if (id !== undefined) ctx.addIssue({ code: 'custom', path: ['categories'], message: `category id "${id}" appears twice` });
    const prefix = repeated(s.categories.map((c) => c.prefix));
    if (prefix !== undefined) ctx.addIssue({ code: 'custom', path: ['categories'], message: `prefix "${prefix}" is used by two categories` });
  });
export interface QueueSetupInput {
  readonly businessDate: string;
  readonly categories: readonly BusinessCategoryInput[];
  readonly windows: readonly z.input<typeof windowSchema>[];
}

export interface CachedQueueSetup {
  readonly businessDate: string;
  readonly categories: readonly BusinessCategory[];
  readonly windows: readonly Window[];
  /** When the platform gave it (ms); null: kept from an earlier version of the terminal, time unknown. */
  readonly fetchedAt: number | null;
}

interface Row {
  format: number;
  business_date: string;
  fetched_at: number | null;
  body: string;
}

export class QueueSetupRepo {
  readonly #get;
  readonly #put;

  constructor(db: Db) {
    this.#get = db.prepare<[], Row>('SELECT format, business_date, fetched_at, body FROM queue_setup WHERE id = 1');
    this.#put = db.prepare<[number, string, number, string]>(
      `INSERT INTO queue_setup (id, format, business_date, fetched_at, body) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET format = excluded.format, business_date = excluded.business_date,
         fetched_at = excluded.fetched_at, body = excluded.body`,
    );
  }

  /** The stored set-up, or null when there is none this version can read. */
  get(): CachedQueueSetup | null {
    const row = this.#get.get();
    if (!row || row.format !== FORMAT) return null;
    const parsed = check({ ...parseJson(row.body), businessDate: row.business_date });
    return parsed.ok ? { ...parsed.value, fetchedAt: row.fetched_at } : null;
  }

  /** Checks a set-up and replaces the stored one with it; a refused one changes nothing. */
  save(setup: QueueSetupInput, fetchedAt: number): Result<CachedQueueSetup> {
    const parsed = check(setup);
    if (!parsed.ok) return parsed;
    const { businessDate, categories, windows } = parsed.value;
    this.#put.run(FORMAT, businessDate, fetchedAt, JSON.stringify({ categories, windows }));
    return ok({ ...parsed.value, fetchedAt });
  }
}

function check(value: unknown): Result<Omit<CachedQueueSetup, 'fetchedAt'>, KioskError> {
  const parsed = queueSetupSchema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.slice(0, 5).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const first = issues[0];
  return err(kioskError('queue.invalidConfig', `queue set-up refused: ${first ? `${first.path || '(top)'}: ${first.message}` : 'invalid'}`, { issues }));
}

function parseJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
