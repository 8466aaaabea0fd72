// The queue set-up as the terminal knows it: fetched from the platform whenever the home screen asks
// for the categories and with every catalogue sync (so a terminal that synced once can number
// offline from a cold start), kept in SQLite (store/queue-setup-repo.ts). The platform client checks
// the answer against the API and the repository checks it again before it is stored: a refused
// answer is logged and the cached copy stays as it was.
import { err, type Result } from '../../../domain/result.ts';
import { kioskError } from '../../../domain/errors.ts';
import { type Clock } from '../../../domain/clock.ts';
import type { PlatformClient } from '../../platform-client/client.ts';
import type { CachedQueueSetup, QueueSetupRepo } from '../../store/index.ts';
import type { Logger } from '../system/event-log.ts';

export interface QueueSetupCacheOptions {
  readonly client: PlatformClient;
  readonly repo: QueueSetupRepo;
  readonly clock: Clock;
  readonly log: Logger;
}

export class QueueSetupCache {
  readonly #o: QueueSetupCacheOptions;
  /** The stored copy as last read or written (undefined: not read yet). */
  #current: CachedQueueSetup | null | undefined;

  constructor(options: QueueSetupCacheOptions) {
    this.#o = options;
  }

  /** The cached set-up, or null when the platform never gave one this terminal could keep. */
  cached(): CachedQueueSetup | null {
    if (this.#current === undefined) this.#current = this.#o.repo.get();
    return this.#current;
  }

  /**
   * Asks the platform for the set-up and stores it. Fails with the client's error (platform.offline
   * while it is away) or platform.badResponse for an answer refused; either way the cache is unchanged.
   */
  async refresh(): Promise<Result<CachedQueueSetup>> {
    const { client, repo, clock, log } = this.#o;
    const r = await client.call('queue.categories', {});
    if (!r.ok) {
      if (r.error.code === 'platform.badResponse') log.error('the platform sent a queue set-up this terminal refuses; keeping the cached one', { message: r.error.message });
      return r;
    }
    if (r.value.notModified) return err(kioskError('platform.badResponse', 'the queue set-up answered "not modified"'));
    const before = this.cached();
    const saved = repo.save(r.value.value, clock.now());
    if (!saved.ok) {
      log.error('the platform sent a queue set-up this terminal refuses; keeping the cached one', { message: saved.error.message });
      return err(kioskError('platform.badResponse', saved.error.message, saved.error.details));
    }
    this.#current = saved.value;
    if (!before || !sameSetup(before, saved.value)) {
      log.info('queue set-up cached', { categories: saved.value.categories.length, businessDate: saved.value.businessDate });
    }
    return saved;
  }
}

function sameSetup(a: CachedQueueSetup, b: CachedQueueSetup): boolean {
  return JSON.stringify([a.categories, a.windows]) === JSON.stringify([b.categories, b.windows]);
}
