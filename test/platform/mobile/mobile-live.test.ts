// The ticket page's live stream over real HTTP: the live section is sent at once and again each time
// it changes (never when it did not), and an unknown ticket gets no stream.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startPlatform, type RunningPlatform } from '../../../platform/server.ts';
import { seedReferencePlatform } from '../../../platform/seeding.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { listenSse } from '../../support/sse-listen.ts';
import { platformDatabase } from '../../support/platform-database.ts';
import { until as untilHeld } from '../../support/storage-kinds.ts';

let platform: RunningPlatform;

beforeEach(async () => {
  const clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  platform = await startPlatform({ ...(await platformDatabase()), clock, version: 't', seed: (p) => seedReferencePlatform(p, '2026-11-24') });
});
afterEach(async () => {
  await platform.close();
});

async function listen(path: string): Promise<{ status: number; type: string; sections: () => string[]; close: () => void }> {
  const s = await listenSse(`${platform.url}${path.slice(1)}`);
  return { status: s.status, type: s.type, sections: () => s.events().filter((e) => e.event === 'live').map((e) => e.data), close: s.close };
}

/** The page's stream is fed by the queue's notifications: on PostgreSQL they come over a connection, so wait in real time, not a number of ticks. */
const until = (f: () => boolean) => untilHeld(f, 'the live section');

it('streams the live section at once, on each change, and only on a change', async () => {
  const q = platform.platform.queue;
  const mine = await q.issueTicket({ categoryId: 'tax', channel: 'kiosk', terminalId: 'k1' });
  if (!mine.ok) throw new Error(mine.error.message);
  const s = await listen(`/m/ticket/${mine.value.id}/live?lang=en`);
  expect(s.status).toBe(200);
  expect(s.type).toContain('text/event-stream');
  await until(() => s.sections().length === 1);
  expect(s.sections()[0]).toContain('You are next');
  // Another business's ticket changes nothing on this page: nothing is sent.
  await q.issueTicket({ categoryId: 'general', channel: 'kiosk', terminalId: 'k1' });
  const w = (await q.configuration()).windows.find((x) => x.categoryIds[0] === 'tax' && x.staffId !== null)!;
  await q.callNext(w.id);
  await until(() => s.sections().length === 2);
  expect(s.sections()[1]).toContain(`Please go to window ${Number(w.number)}`);
  expect(s.sections()[1]).toContain('data-state="called"');
  await q.finish({ windowId: w.id });
  await until(() => s.sections().length === 3);
  expect(s.sections()[2]).toContain('data-testid="rate"');
  s.close();
});

it('an unknown ticket gets a 404 page, not a stream', async () => {
  const s = await listen('/m/ticket/3b241101-e2bb-4255-8caf-4136c566a962/live');
  expect(s.status).toBe(404);
  expect(s.type).toContain('text/html');
  s.close();
});

it('a phone that keeps its page open does not keep the platform from stopping', async () => {
  const mine = await platform.platform.queue.issueTicket({ categoryId: 'tax', channel: 'kiosk', terminalId: 'k1' });
  if (!mine.ok) throw new Error(mine.error.message);
  const s = await listen(`/m/ticket/${mine.value.id}/live`);
  await until(() => s.sections().length === 1);
  // Without ending the stream, close() would wait for the phone forever (and this test time out).
  await platform.close();
  expect(s.sections()).toHaveLength(1);
  // afterEach closes again: a second close must be harmless.
  platform = { ...platform, close: async () => {} };
});
