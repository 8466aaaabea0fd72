import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  defaultWedgeOptions,
  detectWedge,
  emptyWedgeState,
  wedgeDeadline,
  wedgeIdle,
  wedgeKey,
  type WedgeKeyEvent,
  type WedgeOutput,
} from '../../../renderer/src/input/wedge-detector.ts';

/** Keys typed at the given intervals (first key at t=1000). */
function typed(text: string[] | string, intervals: number | readonly number[], start = 1000): WedgeKeyEvent[] {
  const keys = typeof text === 'string' ? [...text] : text;
  let at = start;
  return keys.map((key, i) => {
    if (i > 0) at += typeof intervals === 'number' ? intervals : (intervals[(i - 1) % intervals.length] ?? 0);
    return { key, at };
  });
}

const summary = (outputs: readonly WedgeOutput[]): string[] =>
  outputs.map((o) => (o.kind === 'scan' ? `scan ${o.text}${o.terminated ? '' : ' (unterminated)'}` : `typed ${o.keys.map((k) => k.key).join('')}`));

describe('keyboard-wedge burst detector', () => {
  it('a scanner burst: characters a few ms apart ending in Enter', () => {
    const events = typed([...'YY20260115A01', 'Enter'], 4);
    expect(summary(detectWedge(events))).toEqual(['scan YY20260115A01']);
  });

  it('slow typing: every key is released as typed, in order', () => {
    const events = typed([...'123456', 'Enter'], 180);
    const outputs = detectWedge(events);
    expect(outputs.every((o) => o.kind === 'typed')).toBe(true);
    expect(summary(outputs).join('|')).toBe('typed 1|typed 2|typed 3|typed 4|typed 5|typed 6|typed Enter');
  });

  it('a fast typist with key rollover is still a person', () => {
    // ~100 words a minute, with a few overlapping keys 15-25 ms apart.
    const events = typed([...'1101051949', 'Enter'], [45, 15, 55, 40, 20, 50, 25, 48, 38, 42]);
    const outputs = detectWedge(events);
    expect(outputs.some((o) => o.kind === 'scan')).toBe(false);
    expect(summary(outputs).join('')).toBe('typed 1101051949Enter');
  });

  it('a burst without terminator: typed by default, a scan when unterminated bursts are accepted', () => {
    const events = typed('YY20260115A01', 5);
    const last = events.at(-1)?.at ?? 0;
    expect(summary(detectWedge(events, defaultWedgeOptions, last + 30))).toEqual([]); // still waiting
    expect(summary(detectWedge(events, defaultWedgeOptions, last + 100))).toEqual(['typed YY20260115A01']);
    expect(summary(detectWedge(events, { ...defaultWedgeOptions, acceptUnterminated: true }, last + 100))).toEqual(['scan YY20260115A01 (unterminated)']);
  });

  it('a short fast burst is not a scan', () => {
    expect(summary(detectWedge(typed(['1', '2', 'Enter'], 5)))).toEqual(['typed 12Enter']);
  });

  it('a person typing, a pause, then a scan', () => {
    const person = typed('ab', 200);
    const scan = typed([...'YY12345678', 'Enter'], 3, 2000);
    expect(summary(detectWedge([...person, ...scan]))).toEqual(['typed a', 'typed b', 'scan YY12345678']);
  });

  it('modifiers inside a burst are ignored; Backspace releases held keys first', () => {
    const burst = typed(['Y', 'Shift', 'Y', '1', '2', '3', '4', '5', '6', 'Enter'], 3);
    expect(summary(detectWedge(burst))).toEqual(['scan YY123456']);
    expect(summary(detectWedge(typed(['a', 'b', 'Backspace', 'c'], 20), defaultWedgeOptions, 2000))).toEqual(['typed abBackspace', 'typed c']);
  });

  it('tells the renderer when to come back, and nothing is lost on idle', () => {
    expect(wedgeDeadline(emptyWedgeState)).toBeUndefined();
    const step = wedgeKey(emptyWedgeState, { key: 'x', at: 1000 });
    expect(step.outputs).toEqual([]);
    const deadline = wedgeDeadline(step.state) ?? 0;
    expect(deadline).toBe(1000 + defaultWedgeOptions.maxGapMs + 1);
    expect(wedgeIdle(step.state, deadline - 1).outputs).toEqual([]);
    const idle = wedgeIdle(step.state, deadline);
    expect(summary(idle.outputs)).toEqual(['typed x']);
    expect(idle.state).toEqual(emptyWedgeState);
  });
});

// ---- properties -------------------------------------------------------------------------------

const keyArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...'0123456789ABXYZ-') },
  { weight: 1, arbitrary: fc.constantFrom('Enter', 'Backspace', 'Shift') },
);

/** Every non-modifier key, in order, as the outputs hand them back. */
function keysBack(outputs: readonly WedgeOutput[]): string[] {
  return outputs.flatMap((o) => (o.kind === 'typed' ? o.keys.map((k) => k.key) : [...o.text, ...(o.terminated ? ['Enter'] : [])]));
}

describe('wedge detector properties', () => {
  it('no key is lost, duplicated or reordered, whatever the timing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, fc.integer({ min: 0, max: 300 })), { maxLength: 60 }), fc.boolean(), (steps, unterminated) => {
        let at = 0;
        const events = steps.map(([key, gap]) => ({ key, at: (at += gap) }));
        const outputs = detectWedge(events, { ...defaultWedgeOptions, acceptUnterminated: unterminated }, at + 1000);
        expect(keysBack(outputs)).toEqual(events.map((e) => e.key).filter((k) => k !== 'Shift'));
      }),
      { numRuns: 2000 },
    );
  });

  it('keys never closer than 31 ms on average are never a scan', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, fc.integer({ min: 31, max: 400 })), { maxLength: 60 }), (steps) => {
        let at = 0;
        const events = steps.map(([key, gap]) => ({ key, at: (at += gap) }));
        expect(detectWedge(events, defaultWedgeOptions, at + 1000).some((o) => o.kind === 'scan')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('any burst of 6+ characters at scanner speed ending in Enter is exactly one scan of that text', () => {
    const chars = fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY-/:.?='), { minLength: 6, maxLength: 80 });
    fc.assert(
      fc.property(chars, fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1 }), (text, gaps) => {
        const events = typed([...text, 'Enter'], gaps);
        expect(summary(detectWedge(events))).toEqual([`scan ${text.join('')}`]);
      }),
      { numRuns: 2000 },
    );
  });
});
