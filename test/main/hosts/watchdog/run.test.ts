// The watchdog wired to a hand-driven clock: a silent page is restarted once, a beating one never;
// the daily restart exits once at the quiet hour.
import { describe, expect, it } from 'vitest';
import { EventLog } from '../../../../main/core/system/event-log.ts';
import { startWatchdog, TICK_MS } from '../../../../main/hosts/watchdog/run.ts';
import { ManualClock } from '../../../support/manual-clock.ts';

function rig(start: number, daily?: { at: string; timeZone: string }) {
  let now = start;
  let tick: (() => void) | null = null;
  const restarts: string[] = [];
  let exits = 0;
  const dog = startWatchdog({
    now: () => now,
    every: (fn) => {
      tick = fn;
      return () => (tick = null);
    },
    options: { timeoutMs: 10_000, backoffInitialMs: 0, backoffMaxMs: 4_000, stableMs: 60_000 },
    restartRenderer: (reason) => restarts.push(reason),
    log: new EventLog(new ManualClock()).for('t'),
    ...(daily ? { daily: { ...daily, exit: () => exits++ } } : {}),
  });
  const advance = (ms: number, beat = false) => {
    for (let t = 0; t < ms; t += TICK_MS) {
      now += TICK_MS;
      if (beat && t % 5000 === 0) dog.heartbeat();
      tick?.();
    }
  };
  return { dog, restarts, advance, exits: () => exits, ticking: () => tick !== null };
}

describe('watchdog runner', () => {
  it('never restarts a page that keeps beating', () => {
    const r = rig(0);
    r.advance(120_000, true);
    expect(r.restarts).toEqual([]);
    expect(r.dog.status().restarts).toBe(0);
  });

  it('restarts a silent page once per timeout, then backs off, and counts', () => {
    const r = rig(0);
    r.advance(10_000);
    expect(r.restarts).toEqual(['no-heartbeat']);
    r.advance(10_000);
    // The second failure waits 1 s of back-off after its timeout.
    expect(r.restarts.length).toBe(1);
    r.advance(1_000);
    expect(r.restarts.length).toBe(2);
    expect(r.dog.status()).toEqual({ restarts: 2, lastFailure: 'no-heartbeat' });
  });

  it('restarts at once on a crash the shell reports', () => {
    const r = rig(0);
    r.dog.heartbeat();
    r.dog.failed('crashed');
    expect(r.restarts).toEqual(['crashed']);
  });

  it('exits once for the daily restart at the quiet hour', () => {
    const r = rig(Date.parse('2026-12-08T03:30:00+08:00') - 3600_000, { at: '03:30', timeZone: 'Asia/Shanghai' });
    r.advance(3600_000 - 1000, true);
    expect(r.exits()).toBe(0);
    r.advance(5_000, true);
    expect(r.exits()).toBe(1);
  });

  it('stops ticking when stopped', () => {
    const r = rig(0);
    r.dog.stop();
    expect(r.ticking()).toBe(false);
  });
});

describe('watchdog runner without a renderer of its own', () => {
  it('restarts nothing when the host only serves (no Chromium), but keeps the daily restart', () => {
    let now = Date.parse('2026-12-08T03:29:58+08:00') - 3600_000;
    let tick: (() => void) | null = null;
    let exits = 0;
    startWatchdog({
      now: () => now,
      every: (fn) => ((tick = fn), () => {}),
      options: { timeoutMs: 10_000, backoffInitialMs: 0, backoffMaxMs: 4_000, stableMs: 60_000 },
      restartRenderer: null,
      log: new EventLog(new ManualClock()).for('t'),
      daily: { at: '03:30', timeZone: 'Asia/Shanghai', exit: () => exits++ },
    });
    for (let i = 0; i < 3605; i++) {
      now += TICK_MS;
      (tick as (() => void) | null)?.();
    }
    expect(exits).toBe(1);
  });
});
