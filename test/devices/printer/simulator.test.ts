import { describe, expect, it } from 'vitest';
import { EscPosEncoder } from '../../../devices/printer/escpos.codec.ts';
import { PrinterSimulator, type PrinterSimulatorOptions, type PrintedSlip } from '../../../devices/printer/simulator.ts';
import { dleEot, gsR1 } from '../../../devices/printer/status.codec.ts';
import { createMemoryLink } from '../../../devices/transports/memory.ts';
import { flushMicrotasks } from '../../support/manual-clock.ts';

async function setup(options: Omit<PrinterSimulatorOptions, 'transport'> = {}) {
  const link = createMemoryLink('printer');
  const sim = new PrinterSimulator({ transport: link.device, ...options });
  const slips: PrintedSlip[] = [];
  await sim.start({ onSlip: (s) => slips.push(s) });
  await link.host.open();
  const answers: number[] = [];
  link.host.onData((chunk) => answers.push(...chunk));
  const send = async (bytes: Uint8Array): Promise<void> => {
    await link.host.write(bytes);
    await flushMicrotasks();
  };
  return { link, sim, slips, answers, send };
}

function job(lines: number, cut = true): Uint8Array {
  const e = new EscPosEncoder().init();
  for (let i = 0; i < lines; i++) e.line(`第 ${i + 1} 行`);
  if (cut) e.cut('partial');
  const r = e.build();
  if (!r.ok) throw new Error('encode');
  return r.value;
}

describe('PrinterSimulator: status answers', () => {
  it('answers DLE EOT 1 / 2 / 4 from its state (out of paper: 1A 32 7E)', async () => {
    const t = await setup();
    await t.send(Uint8Array.from([...dleEot(1), ...dleEot(2), ...dleEot(4)]));
    expect(t.answers).toEqual([0x12, 0x12, 0x12]);
    t.sim.setPaper('out');
    await t.send(Uint8Array.from([...dleEot(1), ...dleEot(2), ...dleEot(4)]));
    expect(t.answers.slice(3)).toEqual([0x1a, 0x32, 0x7e]);
  });

  it('answers cover open, near end and offline', async () => {
    const t = await setup();
    t.sim.openCover();
    await t.send(dleEot(2));
    t.sim.closeCover();
    t.sim.setPaper('nearEnd');
    await t.send(dleEot(4));
    t.sim.goOffline();
    await t.send(dleEot(1));
    expect(t.answers).toEqual([0x16, 0x1e, 0x1a]);
  });

  it('a GS r model answers GS r 1 and ignores DLE EOT', async () => {
    const t = await setup({ answers: 'gsR' });
    t.sim.setPaper('nearEnd');
    await t.send(Uint8Array.from([...dleEot(1), ...gsR1]));
    expect(t.answers).toEqual([0x03]);
  });

  it('a model that answers nothing stays silent', async () => {
    const t = await setup({ answers: 'none' });
    await t.send(Uint8Array.from([...dleEot(1), ...gsR1]));
    expect(t.answers).toEqual([]);
    expect(t.sim.statusRequestsAnswered).toBe(0);
  });
});

describe('PrinterSimulator: slips', () => {
  it('keeps only the newest `keep` slips (a simulated kiosk prints all day), each still told to onSlip', async () => {
    const t = await setup({ keep: 3 });
    const jobs = [1, 2, 3, 4, 5].map((n) => job(n));
    for (const j of jobs) await t.send(j);
    expect(t.slips).toHaveLength(5);
    expect(t.sim.slips).toHaveLength(3);
    expect(t.sim.slips.map((s) => s.bytes)).toEqual(t.slips.slice(2).map((s) => s.bytes));
    const byDefault = await setup();
    for (let i = 0; i < 60; i++) await byDefault.send(job(1));
    expect(byDefault.sim.slips).toHaveLength(50);
  });

  it('keeps each cut slip as the bytes printed, status requests left out', async () => {
    const t = await setup();
    const first = job(2);
    await t.send(first.subarray(0, 5));
    await t.send(dleEot(1));
    await t.send(first.subarray(5));
    await t.send(job(1));
    expect(t.sim.slips.map((s) => s.end)).toEqual(['partialCut', 'partialCut']);
    expect(t.sim.slips[0]?.bytes).toEqual(first);
    expect(t.slips).toHaveLength(2);
    expect(t.sim.linesPrinted).toBe(3);
  });

  it('runs out of paper after N lines: the slip is torn, the rest is lost, requests still answered', async () => {
    const t = await setup();
    t.sim.runOutOfPaperAfter(3);
    await t.send(job(5));
    expect(t.sim.slips).toHaveLength(1);
    expect(t.sim.slips[0]?.end).toBe('torn');
    expect(t.sim.status.state).toBe('paperOut');
    expect(t.sim.linesPrinted).toBe(3);
    await t.send(dleEot(4));
    expect(t.answers).toEqual([0x7e]);
    t.sim.setPaper('ok');
    await t.send(job(1));
    expect(t.sim.slips.map((s) => s.end)).toEqual(['torn', 'partialCut']);
  });

  it('prints nothing while the cover is open', async () => {
    const t = await setup();
    t.sim.openCover();
    await t.send(job(2));
    expect(t.sim.slips).toEqual([]);
    expect(t.sim.uncut).toEqual(new Uint8Array(0));
  });
});
