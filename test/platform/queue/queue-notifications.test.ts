// One listen per process for the queue's notifications (queue-notifications.ts): however many halls'
// services HallQueues has made, the storage is listened to once, each notification reaches the
// services of its own hall and every-hall listeners with its hall, and nothing after close.
import { afterAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../support/manual-clock.ts';
import { HallQueues } from '../../../platform/queue/hall-queues.ts';
import { QUEUE_CHANNEL } from '../../../platform/queue/queue-context.ts';
import { QueueNotifications } from '../../../platform/queue/queue-notifications.ts';
import type { QueueEvent } from '../../../platform/queue/types.ts';
import type { Storage } from '../../../platform/store/storage.ts';
import { closeStorageKinds, storageKinds, until } from '../../support/storage-kinds.ts';

afterAll(closeStorageKinds);

/** The storage with its listens counted (the calls, and the handlers in place now). */
function counted(storage: Storage): { storage: Storage; listens: () => number; live: () => number } {
  let listens = 0;
  let live = 0;
  const listen: Storage['listen'] = async (channel, handler) => {
    if (channel === QUEUE_CHANNEL) listens++;
    const off = await storage.listen(channel, handler);
    if (channel === QUEUE_CHANNEL) live++;
    return async () => {
      if (channel === QUEUE_CHANNEL) live--;
      await off();
    };
  };
  // A proxy, not a copy: the storage's methods keep their own object (its private fields).
  const wrapped = new Proxy(storage, {
    get(target, key) {
      if (key === 'listen') return listen;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { storage: wrapped, listens: () => listens, live: () => live };
}

const called = (ticket: string): QueueEvent => ({ type: 'ticketCalled', ticket: { id: ticket } }) as unknown as QueueEvent;
const send = (storage: Storage, hall: string, events: QueueEvent[]) => storage.transaction((tx) => tx.notify(QUEUE_CHANNEL, JSON.stringify({ hall, events })));

describe.each(storageKinds)('queue notifications on $name', (kind) => {
  it.skipIf(kind.skip)('listens once for every hall and hands each notification to its own hall and to every-hall listeners', async () => {
    const { storage, listens, live } = counted(await kind.open());
    const queues = new HallQueues(storage, new ManualClock(Date.UTC(2026, 11, 8, 2)), { idSecret: 'queue-notifications-test-secret', reportError: (e) => expect.fail(String(e)) });
    const heard: Record<string, string[]> = { east: [], west: [], north: [] };
    for (const hall of Object.keys(heard)) {
      queues.of(hall).subscribe((e) => heard[hall]!.push((e as unknown as { ticket: { id: string } }).ticket.id));
      await queues.of(hall).ready();
    }
    const all: string[] = [];
    await queues.listenAll((events, hall) => all.push(...events.map((e) => `${hall}:${(e as unknown as { ticket: { id: string } }).ticket.id}`)));
    expect(listens()).toBe(1);

    await send(storage, 'east', [called('e1'), called('e2')]);
    await send(storage, 'west', [called('w1')]);
    await send(storage, 'south', [called('s1')]); // a hall whose service this process never made
    await until(() => all.length === 4, 'every hall listener hearing the four events');
    expect(heard).toEqual({ east: ['e1', 'e2'], west: ['w1'], north: [] });
    expect(all).toEqual(['east:e1', 'east:e2', 'west:w1', 'south:s1']);

    await queues.close();
    expect(live()).toBe(0);
  });

  it.skipIf(kind.skip)('reports a notification that is not JSON and goes on with the next', async () => {
    const storage = await kind.open();
    const reported: string[] = [];
    const notes = new QueueNotifications(storage, (e) => reported.push((e as Error).message));
    const heard: string[] = [];
    await notes.feedOf('east')((events) => heard.push(...events.map((e) => (e as unknown as { ticket: { id: string } }).ticket.id)));
    await storage.transaction((tx) => tx.notify(QUEUE_CHANNEL, '{not json'));
    await send(storage, 'east', [called('e1')]);
    await until(() => heard.length === 1, 'the event after the bad notification');
    expect(reported).toEqual([expect.stringContaining('a queue notification that is not JSON ({not json)')]);
    await notes.close();
  });

  it.skipIf(kind.skip)('a feed unsubscribed hears nothing more, while the hall’s other listeners still do', async () => {
    const storage = await kind.open();
    const notes = new QueueNotifications(storage, (e) => expect.fail(String(e)));
    const first: string[] = [];
    const second: string[] = [];
    const id = (events: readonly QueueEvent[]) => events.map((e) => (e as unknown as { ticket: { id: string } }).ticket.id);
    const offFirst = await notes.feedOf('east')((events) => first.push(...id(events)));
    await notes.feedOf('east')((events) => second.push(...id(events)));
    await send(storage, 'east', [called('e1')]);
    await until(() => second.length === 1, 'both listeners hearing e1');
    await offFirst();
    await send(storage, 'east', [called('e2')]);
    await until(() => second.length === 2, 'the remaining listener hearing e2');
    expect(first).toEqual(['e1']);
    expect(second).toEqual(['e1', 'e2']);
    await notes.close();
  });
});
