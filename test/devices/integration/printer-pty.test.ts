// The ticket printer driver and its simulator over a real pty pair (serialport on both ends): a queue
// slip crosses the port intact between the status checks, renders as a complete slip with the right
// QR symbol, and paper running out mid-job fails the job, keeps it, and prints it whole once reloaded.
import { afterEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../../devices/printer/types.ts';
import { printerRig, printerState, type PrinterRig } from './rig.ts';
import { expectCompleteSlip, renderOne, textRegion } from './slip-check.ts';

const ticket: Ticket = {
  hallName: '西湖区政务服务中心',
  hallArea: '一楼 A 区',
  department: '公安分局出入境管理大队',
  business: '居民身份证办理',
  number: 'A023',
  waitingAhead: 5,
  estimatedWaitMinutes: 12,
  issuedAt: Date.UTC(2026, 10, 24, 1, 5, 7), // 09:05:07 in Beijing
  // Non-ASCII in the payload: the QR carries UTF-8 bytes as they are.
  qrPayload: 'https://hall.example.gov.cn/q?t=A023&d=2026-11-24&h=西湖',
  priorityLabel: null,
  reprint: null,
};

let rig: PrinterRig | undefined;

afterEach(async () => {
  const r = rig;
  rig = undefined;
  await r?.close();
  expect(r?.bugs ?? []).toEqual([]);
});

describe('TicketPrinter over a pty pair', () => {
  for (const baudRate of [9600, 115200]) {
    it(`prints a queue slip at ${baudRate}: the simulator keeps exactly the job's bytes, and it renders complete`, async () => {
      rig = await printerRig({ baudRate, printer: { chunkBytes: 128 } });
      expect(rig.printer.status.state).toBe('ready');

      const printed = await rig.printer.printTicket(ticket);
      if (!printed.ok) throw new Error(printed.error.message);
      expect(printed.value.state).toBe('printed');
      expect(rig.printer.strayBytes).toBe(0);

      expect(rig.sim.slips).toHaveLength(1);
      const [kept] = rig.sim.slips;
      if (!kept) throw new Error('no slip');
      expect(kept.end).toBe('partialCut');
      // The status requests between the chunks were answered, not printed: the slip is the job.
      expect(Buffer.compare(kept.bytes, printed.value.bytes)).toBe(0);
      expect(rig.sim.statusRequestsAnswered).toBeGreaterThan(3 * Math.ceil(printed.value.bytes.length / 128));

      const slip = renderOne(kept.bytes, rig.profile);
      expect(slip.end).toBe('partialCut');
      expect(slip.image.width).toBe(576 + 64);
      expectCompleteSlip(slip, ticket, rig.profile.qrModuleSize);
    });
  }

  it('paper out mid-job: the job fails with printer.paperOut and is kept; reloaded, the reprint is whole', async () => {
    rig = await printerRig();
    const { printer, sim } = rig;
    rig.sim.runOutOfPaperAfter(5);

    const failed = await printer.printTicket(ticket);
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error.code).toBe('printer.paperOut');
    expect(failed.error.details).toEqual({ jobId: expect.any(String), attempts: 1 });
    const { jobId } = failed.error.details as { jobId: string };
    expect(printer.status.state).toBe('paperOut');
    expect(printer.job(jobId)).toMatchObject({ state: 'failed', failure: 'printer.paperOut', attempts: 1 });

    // What came out is torn after five lines: the hall name but not the notice at the bottom.
    expect(sim.slips.map((s) => s.end)).toEqual(['torn']);
    const torn = renderOne(sim.slips[0]?.bytes ?? new Uint8Array(0), rig.profile);
    textRegion(torn, ticket.hallName);
    expect(torn.lines.some((l) => l.includes('过号无效'))).toBe(false);
    expect(torn.regions.some((r) => r.kind === 'qr')).toBe(false);

    // While the paper is out a new slip is refused and not kept.
    const refused = await printer.printTicket({ ...ticket, number: 'A024' });
    expect(!refused.ok && refused.error.code).toBe('printer.paperOut');
    expect(printer.jobs.map((j) => j.id)).toEqual([jobId]);

    sim.setPaper('ok');
    const ready = printerState(printer, 'ready');
    const reprinted = await printer.reprint(jobId);
    await ready;
    if (!reprinted.ok) throw new Error(reprinted.error.message);
    expect(reprinted.value).toMatchObject({ id: jobId, state: 'printed', attempts: 2, failure: null });

    expect(sim.slips.map((s) => s.end)).toEqual(['torn', 'partialCut']);
    const whole = sim.slips[1];
    if (!whole) throw new Error('no reprint');
    expect(Buffer.compare(whole.bytes, reprinted.value.bytes)).toBe(0);
    expectCompleteSlip(renderOne(whole.bytes, rig.profile), ticket, rig.profile.qrModuleSize);
  });
});
