// Unplug and replug with the real serial driver: socat is killed (both ttys vanish, as when a
// USB-serial adapter is pulled) and started again on the same link names. The drivers run over a
// ReconnectingTransport; the simulators reopen their end as a device does after power-up. Each
// driver must notice the loss, and come back by itself: no one calls start() or open() on it again.
import { afterEach, describe, expect, it } from 'vitest';
import { zhangWei } from '../../../devices/idcard/test-identities.ts';
import type { ReaderStatus } from '../../../devices/idcard/types.ts';
import { chunkAtCommands } from '../../../devices/printer/job-chunks.ts';
import { encodeTicket } from '../../../devices/printer/ticket.ts';
import type { Ticket } from '../../../devices/printer/types.ts';
import { reachState } from '../../support/transport-waits.ts';
import { printerRig, printerState, readerEvent, readerRig, type PrinterRig, type ReaderRig } from './rig.ts';
import { expectCompleteSlip, renderOne, textRegion } from './slip-check.ts';

const ticket: Ticket = {
  hallName: '西湖区政务服务中心',
  hallArea: '二楼 C 区',
  department: '市场监督管理局',
  business: '企业开办',
  number: 'C101',
  waitingAhead: 2,
  estimatedWaitMinutes: 12,
  issuedAt: Date.UTC(2026, 10, 24, 1, 5, 7),
  qrPayload: 'https://hall.example.gov.cn/q?t=C101',
  priorityLabel: null,
  reprint: null,
};

let rigs: (PrinterRig | ReaderRig)[] = [];

afterEach(async () => {
  const all = rigs;
  rigs = [];
  for (const r of all) await r.close();
  for (const r of all) expect(r.bugs).toEqual([]);
});

describe('unplug and replug over a pty pair', () => {
  it('printer: offline when the port vanishes, ready again by itself once it is back, and prints', async () => {
    const rig = await printerRig({ reconnect: true, printer: { pollIntervalMs: 50, answerTimeoutMs: 300 } });
    rigs.push(rig);
    const { printer, sim, pair, host, device } = rig;
    const first = await printer.printTicket(ticket);
    expect(first.ok).toBe(true);

    const offline = printerState(printer, 'offline');
    await pair.unplug();
    await Promise.all([offline, reachState(host, 'disconnected'), reachState(device, 'disconnected')]);
    expect(printer.status).toMatchObject({ state: 'offline' });

    // Unplugged: a slip is refused at once, and not kept for reprint.
    const refused = await printer.printTicket({ ...ticket, number: 'C102' });
    expect(!refused.ok && refused.error.code).toBe('device.disconnected');
    expect(printer.jobs).toHaveLength(1);

    // Plugged back: the printer powers up and opens its end; the driver finds it by polling.
    const ready = printerState(printer, 'ready');
    await pair.replug();
    expect((await sim.start()).ok).toBe(true);
    await ready;
    expect(host.state).toBe('open');

    const again = await printer.printTicket({ ...ticket, number: 'C103' });
    if (!again.ok) throw new Error(again.error.message);
    expect(sim.slips.map((s) => s.end)).toEqual(['partialCut', 'partialCut']);
    const slip = sim.slips[1];
    if (!slip) throw new Error('no slip after replug');
    expect(Buffer.compare(slip.bytes, again.value.bytes)).toBe(0);
    expectCompleteSlip(renderOne(slip.bytes, rig.profile), { ...ticket, number: 'C103' }, rig.profile.qrModuleSize);
  });

  it('printer pulled mid-job: the job fails with device.disconnected and is kept; back, the reprint cuts the half slip off first', async () => {
    const chunkBytes = 128;
    // A generous answer timeout: the pull, not a timeout, must end the stalled status check.
    const rig = await printerRig({ reconnect: true, printer: { pollIntervalMs: 50, answerTimeoutMs: 1000, chunkBytes } });
    rigs.push(rig);
    const { printer, sim, pair, device } = rig;
    const encoded = encodeTicket(ticket, rig.profile);
    if (!encoded.ok) throw new Error(encoded.error.message);
    const firstChunk = chunkAtCommands(encoded.value.bytes, chunkBytes)[0]?.length ?? 0;
    expect(firstChunk).toBeGreaterThan(0);
    expect(firstChunk).toBeLessThan(encoded.value.bytes.length);

    // Once the first chunk is in, the printer hangs (answers nothing) and its cable is pulled.
    let received = 0;
    let pulled: Promise<void> | undefined;
    const offData = device.onData((chunk) => {
      received += chunk.length;
      if (received < firstChunk || pulled) return;
      sim.stop();
      pulled = pair.unplug();
    });
    const failed = await printer.printTicket(ticket);
    offData();
    await pulled;
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error.code).toBe('device.disconnected');
    expect(failed.error.details).toEqual({ jobId: expect.any(String), attempts: 1 });
    const { jobId } = failed.error.details as { jobId: string };
    expect(printer.job(jobId)).toMatchObject({ state: 'failed', failure: 'device.disconnected', attempts: 1 });
    expect(sim.slips).toHaveLength(0); // half a slip hangs out of the printer, uncut
    expect(sim.uncut.length).toBe(firstChunk);

    const ready = printerState(printer, 'ready');
    await pair.replug();
    expect((await sim.start()).ok).toBe(true);
    await ready;

    const reprinted = await printer.reprint(jobId);
    if (!reprinted.ok) throw new Error(reprinted.error.message);
    expect(reprinted.value).toMatchObject({ state: 'printed', attempts: 2 });
    // First the half slip is fed and cut off on its own, then the whole slip.
    expect(sim.slips.map((s) => s.end)).toEqual(['partialCut', 'partialCut']);
    const [half, whole] = sim.slips;
    if (!half || !whole) throw new Error('slips missing');
    expect(Buffer.compare(half.bytes.subarray(0, firstChunk), encoded.value.bytes.subarray(0, firstChunk))).toBe(0);
    const halfSlip = renderOne(half.bytes, rig.profile);
    textRegion(halfSlip, ticket.hallName);
    expect(halfSlip.lines.some((l) => l.includes('过号无效'))).toBe(false);
    expect(Buffer.compare(whole.bytes, encoded.value.bytes)).toBe(0);
    expectCompleteSlip(renderOne(whole.bytes, rig.profile), ticket, rig.profile.qrModuleSize);
  });

  it('ID-card reader: the card ends and the status turns disconnected; back, it reads the card again', async () => {
    const rig = await readerRig({ reconnect: true, sim: { chunkSize: 64 } });
    rigs.push(rig);
    const { reader, sim, pair, host } = rig;
    const statuses: ReaderStatus['state'][] = [];
    reader.on('statusChanged', (s) => statuses.push(s.state));

    const inserted = readerEvent(reader, 'cardInserted');
    sim.insertCard(zhangWei);
    expect((await inserted).idNumber).toBe(zhangWei.idNumber);

    // Pulled with the card on it: nobody can vouch for the card any more.
    const removed = readerEvent(reader, 'cardRemoved');
    const disconnected = readerEvent(reader, 'statusChanged', (s) => s.state === 'disconnected');
    await pair.unplug();
    expect(await removed).toEqual({ cardType: 'resident' });
    await disconnected;
    expect(reader.hasCard).toBe(false);
    await reachState(host, 'disconnected');

    // Back: the wrapper reopens the port on its backoff, the reader checks the SAM and polls again,
    // and the card still lying on it is read anew.
    const ready = readerEvent(reader, 'statusChanged', (s) => s.state === 'ready');
    const readAgain = readerEvent(reader, 'cardInserted');
    await pair.replug();
    expect((await sim.start()).ok).toBe(true);
    await ready;
    expect((await readAgain).name).toBe('张伟');
    expect(host.state).toBe('open');
    expect(statuses.slice(0, 2)).toEqual(['disconnected', 'starting']);
    expect(statuses.at(-1)).toBe('ready');

    const lifted = readerEvent(reader, 'cardRemoved');
    sim.removeCard();
    await lifted;
    expect(reader.status).toEqual({ state: 'ready' });
  });
});
