// The event stream's ids and resumption (platform/http/event-stream.ts) with a database-wide order,
// as on PostgreSQL (the storage's `delivering()`), without a database: two streams (two platform
// processes) fed the same notifications give the same ids, so a client resumes on either; several
// events of one notification get one id each; notifications lost (the listen connection cut) send a
// resync to the open streams and the ids from before cannot be resumed from; without an order (SQLite)
// the ids stay `<epoch>-<seq>`.
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerEventStream, type StreamEvent } from '../../../platform/http/event-stream.ts';
import type { TerminalAuth } from '../../../platform/http/terminal-auth.ts';
import { ManualClock } from '../../support/manual-clock.ts';
import { listenSse, type SseListener } from '../../support/sse-listen.ts';
import { until } from '../../support/storage-kinds.ts';

/** A storage's notifications as both processes receive them: the same ids, in the same order. */
class Notifications {
  current: string | null = null;
  readonly #sources = new Set<(e: StreamEvent, hall: string | null) => void>();
  readonly #lost = new Set<() => void>();
  source = (l: (e: StreamEvent, hall: string | null) => void) => (this.#sources.add(l), () => void this.#sources.delete(l));
  order = { delivering: () => this.current, onNotificationsLost: (fn: () => void) => (this.#lost.add(fn), () => void this.#lost.delete(fn)) };
  deliver(id: string | null, ...types: string[]) {
    this.current = id;
    for (const type of types) for (const l of [...this.#sources]) l({ type, at: '2026-11-24T02:00:00.000Z' }, 'default');
    this.current = null;
  }
  lose() {
    for (const fn of [...this.#lost]) fn();
  }
}

const apps: FastifyInstance[] = [];
const streams: SseListener[] = [];
afterEach(async () => {
  for (const s of streams.splice(0)) s.close();
  for (const a of apps.splice(0)) await a.close();
});

async function platformProcess(notes: Notifications, withOrder = true): Promise<string> {
  const app = Fastify({ logger: false });
  const auth = { verify: async () => ({ terminalId: 'd1', hall: 'default' }) } as unknown as TerminalAuth;
  registerEventStream(app, '/events', { auth, sources: [notes.source], clock: new ManualClock(0), epoch: 'ep', ...(withOrder ? { order: notes.order } : {}) });
  apps.push(app);
  return app.listen({ port: 0, host: '127.0.0.1' });
}

async function open(base: string, lastId?: string): Promise<SseListener> {
  const s = await listenSse(`${base}/events`, lastId === undefined ? {} : { 'last-event-id': lastId });
  streams.push(s);
  return s;
}

describe('event ids across processes', () => {
  it('gives each event the database-wide id, so a client resumes on another process', async () => {
    const notes = new Notifications();
    const [a, b] = [await platformProcess(notes), await platformProcess(notes)];
    const onA = await open(a);
    notes.deliver('700.0', 'ticketIssued', 'countsChanged');
    notes.deliver('701.0', 'ticketCalled');
    await until(() => onA.events().length === 3, 'three events on a');
    expect(onA.events().map((e) => [e.id, e.event])).toEqual([
      ['700.0.0', 'ticketIssued'],
      ['700.0.1', 'countsChanged'],
      ['701.0.0', 'ticketCalled'],
    ]);
    const onB = await open(b, '700.0.0');
    await until(() => onB.events().length === 2, 'the catch-up on b');
    expect(onB.events().map((e) => e.id)).toEqual(['700.0.1', '701.0.0']);
    // Resumed at the newest: nothing to send, no resync.
    const upToDate = await open(b, '701.0.0');
    notes.deliver('702.1', 'helpCalled');
    await until(() => upToDate.events().length === 1, 'the live event');
    expect(upToDate.events().map((e) => [e.id, e.event])).toEqual([['702.1.0', 'helpCalled']]);
  });

  it('after notifications were lost: a resync to every open stream, and an older id resyncs', async () => {
    const notes = new Notifications();
    const a = await platformProcess(notes);
    const open1 = await open(a);
    notes.deliver('10.0', 'ticketIssued');
    await until(() => open1.events().length === 1, 'the first event');
    notes.lose();
    await until(() => open1.events().length === 2, 'the resync');
    expect(open1.events()[1]!.event).toBe('resync');
    const late = await open(a, '10.0.0');
    await until(() => late.events().length === 1, 'the resync of a late resume');
    expect(late.events()[0]!.event).toBe('resync');
    // From the next notification on, ids resume again.
    notes.deliver('11.0', 'ticketCalled');
    const again = await open(a, '11.0.0');
    notes.deliver('12.0', 'ticketFinished');
    await until(() => again.events().length === 1, 'the live event after the resume');
    expect(again.events()[0]!.event).toBe('ticketFinished');
  });

  it('keeps <epoch>-<seq> without an order (SQLite, one process): resumable here, a resync elsewhere', async () => {
    const notes = new Notifications();
    const [a, b] = [await platformProcess(notes, false), await platformProcess(notes, false)];
    const onA = await open(a);
    notes.deliver(null, 'ticketIssued', 'ticketCalled');
    await until(() => onA.events().length === 2, 'two events');
    expect(onA.events().map((e) => e.id)).toEqual(['ep-1', 'ep-2']);
    const here = await open(a, 'ep-1');
    await until(() => here.events().length === 1, 'the catch-up');
    expect(here.events()[0]!.id).toBe('ep-2');
    const elsewhere = await open(b, 'gone-1');
    await until(() => elsewhere.events().length === 1, 'the resync');
    expect(elsewhere.events()[0]!.event).toBe('resync');
  });
});
