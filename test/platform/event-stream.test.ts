// The live queue stream over real HTTP: authenticated, one SSE event per change, no personal data.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlatformClient } from '../../main/platform-client/client.ts';
import { zhangWei } from '../../devices/idcard/test-identities.ts';
import { businessCategories, staff, windows } from '../../platform/seed/index.ts';
import { startPlatform, type RunningPlatform } from '../../platform/server.ts';
import { ManualClock } from '../support/manual-clock.ts';
import { listenSse } from '../support/sse-listen.ts';
import { platformDatabase } from '../support/platform-database.ts';

let platform: RunningPlatform;
let clock: ManualClock;
let credential: string;

beforeEach(async () => {
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  platform = await startPlatform({ ...(await platformDatabase()), clock, version: 't' });
  const allDay = [{ weekdays: [1, 2, 3, 4, 5, 6, 7], periods: [{ from: '00:00', to: '23:59' }] }];
  const r = await platform.platform.queue.configure({ categories: businessCategories.map((c) => ({ ...c, hours: allDay, slotQuotas: [] })), windows, staff });
  if (!r.ok) throw new Error(r.error.message);
  const anon = new PlatformClient({ baseUrl: platform.url, fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, credentials: () => null });
  const e = await anon.call('terminals.enrol', { body: { code: await platform.platform.auth.issueEnrolmentCode('screen-1', 'display'), terminalId: 'screen-1', role: 'display', version: 't' } });
  if (!e.ok || e.value.notModified) throw new Error('enrol');
  credential = e.value.value.credential;
});
afterEach(async () => {
  await platform.close();
});

/** Opens the stream and collects `event:`/`data:` pairs until `count` arrived. */
async function listen(headers: Record<string, string>): Promise<{ status: number; events: () => { event: string; data: Record<string, unknown> }[]; close: () => void }> {
  const s = await listenSse(`${platform.url}api/v1/queue/events`, headers);
  return { status: s.status, events: () => s.events().map((e) => ({ event: e.event, data: JSON.parse(e.data) as Record<string, unknown> })), close: s.close };
}

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
}

describe('GET /api/v1/queue/events', () => {
  it('refuses a listener without a credential', async () => {
    const s = await listen({});
    expect(s.status).toBe(401);
    s.close();
  });

  it('streams issue, call and counts as they happen, without the ID tail', async () => {
    const s = await listen({ 'x-terminal-id': 'screen-1', authorization: `Bearer ${credential}` });
    expect(s.status).toBe(200);
    const a = businessCategories.find((c) => c.prefix === 'A')!;
    const issued = await platform.platform.queue.issueTicket({ categoryId: a.id, channel: 'kiosk', terminalId: 'k1', idNumber: zhangWei.idNumber });
    expect(issued.ok).toBe(true);
    const window = windows.find((w) => w.categoryIds.includes(a.id) && w.staffId !== null)!;
    expect((await platform.platform.queue.callNext(window.id)).ok).toBe(true);
    await until(() => s.events().some((e) => e.event === 'ticketCalled'));
    const types = s.events().map((e) => e.event);
    expect(types).toEqual(expect.arrayContaining(['ticketIssued', 'countsChanged', 'ticketCalled']));
    const called = s.events().find((e) => e.event === 'ticketCalled')!.data;
    expect(called).toMatchObject({ number: issued.ok ? issued.value.number : '', windowNumber: window.number });
    expect(JSON.stringify(s.events())).not.toContain(zhangWei.idNumber.slice(-6));
    s.close();
  });
});
