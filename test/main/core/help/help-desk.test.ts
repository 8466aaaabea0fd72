// The kiosk's help desk against the real reference platform over HTTP, with the event stream stood in
// by a hand-driven emitter: calling, one call at a time, staff's acknowledgement arriving as an event
// (another kiosk's ignored), catching up after a resync, offline (a clear refusal, nothing kept half),
// a cancel sent later when the platform is back, and the visit's end cancelling an open call.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema } from '../../../../config/schema/index.ts';
import type { HelpState } from '../../../../main/contract/index.ts';
import { HelpDesk } from '../../../../main/core/help/help-desk.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import type { Credentials } from '../../../../main/platform-client/client.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { flushMicrotasks, ManualClock } from '../../../support/manual-clock.ts';
import { FakePlatformEvents } from '../../../support/fake-platform-events.ts';
import { clientWhileUp } from '../../../support/client-while-up.ts';

const config = configSchema.parse({ terminal: { id: 'k1', role: 'kiosk', hallName: '明湖区政务服务中心', hallArea: '一楼 A 区' }, help: { deskPlace: '一楼咨询台' } });

let platform: RunningPlatform;
let clock: ManualClock;
let creds: Credentials;
let up: boolean;
let events: FakePlatformEvents;
let states: HelpState[];
let desk: HelpDesk;
let keys: string[];

beforeEach(async () => {
  clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
  platform = await startPlatform({ clock, version: 't' });
  up = true;
  const client = clientWhileUp({ baseUrl: platform.url, clock, up: () => up, credentials: () => creds ?? null });
  const r = await client.call('terminals.enrol', { body: { code: await platform.platform.auth.issueEnrolmentCode('k1', 'kiosk'), terminalId: 'k1', role: 'kiosk', version: 't' } });
  if (!r.ok || r.value.notModified) throw new Error('enrol');
  creds = { terminalId: 'k1', credential: r.value.value.credential };
  events = new FakePlatformEvents();
  states = [];
  keys = [];
  let n = 0;
  desk = new HelpDesk({ client, events, config, clock, log: new EventLog(clock).for('help'), newKey: () => (keys.push(`key-${++n}-help`), keys.at(-1)!), onChange: (s) => states.push(s) });
});
afterEach(async () => {
  await platform.close();
});

describe('HelpDesk', () => {
  it('calls with the kiosk place, once: a second call answers the open one', async () => {
    const r = await desk.call('reading');
    expect(r.ok && r.value).toMatchObject({ call: { terminalId: 'k1', place: '一楼 A 区', reason: 'reading', state: 'waiting' }, live: true, deskPlace: '一楼咨询台', waitSeconds: 600 });
    const again = await desk.call('other');
    expect(again.ok && again.value.call?.reason).toBe('reading');
    expect(await platform.platform.help.open()).toHaveLength(1);
    expect(states.map((s) => s.call?.state)).toEqual(['waiting']);
  });

  it("takes staff's acknowledgement from the event stream, and ignores another kiosk's call", async () => {
    await desk.call('reading');
    const other = await platform.platform.help.call('k2', 'other', '');
    const mine = desk.state().call!;
    const acked = await platform.platform.help.acknowledge(mine.id, '王芳');
    events.deliver({ type: 'helpAcknowledged', at: acked.acknowledgedAt!, call: { ...acked, id: other.id, terminalId: 'k2' } });
    expect(desk.state().call?.state).toBe('waiting');
    events.deliver({ type: 'helpAcknowledged', at: acked.acknowledgedAt!, call: acked });
    expect(desk.state().call).toMatchObject({ state: 'acknowledged', acknowledgedBy: '王芳' });
    expect(states.at(-1)?.call?.state).toBe('acknowledged');
  });

  it('catches up with the platform when the stream says events were missed', async () => {
    await desk.call('reading');
    await platform.platform.help.acknowledge(desk.state().call!.id, '李娜');
    for (const l of events.resyncs) l();
    await waitFor(() => desk.state().call?.state === 'acknowledged');
    expect(desk.state().call?.acknowledgedBy).toBe('李娜');
  });

  it('offline: a clear refusal and nothing kept or pushed', async () => {
    up = false;
    const r = await desk.call('reading');
    expect(r).toMatchObject({ ok: false, error: { code: 'platform.offline' } });
    expect(desk.state().call).toBeNull();
    expect(states).toEqual([]);
  });

  it('a cancel that cannot be sent shows at once and is sent, with the same key, when the platform is back', async () => {
    await desk.call('reading');
    const id = desk.state().call!.id;
    up = false;
    const r = await desk.cancel();
    expect(r.ok && r.value.call?.state).toBe('cancelled');
    expect((await platform.platform.help.get(id)).state).toBe('waiting');
    // An older event meanwhile does not bring the call back on this screen.
    events.deliver({ type: 'helpCalled', at: '2026-11-24T02:00:00.000Z', call: await platform.platform.help.get(id) });
    expect(desk.state().call?.state).toBe('cancelled');
    up = true;
    await desk.refresh();
    expect((await platform.platform.help.get(id)).state).toBe('cancelled');
    // One cancel key, used for the failed try and the one that went through.
    expect(keys).toHaveLength(2);
    expect(await desk.cancel()).toMatchObject({ ok: false, error: { code: 'help.notFound' } });
  });

  it('when the visit ends, an open call is cancelled and forgotten; the next citizen starts afresh', async () => {
    await desk.call('fillingForm');
    const id = desk.state().call!.id;
    desk.visitEnded();
    await waitFor(() => desk.state().call === null);
    expect((await platform.platform.help.get(id)).state).toBe('cancelled');
    expect(states.at(-1)?.call).toBeNull();
  });
});

async function waitFor(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) {
    await flushMicrotasks();
  }
  expect(check()).toBe(true);
}
