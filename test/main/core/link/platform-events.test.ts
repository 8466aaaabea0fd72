// The platform's event stream as the core listens to it: against the real reference platform over
// HTTP (typed events, resume with Last-Event-ID after a cut), and against a scripted stream (bad
// events skipped, a listener's failure contained, back-off doubling with jitter on the manual clock,
// a silent connection dropped, a resync when the platform cannot replay).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlatformEvents, fetchStream, type StreamFetch, type StreamResponseLike } from '../../../../main/core/link/platform-events.ts';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { PlatformClient, type Credentials } from '../../../../main/platform-client/client.ts';
import { startPlatform, type RunningPlatform } from '../../../../platform/server.ts';
import { flushMicrotasks, ManualClock } from '../../../support/manual-clock.ts';

const CREDS: Credentials = { terminalId: 'k1', credential: 'c'.repeat(43) };
const at = '2026-11-24T02:00:00.000Z';
const call = (state: string, extra: Record<string, unknown> = {}) => ({
  id: 'call-1',
  terminalId: 'k1',
  place: '',
  reason: 'reading',
  state,
  createdAt: at,
  acknowledgedAt: null,
  acknowledgedBy: null,
  cancelledAt: null,
  resolvedAt: null,
  ...extra,
});
const frame = (id: string, data: unknown, event = 'message') => `id: ${id}\nevent: ${event}\ndata: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;

/** A scripted connection: chunks pushed by the test, ended or broken on demand. */
class Script {
  readonly chunks: (string | Error | null)[] = [];
  #wake: (() => void) | null = null;
  push(c: string | Error | null) {
    this.chunks.push(c);
    this.#wake?.();
  }
  response(signal: AbortSignal): StreamResponseLike {
    return { status: 200, body: this.#body(signal) };
  }
  async *#body(signal: AbortSignal): AsyncGenerator<Uint8Array> {
    for (;;) {
      while (this.chunks.length === 0) {
        await new Promise<void>((resolve, reject) => {
          this.#wake = resolve;
          signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
        });
      }
      const c = this.chunks.shift()!;
      if (c === null) return;
      if (c instanceof Error) throw c;
      yield new TextEncoder().encode(c);
    }
  }
}

function scripted(answers: (Script | number)[]) {
  const calls: { headers: Record<string, string>; at: number }[] = [];
  let clock: ManualClock | null = null;
  const fetch: StreamFetch = async (_url, init) => {
    calls.push({ headers: init.headers, at: clock?.now() ?? 0 });
    const next = answers.shift();
    if (next === undefined) return { status: 503, body: null };
    if (typeof next === 'number') return { status: next, body: null };
    return next.response(init.signal);
  };
  return { fetch, calls, useClock: (c: ManualClock) => (clock = c) };
}

function events(clock: ManualClock, fetch: StreamFetch, random: () => number = () => 0.5, over: Partial<ConstructorParameters<typeof PlatformEvents>[0]> = {}) {
  const log = new EventLog(clock);
  const e = new PlatformEvents({ baseUrl: 'http://platform.test/', credentials: () => CREDS, fetch, clock, random, log: log.for('platform.events'), backoff: { firstMs: 1000, maxMs: 8000 }, ...over });
  return { e, log };
}

let stop: (() => Promise<void>) | null = null;
afterEach(async () => {
  await stop?.();
  stop = null;
});

describe('PlatformEvents over a scripted stream', () => {
  it('hands each event to its listeners parsed; skips bad data, wrong shapes and unknown types; contains a failing listener', async () => {
    const clock = new ManualClock();
    const s = new Script();
    const { fetch } = scripted([s]);
    const { e, log } = events(clock, fetch);
    stop = () => e.stop();
    const got: string[] = [];
    e.on('helpAcknowledged', () => {
      throw new Error('a listener bug');
    });
    e.on('helpAcknowledged', (ev) => got.push(`${ev.type}:${ev.call.acknowledgedBy}`));
    e.on('helpCancelled', (ev) => got.push(`${ev.type}:${ev.call.state}`));
    e.start();
    await vi.waitFor(() => expect(e.state.state).toBe('connected'));
    s.push(': keep-alive\n\n');
    s.push(frame('a-1', '{not json'));
    s.push(frame('a-2', { type: 'helpAcknowledged', at, call: call('acknowledged', { acknowledgedBy: 42 }) }));
    s.push(frame('a-3', { at, nothing: 'no type' }));
    s.push(frame('a-4', { type: 'ticketCalled', at, number: 'A001' }));
    // A good event split across chunks, with CR LF line ends.
    const good = frame('a-5', { type: 'helpAcknowledged', at, call: call('acknowledged', { acknowledgedBy: '王芳', acknowledgedAt: at }) }).replace(/\n/g, '\r\n');
    s.push(good.slice(0, 17));
    s.push(good.slice(17));
    s.push(frame('a-6', { type: 'helpCancelled', at, call: call('cancelled', { cancelledAt: at }) }));
    await vi.waitFor(() => expect(got).toEqual(['helpAcknowledged:王芳', 'helpCancelled:cancelled']));
    expect(e.state.lastEventId).toBe('a-6');
    const warnings = log.recent(50).filter((l) => l.level !== 'info').map((l) => l.message);
    expect(warnings).toEqual([
      'platform event skipped: its data is not JSON',
      'platform event skipped: it does not match its schema',
      'platform event skipped: no type and time',
      'a listener of platform events failed',
    ]);
    expect(e.state.state).toBe('connected');
  });

  it('reconnects after a doubling back-off with jitter (to the ceiling), resets it once connected, and resumes with Last-Event-ID', async () => {
    const clock = new ManualClock();
    const first = new Script();
    const later = new Script();
    const { fetch, calls, useClock } = scripted([first, 503, 503, 503, 503, later]);
    useClock(clock);
    const randoms = [0, 1, 0.5, 0, 1];
    const { e } = events(clock, fetch, () => randoms.shift() ?? 0);
    stop = () => e.stop();
    const resyncs: number[] = [];
    e.onResync(() => resyncs.push(clock.now()));
    e.start();
    await vi.waitFor(() => expect(e.state.state).toBe('connected'));
    expect(resyncs).toHaveLength(1);
    first.push(frame('ep-7', { type: 'helpCalled', at, call: call('waiting') }));
    await vi.waitFor(() => expect(e.state.lastEventId).toBe('ep-7'));
    first.push(new Error('socket hang up'));
    await vi.waitFor(() => expect(e.state.state).toBe('connecting'));
    expect(e.state.reason).toBe('socket hang up');
    // Waits: step 1 s (random 0: half of it), 2 s (random 1: all), 4 s (0.5: three quarters), 8 s (0: half), 8 s ceiling (1: all).
    const waits = [500, 2000, 3000, 4000, 8000];
    for (const wait of waits) {
      const before = calls.length;
      const t0 = clock.now();
      expect(e.state.reconnectAt).toBe(new Date(t0 + wait).toISOString());
      await clock.advanceAsync(wait - 1);
      expect(calls.length).toBe(before);
      await clock.advanceAsync(1);
      await vi.waitFor(() => expect(calls.length).toBe(before + 1));
      if (wait !== 8000) await vi.waitFor(() => expect(e.state.reconnectAt).not.toBe(new Date(t0 + wait).toISOString()));
    }
    await vi.waitFor(() => expect(e.state.state).toBe('connected'));
    // Every attempt resumed after the last event seen; a resumed connection needs no resync.
    expect(calls.slice(1).every((c) => c.headers['last-event-id'] === 'ep-7')).toBe(true);
    expect(calls[0]!.headers['last-event-id']).toBeUndefined();
    expect(resyncs).toHaveLength(1);
    // Connected again: the next break starts from the first step.
    later.push(null);
    await vi.waitFor(() => expect(e.state.state).toBe('connecting'));
    expect(Date.parse(e.state.reconnectAt!) - clock.now()).toBe(500);
  });

  it('tells the parts to resync when the platform says it cannot replay', async () => {
    const clock = new ManualClock();
    const first = new Script();
    const second = new Script();
    const { fetch, calls } = scripted([first, second]);
    const { e } = events(clock, fetch, () => 0);
    stop = () => e.stop();
    let resyncs = 0;
    e.onResync(() => resyncs++);
    e.start();
    await vi.waitFor(() => expect(resyncs).toBe(1));
    first.push(frame('x-1', { type: 'helpCalled', at, call: call('waiting') }));
    first.push(null);
    await vi.waitFor(() => expect(e.state.state).toBe('connecting'));
    await clock.advanceAsync(500);
    await vi.waitFor(() => expect(e.state.state).toBe('connected'));
    expect(calls[1]!.headers['last-event-id']).toBe('x-1');
    second.push(frame('y-3', { type: 'resync', at }, 'resync'));
    await vi.waitFor(() => expect(resyncs).toBe(2));
  });

  it('drops a connection that stays silent past the keep-alive and opens another', async () => {
    const clock = new ManualClock();
    const { fetch, calls } = scripted([new Script(), new Script()]);
    const { e } = events(clock, fetch, () => 0, { silenceMs: 45_000 });
    stop = () => e.stop();
    e.start();
    await vi.waitFor(() => expect(e.state.state).toBe('connected'));
    await clock.advanceAsync(44_999);
    expect(e.state.state).toBe('connected');
    await clock.advanceAsync(1);
    await vi.waitFor(() => expect(e.state.reason).toBe('nothing from the platform for 45 s'));
    await clock.advanceAsync(500);
    await vi.waitFor(() => expect(calls).toHaveLength(2));
  });

  it('waits while the terminal is not enrolled, and says why; stops cleanly with nothing left on the clock', async () => {
    const clock = new ManualClock();
    const { fetch, calls } = scripted([]);
    const { e } = events(clock, fetch, () => 0, { credentials: () => null });
    e.start();
    await vi.waitFor(() => expect(e.state.reason).toBe('this terminal is not enrolled with the platform yet'));
    expect(calls).toHaveLength(0);
    await e.stop();
    expect(e.state.state).toBe('off');
    expect(clock.pending).toBe(0);
  });
});

describe('PlatformEvents against the reference platform over HTTP', () => {
  let platform: RunningPlatform;
  afterEach(async () => {
    await platform?.close();
  });

  it('gets help events typed; after a cut it resumes with Last-Event-ID and receives what it missed', async () => {
    const clock = new ManualClock(Date.parse('2026-11-24T10:00:00+08:00'));
    platform = await startPlatform({ clock, version: 't' });
    const client = new PlatformClient({ baseUrl: platform.url, fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, credentials: () => null });
    const enrolled = await client.call('terminals.enrol', { body: { code: await platform.platform.auth.issueEnrolmentCode('k1', 'kiosk'), terminalId: 'k1', role: 'kiosk', version: 't' } });
    if (!enrolled.ok || enrolled.value.notModified) throw new Error('enrol');
    const creds = { terminalId: 'k1', credential: enrolled.value.value.credential };
    // The real fetch, with a way to cut the connection under the listener.
    const cuts: AbortController[] = [];
    const headersSent: Record<string, string>[] = [];
    const cuttable: StreamFetch = (url, init) => {
      const cut = new AbortController();
      cuts.push(cut);
      headersSent.push(init.headers);
      return fetchStream(url, { ...init, signal: AbortSignal.any([init.signal, cut.signal]) });
    };
    const log = new EventLog(clock);
    const e = new PlatformEvents({ baseUrl: platform.url, credentials: () => creds, fetch: cuttable, clock, random: () => 0, log: log.for('platform.events') });
    stop = () => e.stop();
    const got: string[] = [];
    e.on('helpCalled', (ev) => got.push(`called ${ev.call.reason}`));
    e.on('helpAcknowledged', (ev) => got.push(`acknowledged by ${ev.call.acknowledgedBy}`));
    let resyncs = 0;
    e.onResync(() => resyncs++);
    e.start();
    await vi.waitFor(() => expect(e.state.state).toBe('connected'));
    const made = await platform.platform.help.call('k1', 'reading', '一楼');
    await vi.waitFor(() => expect(got).toEqual(['called reading']));
    const seen = e.state.lastEventId!;
    expect(seen).toMatch(/^.+-1$/);

    cuts[0]!.abort();
    await vi.waitFor(() => expect(e.state.state).toBe('connecting'));
    // While the terminal is away, staff acknowledge.
    await platform.platform.help.acknowledge(made.id, '王芳');
    await flushMicrotasks();
    await clock.advanceAsync(500);
    await vi.waitFor(() => expect(got).toEqual(['called reading', 'acknowledged by 王芳']));
    expect(headersSent[1]!['last-event-id']).toBe(seen);
    expect(resyncs).toBe(1);
  });

  it('is told to resync when it resumes after an id of another platform process', async () => {
    const clock = new ManualClock();
    platform = await startPlatform({ clock, version: 't' });
    const client = new PlatformClient({ baseUrl: platform.url, fetch: (u, i) => fetch(u, i), clock, timeoutMs: 3000, credentials: () => null });
    const enrolled = await client.call('terminals.enrol', { body: { code: await platform.platform.auth.issueEnrolmentCode('k1', 'kiosk'), terminalId: 'k1', role: 'kiosk', version: 't' } });
    if (!enrolled.ok || enrolled.value.notModified) throw new Error('enrol');
    const abort = new AbortController();
    const res = await fetchStream(`${platform.url}api/v1/queue/events`, {
      headers: { 'x-terminal-id': 'k1', authorization: `Bearer ${enrolled.value.value.credential}`, 'last-event-id': 'gone-41' },
      signal: abort.signal,
    });
    expect(res.status).toBe(200);
    let text = '';
    for await (const chunk of res.body!) {
      text += new TextDecoder().decode(chunk);
      if (text.includes('event: resync')) break;
    }
    abort.abort();
    expect(text).toMatch(/event: resync\ndata: \{"type":"resync"/);
  });
});
