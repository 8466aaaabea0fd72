import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformLink } from '../../../../main/contract/index.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { PlatformLinkMonitor } from '../../../../main/core/link/platform-link.ts';
import { PlatformClient, type HttpFetch } from '../../../../main/platform-client/client.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

function monitor(clock: ManualClock, fetch: HttpFetch, baseUrl = 'http://platform.test/') {
  const client = new PlatformClient({ baseUrl, fetch, clock, timeoutMs: 1000, credentials: () => null });
  return new PlatformLinkMonitor({ client, embedded: false, intervalMs: 5000, clock, log: new EventLog(clock).for('platform') });
}

const healthy = (clock: ManualClock) => async () => ({
  status: 200,
  headers: { get: () => null },
  text: async () => JSON.stringify({ status: 'ok', version: 't', time: new Date(clock.now()).toISOString() }),
});

describe('PlatformLinkMonitor (injected clock and fetch)', () => {
  it('goes online, offline and online again as health answers, telling listeners only on change', async () => {
    const clock = new ManualClock();
    let up = true;
    const urls: string[] = [];
    const ok = healthy(clock);
    const m = monitor(clock, async (url) => {
      urls.push(url);
      if (!up) throw Object.assign(new Error('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
      return ok();
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

  it('counts an HTTP error, a hung request and a wrong answer as offline, with the reason', async () => {
    const clock = new ManualClock();
    let mode: 'error' | 'hang' | 'garbage' = 'error';
    const m = monitor(clock, (_url, init) =>
      mode === 'error'
        ? Promise.resolve({ status: 503, headers: { get: () => null }, text: async () => '' })
        : mode === 'garbage'
          ? Promise.resolve({ status: 200, headers: { get: () => null }, text: async () => '{"status":"maybe"}' })
          : new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    expect((await m.check()).reason).toBe('the platform answered HTTP 503');
    mode = 'garbage';
    expect((await m.check()).reason).toContain('does not match the API');
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
