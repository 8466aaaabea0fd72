// Parses a catalogue answer and applies it to the store, either on this thread or on a worker thread.
//
// A full catalogue of 10,000 items is tens of MB of JSON: parsing it, validating it and writing it in
// one transaction takes about two seconds of CPU, and better-sqlite3 is synchronous. On the thread
// that serves the screens and drives the printer and the card reader that would freeze the kiosk
// for those seconds. The worker has its own connection to the same database file; WAL lets this
// thread go on reading (searching) the previous catalogue until the worker commits, and the search's
// in-memory copy notices the commit (SQLite's data_version) and re-reads what changed.
//
// What still waits: SQLite has one writer, so a write on this thread while the worker's transaction
// is open (an evaluation into the outbox, say) waits for the commit (busy_timeout, 60 s: see
// database.ts), then proceeds. Nothing is lost; the wait is the apply's remaining time, and only when
// a write happens to come then.
//
// So the worker is for big answers only (sizedApplier): a district hall's full catalogue (190 items,
// 0.56 M characters) applies on this thread in about 160 ms, while a worker takes about 350 ms just
// to start, and under CPU contention its transaction stretched to seconds with this thread's writes
// waiting on it (a printer status answer timed out in the end-to-end tests). Deltas are small too.
import { Worker } from 'node:worker_threads';
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError, type KioskError } from '../../../domain/errors.ts';
import { parseAnswer } from '../../platform-client/client.ts';
import type { ApplyStats, CatalogueError, CatalogueRepo } from '../../store/catalogue-repo.ts';

export type ApplyFailure =
  /** The answer does not parse or does not match the API. */
  | { readonly kind: 'answer'; readonly error: KioskError }
  /** The store refused it (version mismatch, an invalid record) or could not write it. */
  | { readonly kind: 'catalogue'; readonly error: CatalogueError }
  /** The worker thread failed (it is started again for the next sync). */
  | { readonly kind: 'worker'; readonly error: KioskError };

export type ApplyResult = Result<{ readonly full: boolean; readonly stats: ApplyStats }, ApplyFailure>;

export interface CatalogueApplier {
  /** Applies the text of a `catalogue.get` answer asked for `since` that version (null: the whole catalogue). */
  apply(text: string, since: number | null, now: number): Promise<ApplyResult>;
  close(): Promise<void>;
}

/** The work itself, the same on either thread. The repository's clock must read `now`. */
export function applyAnswer(repo: CatalogueRepo, text: string, since: number | null): ApplyResult {
  const parsed = parseAnswer('catalogue.get', text);
  if (!parsed.ok) return err({ kind: 'answer', error: parsed.error });
  const answer = parsed.value;
  // The schemas have parsed every item already: the repository need not again.
  const prevalidated = { itemsPrevalidated: true };
  const applied = answer.full
    ? repo.applyFull({ version: answer.version, items: answer.items, departments: answer.departments, themes: answer.themes }, prevalidated)
    : repo.applyDelta(
        {
          fromVersion: since ?? 0,
          toVersion: answer.version,
          upserts: { items: answer.items, departments: answer.departments, themes: answer.themes },
          deletions: answer.deleted,
        },
        prevalidated,
      );
  if (!applied.ok) return err({ kind: 'catalogue', error: applied.error });
  return ok({ full: answer.full, stats: applied.value });
}

/** On this thread: for in-memory stores (a worker cannot share them) and tests. */
export function inlineApplier(repo: CatalogueRepo): CatalogueApplier {
  return {
    apply: (text, since) => Promise.resolve(applyAnswer(repo, text, since)),
    close: () => Promise.resolve(),
  };
}

/** Answers shorter than this (characters of JSON) apply on this thread: about 350 items, ~200 ms. */
export const WORKER_MIN_CHARS = 1_000_000;

/** Small answers to `small` (this thread), big ones to `large` (a worker). */
export function sizedApplier(small: CatalogueApplier, large: CatalogueApplier, minChars = WORKER_MIN_CHARS): CatalogueApplier {
  return {
    apply: (text, since, now) => (text.length < minChars ? small : large).apply(text, since, now),
    close: async () => {
      await small.close();
      await large.close();
    },
  };
}

/** What the worker is sent, and what it answers. */
export interface ApplyRequest {
  readonly id: number;
  readonly text: string;
  readonly since: number | null;
  readonly now: number;
}
export interface ApplyReply {
  readonly id: number;
  readonly result: ApplyResult;
}

/**
 * The worker's young generation (MB). V8 sizes it from the machine's memory (192 MB on the 24 GB
 * bench VM), and parsing and validating a 27 M-character answer fills it with garbage: the full sync
 * of 10,000 items peaked at 490 MB RSS with the default, at 375 MB with 6 MB, for the same CPU time
 * (3, 6, 12, 24, 48 MB: 368-375, 373-375, 378, 385-386, 400 MB; bench/README.md, 2026-12-06).
 */
export const WORKER_YOUNG_GENERATION_MB = 6;

/** The worker script next to this file; a bundled host passes the path of its built copy instead. */
export const DEFAULT_WORKER_URL = new URL('./catalogue-apply-worker.ts', import.meta.url);

/** On a worker thread with its own connection to `dbPath`; started at the first apply. */
export class WorkerApplier implements CatalogueApplier {
  readonly #dbPath: string;
  readonly #url: URL;
  readonly #pending = new Map<number, (r: ApplyResult) => void>();
  #worker: Worker | null = null;
  #next = 1;

  constructor(dbPath: string, workerUrl: URL = DEFAULT_WORKER_URL) {
    this.#dbPath = dbPath;
    this.#url = workerUrl;
  }

  apply(text: string, since: number | null, now: number): Promise<ApplyResult> {
    const worker = this.#start();
    const id = this.#next++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      worker.postMessage({ id, text, since, now } satisfies ApplyRequest);
    });
  }

  async close(): Promise<void> {
    const w = this.#worker;
    this.#worker = null;
    if (w) await w.terminate();
    this.#failAll('the terminal is shutting down');
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.#url, { workerData: { dbPath: this.#dbPath }, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    // A sync in progress must not keep a stopping terminal alive.
    worker.unref();
    worker.on('message', (m: ApplyReply) => {
      const resolve = this.#pending.get(m.id);
      this.#pending.delete(m.id);
      resolve?.(m.result);
    });
    const gone = (why: string): void => {
      if (this.#worker !== worker) return;
      this.#worker = null;
      this.#failAll(why);
    };
    worker.on('error', (e) => gone(`the catalogue worker failed: ${e.message}`));
    worker.on('exit', (code) => gone(`the catalogue worker stopped (exit ${code})`));
    this.#worker = worker;
    return worker;
  }

  #failAll(why: string): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const resolve of pending) resolve(err({ kind: 'worker', error: kioskError('internal', `${why}; an apply it had not committed is rolled back`) }));
  }
}
