// The platform's view of its terminals' health: the latest heartbeat per terminal through the API
// (supervision.terminals), and a heartbeat that does not fit the schema refused with what was wrong.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { enrolledClient } from '../support/enrolled-client.ts';
import { platformDatabase } from '../support/platform-database.ts';

let clock: ManualClock;
let platform: RunningPlatform;

beforeEach(async () => {
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  platform = await startPlatform({ ...(await platformDatabase()), clock, version: 't' });
});
afterEach(() => platform.close());

const client = (id: string) => enrolledClient(platform, clock, id, 'kiosk');

const heartbeat = {
  version: '1.2.3',
  role: 'kiosk' as const,
  devices: [],
  outboxDepth: 2,
  catalogueVersion: 7,
  sentAt: '2026-11-24T02:00:00.000Z',
  uptimeSeconds: 3600,
  paper: 'low' as const,
  catalogueSyncedAt: '2026-11-24T01:55:00.000Z',
  lastErrors: [{ code: 'device.printFailed', source: 'printer', at: '2026-11-24T01:59:00.000Z' }],
  usage: { date: '2026-11-24', counts: { tickets: 12, checkIns: 3, guidesOpened: 20, casesLookedUp: 4, ratings: 5, complaints: 0, formsHandedIn: 1, prints: 6 } },
  remoteConfig: { appliedAt: null, lastRefused: null },
};

describe('supervision.terminals', () => {
  it('lists every enrolled terminal with its latest heartbeat (null before the first)', async () => {
    const k1 = await client('k1');
    await client('k2');
    expect((await k1.call('terminals.heartbeat', { body: { ...heartbeat, outboxDepth: 9 } })).ok).toBe(true);
    clock.advance(60_000);
    expect((await k1.call('terminals.heartbeat', { body: heartbeat })).ok).toBe(true);
    const r = await k1.call('supervision.terminals');
    expect(r.ok && !r.value.notModified && r.value.value.terminals).toEqual([
      { terminalId: 'k1', role: 'kiosk', lastSeenAt: new Date(clock.now()).toISOString(), heartbeat },
      { terminalId: 'k2', role: 'kiosk', lastSeenAt: null, heartbeat: null },
    ]);
  });

  it('refuses a heartbeat that does not fit, saying which field', async () => {
    const k1 = await client('k1');
    const r = await k1.call('terminals.heartbeat', { body: { ...heartbeat, paper: 'half' as never } });
    expect(r.ok).toBe(false);
    expect(!r.ok && JSON.stringify(r.error.details)).toContain('paper');
    expect((await platform.platform.auth.health())[0]!.heartbeat).toBeNull();
  });
});
