// Daily usage counts: per flow, per business day in the hall's time zone, starting from zero each day.
import { describe, expect, it } from 'vitest';
import { err, ok } from '../../../../domain/result.ts';
import { kioskError } from '../../../../domain/errors.ts';
import { contract } from '../../../../main/contract/index.ts';
import { countingUsage, USAGE_OF_METHOD, UsageCounter } from '../../../../main/core/system/usage-counts.ts';
import { paperLevel } from '../../../../main/core/system/terminal-status.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

describe('UsageCounter', () => {
  it('counts each flow for the business day and starts again at the next one', () => {
    // 23:00 in Shanghai on 24 November.
    const clock = new ManualClock(Date.parse('2026-11-24T23:00:00+08:00'));
    const usage = new UsageCounter(clock, 'Asia/Shanghai');
    usage.count('tickets');
    usage.count('tickets');
    usage.count('prints');
    expect(usage.today()).toMatchObject({ date: '2026-11-24', counts: { tickets: 2, prints: 1, ratings: 0 } });
    clock.advance(2 * 3600_000);
    expect(usage.today()).toMatchObject({ date: '2026-11-25', counts: { tickets: 0, prints: 0 } });
    usage.count('complaints');
    expect(usage.today().counts.complaints).toBe(1);
  });
});

describe('paperLevel', () => {
  const printer = { id: 'p', kind: 'printer' as const, label: 'p', simulated: true, since: '2026-11-24T00:00:00.000Z' };
  it('says what the ticket printer reports', () => {
    expect(paperLevel([{ ...printer, state: 'ready', detail: null }])).toBe('ok');
    expect(paperLevel([{ ...printer, state: 'warning', detail: 'printer.paperNearEnd' }])).toBe('low');
    expect(paperLevel([{ ...printer, state: 'error', detail: 'printer.paperOut' }])).toBe('out');
    expect(paperLevel([{ ...printer, state: 'disconnected', detail: null }])).toBe('unknown');
    expect(paperLevel([])).toBe('unknown');
  });
});

describe('countingUsage', () => {
  it('counts a method\'s flow when it succeeds, sync or async, and not when it fails', async () => {
    const usage = new UsageCounter(new ManualClock(Date.parse('2026-11-24T10:00:00+08:00')), 'Asia/Shanghai');
    let fail = false;
    const handlers = countingUsage(
      {
        'queue.issueTicket': () => (fail ? err(kioskError('queue.unknownCategory', 'no such category')) : ok({ number: 'A001' })),
        'complaints.submit': async () => ok({ reference: 'x' }),
        'catalogue.search': () => ok({ hits: [] }),
      },
      usage,
    );
    handlers['queue.issueTicket']();
    fail = true;
    handlers['queue.issueTicket']();
    await handlers['complaints.submit']();
    handlers['catalogue.search']();
    expect(usage.today().counts).toEqual({ tickets: 1, checkIns: 0, guidesOpened: 0, casesLookedUp: 0, ratings: 0, complaints: 1, formsHandedIn: 0, prints: 0 });
  });

  it('names only methods the contract has (a renamed method would silently stop counting)', () => {
    const methods = Object.keys(contract.methods);
    expect(Object.keys(USAGE_OF_METHOD).filter((m) => !methods.includes(m))).toEqual([]);
  });
});
