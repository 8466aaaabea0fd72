import { describe, expect, it } from 'vitest';
import { IdCardReader, type IdCardReaderOptions } from '../../../devices/idcard/driver.ts';
import { IdCardReaderSimulator, type IdCardReaderSimulatorOptions } from '../../../devices/idcard/simulator.ts';
import { chenJiahao, johnSmith, zhangWei, zhaxiCiren } from '../../../devices/idcard/test-identities.ts';
import type { Identity } from '../../../devices/idcard/types.ts';
import { createMemoryLink } from '../../../devices/transports/memory.ts';
import { ManualClock } from '../../support/manual-clock.ts';

const POLL = 250;

async function setup(options: { sim?: Omit<IdCardReaderSimulatorOptions, 'transport'>; reader?: Omit<IdCardReaderOptions, 'transport' | 'clock'>; start?: boolean } = {}) {
  const link = createMemoryLink('idcard');
  const clock = new ManualClock();
  const sim = new IdCardReaderSimulator({ transport: link.device, clock, ...options.sim });
  await sim.start();
  const bugs: unknown[] = [];
  const reader = new IdCardReader({ transport: link.host, clock, pollIntervalMs: POLL, onBug: (e) => bugs.push(e), ...options.reader });
  const events: string[] = [];
  const inserted: Identity[] = [];
  reader.on('cardInserted', (identity) => {
    inserted.push(identity);
    events.push(`inserted ${identity.name}`);
  });
  reader.on('cardRemoved', (e) => events.push(`removed ${e.cardType}`));
  reader.on('readFailed', (e) => events.push(`readFailed ${e.code}`));
  reader.on('statusChanged', (s) => events.push(s.state === 'error' ? `status error ${s.error.code}` : `status ${s.state}`));
  const started = options.start === false ? null : await reader.start();
  const polls = (n: number): Promise<void> => clock.advanceAsync(n * POLL);
  const sent = (name: string): number => sim.received.filter((r) => r.name === name).length;
  const cardEvents = (): string[] => events.filter((e) => !e.startsWith('status'));
  return { link, clock, sim, reader, events, inserted, bugs, started, polls, sent, cardEvents };
}

const withoutFingerprint = ({ fingerprint: _fp, ...rest }: Identity): Identity => rest;

describe('IdCardReader: start', () => {
  it('checks the SAM, reports ready and polls for a card', async () => {
    const t = await setup();
    expect(t.started).toEqual({ ok: true, value: undefined });
    expect(t.events).toEqual(['status starting', 'status ready']);
    await t.polls(4);
    expect(t.sim.received[0]?.name).toBe('samStatus');
    expect(t.sent('findCard')).toBe(5); // one at once, then one per interval
    expect(t.sent('selectCard')).toBe(0);
  });

  it('reads the SAM id between polls', async () => {
    const t = await setup();
    const id = t.reader.samId();
    await t.polls(1);
    const r = await id;
    expect(r.ok && r.value.text).toBe('05.01-20099183-0012345678-2157608547');
  });
});

describe('IdCardReader: cards', () => {
  it('tells a placed card once, however long it stays, and its removal', async () => {
    const t = await setup();
    t.sim.insertCard(zhangWei);
    await t.polls(1);
    expect(t.inserted).toEqual([withoutFingerprint(zhangWei)]);
    expect(t.reader.hasCard).toBe(true);
    await t.polls(20);
    expect(t.cardEvents()).toEqual(['inserted 张伟']);
    expect(t.sent('readText')).toBe(1);
    t.sim.removeCard();
    await t.polls(1);
    expect(t.cardEvents()).toEqual(['inserted 张伟']); // one miss is not yet a removal
    await t.polls(1);
    expect(t.cardEvents()).toEqual(['inserted 张伟', 'removed resident']);
    expect(t.reader.hasCard).toBe(false);
  });

  it('reads the next card after a removal', async () => {
    const t = await setup({ reader: { removeAfterMisses: 1 } });
    t.sim.insertCard(chenJiahao);
    await t.polls(2);
    t.sim.removeCard();
    await t.polls(2);
    t.sim.insertCard(johnSmith);
    await t.polls(2);
    expect(t.cardEvents()).toEqual(['inserted 陈家豪', 'removed permit', 'inserted 史密斯']);
    expect(t.inserted[1]).toEqual(johnSmith);
  });

  it('works with readers that refuse to select a card they already read', async () => {
    const t = await setup({ sim: { afterRead: 'select-fails' } });
    t.sim.insertCard(zhaxiCiren);
    await t.polls(10);
    // Lifted and put back within one poll: found again, confirmed, not told again.
    t.sim.removeCard();
    await t.polls(1);
    t.sim.insertCard(zhaxiCiren);
    await t.polls(5);
    expect(t.cardEvents()).toEqual(['inserted 扎西次仁']);
    t.sim.removeCard();
    await t.polls(2);
    expect(t.cardEvents()).toEqual(['inserted 扎西次仁', 'removed resident']);
  });

  it('keeps the card when a brief gap cannot be confirmed by a read (select refused)', async () => {
    const t = await setup({ sim: { afterRead: 'select-fails' } });
    t.sim.insertCard(zhangWei);
    await t.polls(2);
    t.sim.missNextFinds(1); // an RF glitch while the (halted) card stays
    await t.polls(3);
    expect(t.cardEvents()).toEqual(['inserted 张伟']);
    expect(t.sent('selectCard')).toBe(2); // the first read, and the refused confirmation
    expect(t.sent('readText')).toBe(1);
  });

  it('tells a swap made between two polls as removal then insertion', async () => {
    const t = await setup();
    t.sim.insertCard(zhangWei);
    await t.polls(2);
    t.sim.removeCard();
    await t.polls(1);
    t.sim.insertCard(chenJiahao);
    await t.polls(1);
    expect(t.cardEvents()).toEqual(['inserted 张伟', 'removed resident', 'inserted 陈家豪']);
  });

  it('reads text, photo and fingerprint with withFingerprint', async () => {
    const t = await setup({ reader: { withFingerprint: true } });
    t.sim.insertCard(zhangWei);
    await t.polls(1);
    expect(t.inserted).toEqual([zhangWei]);
    expect(t.sent('readWithFingerprint')).toBe(1);
    expect(t.sent('readText')).toBe(0);
  });
});

describe('IdCardReader: recovery', () => {
  it('reads a card that arrives in small pieces', async () => {
    for (const chunkSize of [1, 7, 64]) {
      const t = await setup({ sim: { chunkSize } });
      t.sim.insertCard(johnSmith);
      await t.polls(1);
      expect(t.inserted).toEqual([johnSmith]);
    }
  });

  it('reads a card whose answer trickles in over the wire time', async () => {
    const t = await setup({ sim: { chunkSize: 64, chunkDelayMs: 5 } }); // 21 chunks: ~100 ms
    t.sim.insertCard(zhangWei);
    await t.clock.advanceAsync(50);
    expect(t.inserted).toEqual([]);
    await t.clock.advanceAsync(100);
    expect(t.inserted).toEqual([withoutFingerprint(zhangWei)]);
  });

  it('skips line noise between frames', async () => {
    const t = await setup();
    t.sim.sendRaw(Uint8Array.of(0x00, 0xaa, 0xaa, 0x13, 0x37, 0xaa, 0xaa, 0xaa, 0x96));
    t.sim.insertCard(zhangWei);
    await t.polls(1);
    t.sim.sendRaw(new Uint8Array(300).fill(0x55));
    await t.polls(3);
    expect(t.cardEvents()).toEqual(['inserted 张伟']);
    expect(t.events).not.toContain('status error');
    expect(t.reader.stats.decoder.bytesSkipped).toBeGreaterThan(300);
  });

  it('retries a read whose frame failed its checksum, without telling anyone', async () => {
    const t = await setup();
    t.sim.insertCard(zhangWei);
    t.sim.corruptNextFrame('checksum', { skip: 2 }); // find and select pass, the read is damaged
    await t.polls(0);
    expect(t.inserted).toEqual([]);
    expect(t.reader.stats.decoder.checksumErrors).toBe(1);
    await t.polls(1);
    expect(t.cardEvents()).toEqual(['inserted 张伟']);
    expect(t.events.filter((e) => e.startsWith('status error'))).toEqual([]);
  });

  it('recovers from a truncated answer after its timeout', async () => {
    const t = await setup();
    t.sim.insertCard(johnSmith);
    t.sim.corruptNextFrame('truncate'); // the find answer stops after five bytes
    await t.polls(0);
    await t.clock.advanceAsync(299);
    expect(t.inserted).toEqual([]);
    await t.clock.advanceAsync(1); // find timed out: the half frame is dropped
    await t.polls(1);
    expect(t.cardEvents()).toEqual(['inserted 史密斯']);
    expect(t.reader.stats.channel.timeouts).toBe(1);
  });

  it('recovers when the read answer itself is cut short', async () => {
    const t = await setup({ reader: { timeouts: { read: 1000 } } });
    t.sim.insertCard(johnSmith);
    t.sim.corruptNextFrame('truncate', { skip: 2 });
    await t.polls(0);
    await t.clock.advanceAsync(999);
    expect(t.inserted).toEqual([]);
    await t.clock.advanceAsync(1 + POLL);
    expect(t.cardEvents()).toEqual(['inserted 史密斯']);
    expect(t.sent('readText')).toBe(2);
  });

  it('turns to error after repeated timeouts and back to ready, with late answers ignored', async () => {
    const t = await setup();
    t.sim.stall();
    await t.polls(1);
    await t.clock.advanceAsync(300); // first find times out
    expect(t.reader.status.state).toBe('ready');
    await t.clock.advanceAsync(POLL + 300); // second one
    expect(t.reader.status).toMatchObject({ state: 'error', error: { code: 'device.timeout' } });
    t.sim.insertCard(zhangWei);
    t.sim.resume(); // the held answers arrive late
    await t.polls(3);
    expect(t.reader.status.state).toBe('ready');
    expect(t.cardEvents()).toEqual(['inserted 张伟']);
    expect(t.reader.stats.channel.stray).toBeGreaterThan(0);
  });

  it('is not confused by a reader slower than its timeouts', async () => {
    const t = await setup({ sim: { chunkSize: 100, chunkDelayMs: 200 }, reader: { timeouts: { read: 1000 } } });
    t.sim.insertCard(zhangWei);
    await t.clock.advanceAsync(5000);
    expect(t.inserted).toEqual([]);
    t.sim.setChunking(1295);
    await t.clock.advanceAsync(10_000);
    expect(t.cardEvents()).toEqual(['inserted 张伟']);
    expect(t.reader.status.state).toBe('ready');
  });

  it('reports a SAM failure and recovers when the SAM does', async () => {
    const t = await setup();
    t.sim.failSam();
    t.sim.insertCard(zhangWei);
    await t.polls(2);
    expect(t.reader.status).toMatchObject({ state: 'error', error: { code: 'idcard.samFailure' } });
    expect(t.inserted).toEqual([]);
    t.sim.restoreSam();
    await t.polls(1);
    expect(t.reader.status.state).toBe('ready');
    expect(t.cardEvents()).toEqual(['inserted 张伟']);
    expect(await t.reader.samStatus()).toEqual({ ok: true, value: undefined });
  });

  it('starts in error when the SAM fails its check', async () => {
    const link = createMemoryLink();
    const clock = new ManualClock();
    const sim = new IdCardReaderSimulator({ transport: link.device, clock });
    await sim.start();
    sim.failSam(0x66);
    const reader = new IdCardReader({ transport: link.host, clock });
    const r = await reader.start();
    expect(r.ok ? null : r.error.code).toBe('idcard.samFailure');
    expect(reader.status).toMatchObject({ state: 'error', error: { code: 'idcard.samFailure' } });
    await reader.stop();
  });
});

describe('IdCardReader: unreadable cards', () => {
  it('tells readFailed once after the configured attempts, then waits for the card to be lifted', async () => {
    const t = await setup();
    t.sim.insertCard(zhangWei);
    t.sim.failNextReads(100, 0x41);
    await t.polls(10);
    expect(t.cardEvents()).toEqual(['readFailed idcard.readFailed']);
    expect(t.sent('readText')).toBe(3);
    t.sim.failNextReads(0);
    t.sim.removeCard();
    await t.polls(1);
    t.sim.insertCard(zhangWei);
    await t.polls(1);
    expect(t.cardEvents()).toEqual(['readFailed idcard.readFailed', 'inserted 张伟']);
  });

  it('says nothing about a read that fails once and then works', async () => {
    const t = await setup();
    t.sim.insertCard(zhangWei);
    t.sim.failNextReads(1, 0x31);
    await t.polls(2);
    expect(t.cardEvents()).toEqual(['inserted 张伟']);
  });

  it('reports a card the reader cannot identify', async () => {
    const t = await setup({ reader: { maxReadAttempts: 1 } });
    t.sim.insertCard(zhangWei);
    t.sim.failNextReads(1, 0x40);
    await t.polls(3);
    expect(t.cardEvents()).toEqual(['readFailed idcard.unknownCardType']);
  });
});

describe('IdCardReader: connection', () => {
  it('reports a pulled cable, ends the card, and comes back when it is plugged in', async () => {
    const t = await setup({ reader: { reconnectIntervalMs: 1000 } });
    t.sim.insertCard(zhangWei);
    await t.polls(1);
    t.link.unplug();
    await t.polls(0);
    expect(t.reader.status.state).toBe('disconnected');
    expect(t.cardEvents()).toEqual(['inserted 张伟', 'removed resident']);
    await t.clock.advanceAsync(5000); // still unplugged: keeps trying, nothing else happens
    expect(t.reader.status.state).toBe('disconnected');
    t.link.plug();
    await t.sim.start();
    await t.clock.advanceAsync(1000);
    await t.polls(1);
    expect(t.reader.status.state).toBe('ready');
    expect(t.cardEvents()).toEqual(['inserted 张伟', 'removed resident', 'inserted 张伟']);
  });

  it('starts disconnected when the transport cannot open, and connects later', async () => {
    const link = createMemoryLink();
    const clock = new ManualClock();
    const sim = new IdCardReaderSimulator({ transport: link.device, clock });
    link.unplug();
    const reader = new IdCardReader({ transport: link.host, clock, reconnectIntervalMs: 500 });
    const r = await reader.start();
    expect(r.ok ? null : r.error.code).toBe('device.disconnected');
    expect(reader.status.state).toBe('disconnected');
    link.plug();
    await sim.start();
    await clock.advanceAsync(500);
    expect(reader.status.state).toBe('ready');
    await reader.stop();
  });

  it('resumes at once when the transport reopens itself', async () => {
    const t = await setup({ reader: { reconnectIntervalMs: null } });
    t.link.unplug();
    await t.clock.advanceAsync(60_000);
    expect(t.reader.status.state).toBe('disconnected');
    expect(t.clock.pending).toBe(0); // no reconnect loop of its own
    t.link.plug();
    await t.sim.start();
    await t.link.host.open(); // as a ReconnectingTransport would
    await t.polls(0);
    expect(t.reader.status.state).toBe('ready');
    expect(t.events.slice(-3)).toEqual(['status disconnected', 'status starting', 'status ready']);
    t.sim.insertCard(zhangWei);
    await t.polls(1);
    expect(t.cardEvents()).toEqual(['inserted 张伟']);
  });

  it('stop ends polling and forgets the card without events', async () => {
    const t = await setup();
    t.sim.insertCard(zhangWei);
    await t.polls(1);
    await t.reader.stop();
    const sentBefore = t.sim.received.length;
    await t.polls(10);
    expect(t.sim.received.length).toBe(sentBefore);
    expect(t.clock.pending).toBe(0);
    expect(t.reader.status.state).toBe('stopped');
    expect(t.reader.hasCard).toBe(false);
    expect(t.cardEvents()).toEqual(['inserted 张伟']);
  });

  it('can be started again after stop', async () => {
    const t = await setup();
    await t.reader.stop();
    expect(await t.reader.start()).toEqual({ ok: true, value: undefined });
    expect(await t.reader.start()).toEqual({ ok: true, value: undefined }); // already running: no-op
    t.sim.insertCard(chenJiahao);
    await t.polls(1);
    expect(t.cardEvents()).toEqual(['inserted 陈家豪']);
    expect(t.reader.status.state).toBe('ready');
  });

  it('a listener that throws is reported and does not stop the others', async () => {
    const t = await setup();
    const seen: string[] = [];
    t.reader.on('cardInserted', () => {
      throw new Error('listener bug');
    });
    t.reader.on('cardInserted', (i) => seen.push(i.name));
    t.sim.insertCard(zhangWei);
    await t.polls(1);
    expect(seen).toEqual(['张伟']);
    expect(t.bugs).toHaveLength(1);
  });

  it('unsubscribes a listener', async () => {
    const t = await setup();
    const seen: string[] = [];
    const off = t.reader.on('cardInserted', (i) => seen.push(i.name));
    off();
    t.sim.insertCard(zhangWei);
    await t.polls(1);
    expect(seen).toEqual([]);
  });
});
