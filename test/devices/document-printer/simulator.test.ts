import { describe, expect, it } from 'vitest';
import { readiness } from '../../../devices/document-printer/driver.ts';
import { DocumentPrinterSimulator } from '../../../devices/document-printer/simulator.ts';
import { ManualClock } from '../../support/manual-clock.ts';

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);

describe('DocumentPrinterSimulator', () => {
  it('keeps the PDFs it was sent, numbered, at most `keep`, and tells listeners', async () => {
    const clock = new ManualClock();
    const sim = new DocumentPrinterSimulator({ clock, printer: 'Sim', keep: 2 });
    const told: number[] = [];
    sim.onJob((j) => told.push(j.jobNumber));
    for (const t of ['one', 'two', 'three']) {
      const r = await sim.print(pdf(t), { title: t, copies: 2 });
      expect(r).toEqual({ ok: true, value: { jobId: `Sim-${told.length}` } });
    }
    expect(told).toEqual([1, 2, 3]);
    expect(sim.jobs.map((j) => [j.jobNumber, j.title, j.copies, new TextDecoder().decode(j.pdf).split('\n')[1]])).toEqual([
      [2, 'two', 2, 'two'],
      [3, 'three', 2, 'three'],
    ]);
  });

  it('refuses what is not a PDF, as lp would be refused', async () => {
    const sim = new DocumentPrinterSimulator({ clock: new ManualClock() });
    const r = await sim.print(new TextEncoder().encode('hello'), { title: 'x' });
    expect(r.ok ? 'ok' : r.error.code).toBe('document.invalid');
    expect(sim.jobs).toEqual([]);
  });

  it('its conditions read like a CUPS queue and map to the shared printer codes', async () => {
    const sim = new DocumentPrinterSimulator({ clock: new ManualClock() });
    const seen: string[] = [];
    for (const c of ['ready', 'paperOut', 'coverOpen', 'offline', 'paperJam', 'rejecting'] as const) {
      sim.setCondition(c);
      const s = await sim.status();
      if (!s.ok) throw new Error('status failed');
      const ready = readiness(s.value);
      seen.push(`${s.value.condition}:${ready.ok ? 'ok' : ready.error.code}`);
    }
    expect(seen).toEqual(['ready:ok', 'paperOut:printer.paperOut', 'coverOpen:printer.coverOpen', 'offline:printer.offline', 'paperJam:printer.error', 'rejecting:document.printerRejecting']);
    const r = await sim.print(pdf('x'), { title: 'x' });
    expect(r.ok ? 'ok' : r.error.code).toBe('document.printerRejecting');
  });
});
