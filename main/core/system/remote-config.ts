// The hall's remote settings (idle timeout, notices shown, media playlist, opening hours): fetched
// from the platform with every sync, validated by the SAME schema as the config file's `hallSettings`
// section. A refused one is logged with what was wrong and the last good one stays; the last good one
// is kept in SQLite so a restart starts with it, not with the file's values. Those who can apply a
// change without a restart (idle timeout, notices, playlist, hours) listen with onChange().
import { ok, type Result } from '../../../domain/result.ts';
import type { Clock } from '../../../domain/clock.ts';
import type { RemoteConfigStatus } from '../../../domain/health.ts';
import { hallSettingsSchema, type HallSettings } from '../../../config/schema/index.ts';
import type { PlatformClient } from '../../platform-client/client.ts';
import type { MetaRepo } from '../../store/index.ts';
import type { Logger } from './event-log.ts';

const SETTINGS = 'remote.hallSettings';
const APPLIED_AT = 'remote.hallSettings.appliedAt';

export interface RemoteConfigOptions {
  readonly client: Pick<PlatformClient, 'call'>;
  readonly meta: MetaRepo;
  readonly clock: Clock;
  readonly log: Logger;
  /** The config file's hallSettings: what applies for each field the platform leaves out. */
  readonly file: HallSettings;
}

export type RemoteOutcome = 'unchanged' | 'applied' | 'refused';

export class RemoteConfig {
  readonly #o: RemoteConfigOptions;
  readonly #listeners = new Set<(settings: HallSettings) => void>();
  readonly #statusListeners = new Set<() => void>();
  #remote: HallSettings = {};
  #appliedAt: string | null = null;
  #lastRefused: RemoteConfigStatus['lastRefused'] = null;
  /** The version last fetched (this run): the platform answers 304 while it holds. */
  #etag: string | null = null;

  constructor(options: RemoteConfigOptions) {
    this.#o = options;
    const stored = options.meta.get(SETTINGS);
    if (stored !== null) {
      // Stored only after it was validated; checked again in case the schema became stricter since.
      const parsed = hallSettingsSchema.safeParse(JSON.parse(stored));
      if (parsed.success) {
        this.#remote = parsed.data;
        this.#appliedAt = options.meta.get(APPLIED_AT);
      } else options.log.warn('the stored remote settings no longer pass the schema; using the config file\'s', { reason: describeIssues(parsed.error.issues) });
    }
  }

  /** The settings in force: the platform's, field by field over the file's. */
  current(): HallSettings {
    return { ...this.#o.file, ...this.#remote };
  }

  status(): RemoteConfigStatus {
    return { appliedAt: this.#appliedAt, lastRefused: this.#lastRefused };
  }

  onChange(listener: (settings: HallSettings) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Told when status() changes (settings applied or refused). */
  onStatusChange(listener: () => void): () => void {
    this.#statusListeners.add(listener);
    return () => this.#statusListeners.delete(listener);
  }

  /** Asks the platform; a failed call changes nothing (the sync retries). */
  async refresh(): Promise<Result<RemoteOutcome>> {
    const r = await this.#o.client.call('terminals.settings', { etag: this.#etag });
    if (!r.ok) return r;
    if (r.value.notModified) return ok('unchanged');
    this.#etag = r.value.etag;
    return ok(this.offer(r.value.value.settings));
  }

  /** Validates pushed settings and applies them, or refuses them and keeps the last good ones. */
  offer(raw: unknown): RemoteOutcome {
    const { meta, clock, log } = this.#o;
    const at = new Date(clock.now()).toISOString();
    const parsed = hallSettingsSchema.safeParse(raw);
    if (!parsed.success) {
      const reason = describeIssues(parsed.error.issues);
      this.#lastRefused = { at, reason: reason.slice(0, 500) };
      log.error('remote settings refused; keeping the last good ones', { code: 'config.remoteRefused', reason });
      for (const l of [...this.#statusListeners]) l();
      return 'refused';
    }
    const text = JSON.stringify(parsed.data);
    if (text === JSON.stringify(this.#remote)) return 'unchanged';
    meta.set(SETTINGS, text);
    meta.set(APPLIED_AT, at);
    this.#remote = parsed.data;
    this.#appliedAt = at;
    log.info('remote settings applied', { fields: Object.keys(parsed.data) });
    const settings = this.current();
    for (const l of [...this.#listeners]) l(settings);
    for (const l of [...this.#statusListeners]) l();
    return 'applied';
  }
}

/** "path: message" for each issue, e.g. `idleTimeoutSeconds: Too small: expected number to be >=10`. */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.map(String).join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}
