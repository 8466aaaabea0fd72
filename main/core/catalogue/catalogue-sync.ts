// Keeps the terminal's copy of the catalogue in step with the platform: a full copy the first time
// (or when the platform cannot give changes from our version), only the changes after that, nothing
// at all when the ETag says nothing changed. Every answer is validated against the API's schemas
// before it touches SQLite (a big one on a worker thread: catalogue-applier.ts), and each apply is
// one transaction: a bad answer or a crash leaves the previous catalogue whole. Periodic with
// jitter, backing off while the platform is away, and at once when it comes back. Each sync also
// refreshes the cached queue set-up, so a terminal that synced can number tickets offline, and the
// hall's notices, so home shows them offline.
import { err, ok, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { type Clock } from '../../../domain/clock.ts';
import type { CatalogueRepo } from '../../store/catalogue-repo.ts';
import type { MetaRepo } from '../../store/index.ts';
import { inlineApplier, type CatalogueApplier } from './catalogue-applier.ts';
import type { Logger } from '../system/event-log.ts';
import type { PlatformSession } from '../link/platform-session.ts';

export interface SyncState {
  readonly version: number | null;
  /** When the platform last confirmed our copy is current (ms), or null: never. */
  readonly checkedAt: number | null;
  readonly lastError: string | null;
  readonly running: boolean;
}

export interface SyncReport {
  readonly outcome: 'unchanged' | 'full' | 'delta';
  readonly version: number;
  readonly changed: number;
  /** The form definitions, synced after the catalogue with their own version. */
  readonly forms: 'unchanged' | 'full' | 'delta';
}

export interface CatalogueSyncOptions {
  readonly session: PlatformSession;
  readonly repo: CatalogueRepo;
  readonly meta: MetaRepo;
  readonly clock: Clock;
  readonly log: Logger;
  readonly intervalMs: number;
  readonly random?: () => number;
  /** Where answers are parsed and applied; default this thread (see catalogue-applier.ts). */
  readonly applier?: CatalogueApplier;
  /** Refreshed after the catalogue and forms; its failure is logged by it and does not fail the sync. */
  readonly queueSetup?: { refresh(): Promise<Result<unknown>> };
  /** The hall's notices, refreshed likewise (so they show offline). */
  readonly notices?: { refresh(): Promise<Result<unknown>> };
  /** The hall's remote settings, refreshed likewise (main/core/system/remote-config.ts). */
  readonly hallSettings?: { refresh(): Promise<Result<unknown>> };
}

const ETAG = 'sync.catalogue.etag';
const FORMS_ETAG = 'sync.forms.etag';
const CHECKED = 'sync.catalogue.checkedAt';

export class CatalogueSync {
  readonly #o: CatalogueSyncOptions;
  readonly #random: () => number;
  readonly #applier: CatalogueApplier;
  readonly #listeners = new Set<(s: SyncState) => void>();
  #timer: unknown = null;
  #running = false;
  #failures = 0;
  #lastError: string | null = null;
  #inFlight: Promise<Result<SyncReport>> | null = null;

  constructor(options: CatalogueSyncOptions) {
    this.#o = options;
    this.#random = options.random ?? Math.random;
    this.#applier = options.applier ?? inlineApplier(options.repo);
  }

  state(): SyncState {
    const checked = this.#o.meta.get(CHECKED);
    return { version: this.#o.repo.version(), checkedAt: checked ? Number(checked) : null, lastError: this.#lastError, running: this.#inFlight !== null };
  }

  onChange(listener: (s: SyncState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  start(): void {
    this.#running = true;
    this.#schedule(0);
  }

  stop(): void {
    this.#running = false;
    if (this.#timer !== null) this.#o.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** The platform is back: sync now rather than at the next tick. */
  platformBack(): void {
    if (this.#running) this.#schedule(0);
  }

  /** Resolves when no sync is running (for shutdown, and for tests that move a manual clock). */
  async whenIdle(): Promise<void> {
    while (this.#inFlight) await this.#inFlight;
  }

  /** One sync now (joins one already running). */
  syncNow(): Promise<Result<SyncReport>> {
    this.#inFlight ??= this.#sync().finally(() => {
      this.#inFlight = null;
      this.#emit();
    });
    this.#emit();
    return this.#inFlight;
  }

  async #sync(forceFull = false): Promise<Result<SyncReport>> {
    const { repo, meta, session, clock, log } = this.#o;
    const since = forceFull ? null : repo.version();
    const r = await session.client.callUnparsed('catalogue.get', {
      query: since === null ? {} : { since },
      etag: since === null ? null : meta.get(ETAG),
    });
    if (!r.ok) return this.#failed(r.error.message, r);
    if (r.value.notModified) {
      const forms = await this.#syncForms();
      if (!forms.ok) return this.#failed(forms.error.message, forms);
      await this.#o.queueSetup?.refresh();
      await this.#o.notices?.refresh();
      await this.#o.hallSettings?.refresh();
      meta.set(CHECKED, String(clock.now()));
      return this.#succeeded({ outcome: 'unchanged', version: since ?? 0, changed: 0, forms: forms.value });
    }
    // Parsed, validated and written off this thread when the applier is a worker (catalogue-applier.ts).
    const applied = await this.#applier.apply(r.value.text, since, clock.now());
    if (!applied.ok) {
      const failure = applied.error;
      if (failure.kind === 'catalogue' && failure.error.code === 'catalogue.versionMismatch' && !forceFull) {
        log.warn('catalogue delta does not fit the stored version; fetching the whole catalogue', failure.error.details);
        return this.#sync(true);
      }
      if (failure.kind !== 'catalogue') {
        log.error('the catalogue answer could not be applied; keeping the current one', { code: failure.error.code, message: failure.error.message });
        return this.#failed(failure.error.message, err(failure.error));
      }
      const e = failure.error;
      const issues = e.code === 'catalogue.invalid' ? e.details.issues.slice(0, 5) : undefined;
      log.error('the platform sent a catalogue this terminal refuses; keeping the current one', { code: e.code, message: e.message, issues });
      return this.#failed(e.message, err(kioskError('platform.badResponse', e.message, issues ? { issues } : undefined)));
    }
    meta.set(ETAG, r.value.etag ?? '');
    // Brings search's in-memory copy up to date here rather than in the next citizen's search.
    repo.warmSearch();
    const { full, stats: s } = applied.value;
    log.info(full ? 'catalogue replaced' : 'catalogue updated', { version: s.version, inserted: s.inserted, updated: s.updated, deleted: s.deleted });
    const forms = await this.#syncForms();
    if (!forms.ok) return this.#failed(forms.error.message, forms);
    await this.#o.queueSetup?.refresh();
    await this.#o.notices?.refresh();
    await this.#o.hallSettings?.refresh();
    meta.set(CHECKED, String(clock.now()));
    return this.#succeeded({ outcome: full ? 'full' : 'delta', version: s.version, changed: s.inserted + s.updated + s.deleted, forms: forms.value });
  }

  /** Form definitions: full the first time, then changes since the version held; nothing on 304. */
  async #syncForms(): Promise<Result<SyncReport['forms']>> {
    const { repo, meta, session, log } = this.#o;
    const since = repo.formsVersion();
    const r = await session.client.call('forms.get', { query: since === null ? {} : { since }, etag: since === null ? null : meta.get(FORMS_ETAG) });
    if (!r.ok) return r;
    if (r.value.notModified) return ok('unchanged');
    const answer = r.value.value;
    const applied = repo.applyForms({ version: answer.version, full: answer.full, forms: answer.forms, deleted: answer.deleted });
    if (!applied.ok) {
      log.error('the platform sent form definitions this terminal refuses; keeping the current ones', { code: applied.error.code, message: applied.error.message });
      return err(kioskError('platform.badResponse', applied.error.message));
    }
    meta.set(FORMS_ETAG, r.value.etag ?? '');
    if (applied.value.updated > 0) log.info('forms updated', { version: answer.version, changed: applied.value.updated });
    return ok(answer.full ? 'full' : 'delta');
  }

  #succeeded(report: SyncReport): Result<SyncReport> {
    this.#failures = 0;
    this.#lastError = null;
    this.#schedule(this.#jitter(this.#o.intervalMs));
    return ok(report);
  }

  #failed<T>(message: string, result: Result<T>): Result<T> {
    this.#failures++;
    this.#lastError = message;
    // Back off while it keeps failing, but never wait longer than the normal interval.
    this.#schedule(this.#jitter(Math.min(this.#o.intervalMs, 2000 * 2 ** Math.min(this.#failures, 10))));
    return result;
  }

  /** Spreads terminals of one hall over ±20 % of the delay. */
  #jitter(ms: number): number {
    return Math.round(ms * (0.8 + 0.4 * this.#random()));
  }

  #schedule(ms: number): void {
    if (!this.#running) return;
    if (this.#timer !== null) this.#o.clock.clearTimeout(this.#timer);
    this.#timer = this.#o.clock.setTimeout(() => {
      this.#timer = null;
      void this.syncNow();
    }, ms);
  }

  #emit(): void {
    const s = this.state();
    for (const l of [...this.#listeners]) l(s);
  }
}
