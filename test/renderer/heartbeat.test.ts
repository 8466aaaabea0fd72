// The page's heartbeat: one beat at once, then one per interval; a failed beat (host restarting) is
// swallowed and the next one still goes out; stopping stops the beats.
import { describe, expect, it } from 'vitest';
import { startHeartbeat } from '../../renderer/src/heartbeat.ts';

describe('page heartbeat', () => {
  it('beats at once and on every interval, surviving failed beats, until stopped', async () => {
    let calls = 0;
    let fire: (() => void) | null = null;
    let interval = 0;
    const stop = startHeartbeat(
      {
        beat: () => (++calls === 2 ? Promise.reject(new Error('host restarting')) : Promise.resolve()),
        every: (fn, ms) => {
          fire = fn;
          interval = ms;
          return () => (fire = null);
        },
      },
      3000,
    );
    expect(calls).toBe(1);
    expect(interval).toBe(3000);
    (fire as (() => void) | null)?.();
    await Promise.resolve();
    (fire as (() => void) | null)?.();
    expect(calls).toBe(3);
    stop();
    expect(fire).toBeNull();
  });
});
