// The hall's notices (大厅公告): fetched from the platform with every catalogue sync (nothing when the
// ETag says nothing changed), kept in SQLite so home shows them while the platform is away; the ones
// valid now, most urgent first, are what the screens get.
import { ok, type Result } from '../../../domain/result.ts';
import { type Clock } from '../../../domain/clock.ts';
import { currentNotices, type Notice } from '../../../domain/notices.ts';
import type { PlatformClient } from '../../platform-client/client.ts';
import type { MetaRepo, NoticesRepo } from '../../store/index.ts';
import type { Logger } from './event-log.ts';

const ETAG = 'sync.notices.etag';

export interface HallNoticesOptions {
  readonly client: PlatformClient;
  readonly repo: NoticesRepo;
  readonly meta: MetaRepo;
  readonly clock: Clock;
  readonly log: Logger;
}

export class HallNotices {
  readonly #o: HallNoticesOptions;

  constructor(options: HallNoticesOptions) {
    this.#o = options;
  }

  /** The notices to show now. */
  current(): Notice[] {
    return currentNotices(this.#o.repo.all(), this.#o.clock.now());
  }

  /** Asks the platform; the stored copy changes only with a valid answer. */
  async refresh(): Promise<Result<'unchanged' | 'replaced'>> {
    const { client, repo, meta, log } = this.#o;
    const r = await client.call('notices.list', { etag: meta.get(ETAG) });
    if (!r.ok) {
      if (r.error.code === 'platform.badResponse') log.error('the platform sent notices this terminal refuses; keeping the ones it has', { message: r.error.message });
      return r;
    }
    if (r.value.notModified) return ok('unchanged');
    repo.replaceAll(r.value.value.notices);
    meta.set(ETAG, r.value.etag ?? '');
    log.info('hall notices updated', { count: r.value.value.notices.length });
    return ok('replaced');
  }
}
