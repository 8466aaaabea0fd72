// The renderer watchdog's decisions on a hand-driven clock: heartbeats keep it quiet, silence or a
// crash asks for a restart, repeated quick failures back off, a stable page resets the back-off.
import { describe, expect, it } from 'vitest';
import {
  initialWatchdog,
  stepWatchdog,
  watchdogOptionsProblem,
  type WatchdogAction,
  type WatchdogEvent,
  type WatchdogState,
} from '../../../../main/hosts/watchdog/renderer-watchdog.ts';

const options = { timeoutMs: 15_000, backoffInitialMs: 0, backoffMaxMs: 8_000, stableMs: 60_000 };

function run(state: WatchdogState, events: WatchdogEvent[]): { state: WatchdogState; actions: WatchdogAction[] } {
  const actions: WatchdogAction[] = [];
  for (const e of events) {
    const r = stepWatchdog(state, e, options);
    state = r.state;
    actions.push(r.action);
  }
  return { state, actions };
}

describe('renderer watchdog', () => {
  it('stays quiet while heartbeats come within the timeout', () => {
    const { state, actions } = run(initialWatchdog(0, options), [
      { type: 'heartbeat', at: 3_000 },
      { type: 'tick', at: 14_000 },
      { type: 'heartbeat', at: 14_000 },
      { type: 'tick', at: 28_999 },
    ]);
    expect(actions.every((a) => a.type === 'none')).toBe(true);
    expect(state.phase).toBe('alive');
    expect(state.restarts).toBe(0);
  });

  it('asks for a restart when the heartbeats stop for the timeout', () => {
    const { state, actions } = run(initialWatchdog(0, options), [
      { type: 'heartbeat', at: 3_000 },
      { type: 'tick', at: 17_999 },
      { type: 'tick', at: 18_000 },
    ]);
    expect(actions[1]).toEqual({ type: 'none' });
    expect(actions[2]).toEqual({ type: 'restart', reason: 'no-heartbeat' });
    expect(state.lastFailure).toBe('no-heartbeat');
  });

  it('restarts at once on a crash and counts the restart', () => {
    const { state, actions } = run(initialWatchdog(0, options), [
      { type: 'heartbeat', at: 1_000 },
      { type: 'failed', at: 2_000, reason: 'crashed' },
      { type: 'restarted', at: 2_100 },
    ]);
    expect(actions[1]).toEqual({ type: 'restart', reason: 'crashed' });
    expect(state.restarts).toBe(1);
    expect(state.phase).toBe('starting');
  });

  it('gives a page that never sends a first heartbeat the timeout, then restarts it', () => {
    const { actions } = run(initialWatchdog(0, options), [
      { type: 'tick', at: 14_999 },
      { type: 'tick', at: 15_000 },
    ]);
    expect(actions.map((a) => a.type)).toEqual(['none', 'restart']);
  });

  it('backs off a page that fails again quickly, doubling up to the maximum', () => {
    let state = initialWatchdog(0, options);
    const waits: number[] = [];
    let now = 0;
    for (let i = 0; i < 6; i++) {
      const failed = stepWatchdog(state, { type: 'failed', at: now, reason: 'unresponsive' }, options);
      const due = failed.state.restartAt ?? NaN;
      waits.push(due - now);
      // Before the wait is over no restart is asked for, however often the clock ticks.
      if (due > now) expect(stepWatchdog(failed.state, { type: 'tick', at: due - 1 }, options).action.type).toBe('none');
      const tick = stepWatchdog(failed.state, { type: 'tick', at: due }, options);
      expect(tick.action).toEqual({ type: 'restart', reason: 'unresponsive' });
      now = due + 10;
      state = stepWatchdog(tick.state, { type: 'restarted', at: now }, options).state;
      now += 500;
    }
    expect(waits).toEqual([0, 1_000, 2_000, 4_000, 8_000, 8_000]);
    expect(state.restarts).toBe(6);
  });

  it('resets the back-off once the page has been healthy for the stable time', () => {
    let s = run(initialWatchdog(0, options), [
      { type: 'failed', at: 0, reason: 'crashed' },
      { type: 'restarted', at: 10 },
      { type: 'failed', at: 20, reason: 'crashed' },
      { type: 'tick', at: 1_020 },
      { type: 'restarted', at: 1_030 },
    ]).state;
    expect(s.backoffMs).toBe(2_000);
    s = run(s, [{ type: 'heartbeat', at: 30_000 }]).state;
    expect(s.backoffMs).toBe(2_000);
    s = run(s, [{ type: 'heartbeat', at: 61_030 }]).state;
    expect(s.backoffMs).toBe(0);
  });

  it('ignores a late heartbeat or a second failure while a restart is pending', () => {
    const { state, actions } = run(initialWatchdog(0, { ...options }), [
      { type: 'heartbeat', at: 1_000 },
      { type: 'restarted', at: 1_100 },
      { type: 'failed', at: 2_000, reason: 'crashed' },
      { type: 'heartbeat', at: 2_100 },
      { type: 'failed', at: 2_200, reason: 'unresponsive' },
    ]);
    expect(state.phase).toBe('waiting');
    expect(state.lastFailure).toBe('crashed');
    expect(state.restartAt).toBe(3_000);
    expect(actions.slice(3).every((a) => a.type === 'none')).toBe(true);
  });

  it('says what is wrong with bad options', () => {
    expect(watchdogOptionsProblem(options)).toBeNull();
    expect(watchdogOptionsProblem({ ...options, timeoutMs: 0 })).toMatch(/timeoutMs must be positive/);
    expect(watchdogOptionsProblem({ ...options, backoffInitialMs: 10_000 })).toMatch(/backoffMaxMs \(8000\) must be at least backoffInitialMs/);
  });
});
