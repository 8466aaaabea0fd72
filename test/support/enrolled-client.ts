// A terminal's Hall Platform API client enrolled with a running reference platform (a one-time code
// issued for it, exchanged for its credential), over an in-memory terminal store: for platform tests
// that call the API as a terminal of a given role would; `hall` enrols it into that hall (default `default`).
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { roles } from '../../domain/terminal.ts';
import { EventLog } from '../../main/core/system/event-log.ts';
import { PlatformSession } from '../../main/core/link/platform-session.ts';
import { MetaRepo, openDatabase, sealedBox } from '../../main/store/index.ts';
import type { RunningPlatform } from '../../platform/server.ts';
import type { ManualClock } from './manual-clock.ts';

export async function enrolledClient(platform: RunningPlatform, clock: ManualClock, id: string, role: (typeof roles)[number], hall?: string) {
  const db = openDatabase(':memory:');
  const session = new PlatformSession({ baseUrl: platform.url, terminalId: id, role, version: 't', fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, meta: new MetaRepo(db), box: sealedBox(randomBytes(32)), log: new EventLog(clock).for('p') });
  expect((await session.enrol(await platform.platform.auth.issueEnrolmentCode(id, role, hall === undefined ? {} : { hall }))).ok).toBe(true);
  return session.client;
}
