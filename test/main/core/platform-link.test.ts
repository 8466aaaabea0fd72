import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformLink } from '../../../main/contract/index.ts';
import { EventLog } from '../../../main/core/event-log.ts';
import { PlatformLinkMonitor, type FetchLike } from '../../../main/core/platform-link.ts';
import { startPlatform, type RunningPlatform } from '../../../platform/server.ts';
import { ManualClock } from '../../support/manual-clock.ts';

function monitor(clock: ManualClock, fetch: FetchLike, baseUrl = 'http://platform.test/') {
  return new PlatformLinkMonitor({
    baseUrl,
    embedded: false,
    intervalMs: 5000,
    timeoutMs: 1000,
    clock,
    fetch,
    log: new EventLog(clock).for('platform'),
  });
}

describe('PlatformLinkMonitor (injected clock and fetch)', () => {
  it('goes online, offline and online again as health answers, telling listeners only on change', async () => {
    const clock = new ManualClock();
    let up = true;
    const urls: string[] = [];
    const m = monitor(clock, async (url) => {
      urls.push(url);
      if (!up) throw Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
      return { ok: true, status: 200 };
    });
    const seen: PlatformLink['state'][] = [];
    m.onChange((l) => seen.push(l.state));
    expect(m.link.state).toBe('connecting');
    m.start();
    await clock.advanceAsync(0);
    expect(m.link.state).toBe('online');
    await clock.advanceAsync(5000);
    expect(seen).toEqual(['online']);
    up = false;
    await clock.advanceAsync(5000);
    expect(m.link).toMatchObject({ state: 'offline', reason: 'ECONNREFUSED' });
    up = true;
    await clock.advanceAsync(5000);
    expect(seen).toEqual(['online', 'offline', 'online']);
    expect(urls[0]).toBe('http://platform.test/api/v1/health');
    m.stop();
    expect(clock.pending).toBe(0);
  });

  it('counts an HTTP error and a hung request as offline, with the reason', async () => {
    const clock = new ManualClock();
    let mode: 'error' | 'hang' = 'error';
    const m = monitor(clock, (_url, init) =>
      mode === 'error'
        ? Promise.resolve({ ok: false, status: 503 })
        : new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    expect((await m.check()).reason).toBe('health answered HTTP 503');
    mode = 'hang';
    const pending = m.check();
    await clock.advanceAsync(1000);
    expect((await pending).reason).toBe('no answer within 1000 ms');
  });
});

describe('PlatformLinkMonitor against the reference platform over HTTP', () => {
  let platform: RunningPlatform | null = null;
  afterEach(async () => {
    await platform?.close();
    platform = null;
  });

  it('is online while the platform runs and offline once it stops', async () => {
    const clock = new ManualClock();
    platform = await startPlatform({ clock, version: 'test' });
    const m = monitor(clock, (url, init) => fetch(url, init), platform.url);
    expect((await m.check()).state).toBe('online');
    await platform.close();
    platform = null;
    expect((await m.check()).state).toBe('offline');
  });
});
