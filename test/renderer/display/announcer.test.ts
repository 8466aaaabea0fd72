// The display's announcement queue: utterances said one after another, a second call waiting for the
// first to end (no cut-off), a hung voice given up after maxMs on the injected clock, clear().
import { describe, expect, it } from 'vitest';
import { createAnnouncer } from '../../../renderer/src/display/announcer.ts';
import type { Utterance } from '../../../renderer/src/voice/speech-plan.ts';
import { ManualClock } from '../../support/manual-clock.ts';

const u = (text: string): Utterance => ({ lang: 'zh-CN', text, clips: [] });

function rig() {
  const clock = new ManualClock(0);
  const speaking: { text: string; end: () => void }[] = [];
  const started: string[] = [];
  let stopped = 0;
  const announcer = createAnnouncer({
    speaker: { speak: (x, _v, onEnd) => speaking.push({ text: x.text, end: onEnd ?? (() => {}) }), stop: () => void stopped++ },
    setTimeout: (fn, ms) => clock.setTimeout(fn, ms),
    clearTimeout: (t) => clock.clearTimeout(t),
    onStart: (x) => started.push(x.text),
    maxMs: 10_000,
  });
  return { clock, speaking, started, announcer, stopped: () => stopped };
}

describe('createAnnouncer', () => {
  it('says a second call only after the first has been said in full', () => {
    const r = rig();
    r.announcer.add([u('A001 zh'), u('A001 en')], 1);
    r.announcer.add([u('A002 zh')], 1);
    expect(r.started).toEqual(['A001 zh']);
    expect(r.announcer.waiting).toBe(2);
    r.speaking[0]!.end();
    expect(r.started).toEqual(['A001 zh', 'A001 en']);
    r.speaking[1]!.end();
    r.speaking[1]!.end(); // told twice: still one step
    expect(r.started).toEqual(['A001 zh', 'A001 en', 'A002 zh']);
    r.speaking[2]!.end();
    r.announcer.add([u('A003 zh')], 1);
    expect(r.started.at(-1)).toBe('A003 zh');
  });

  it('moves on when a voice never reports its end, after maxMs', () => {
    const r = rig();
    r.announcer.add([u('one'), u('two')], 1);
    r.clock.advance(9_999);
    expect(r.started).toEqual(['one']);
    r.clock.advance(1);
    expect(r.started).toEqual(['one', 'two']);
    // The late end of the first changes nothing.
    r.speaking[0]!.end();
    expect(r.started).toEqual(['one', 'two']);
  });

  it('clear() drops what waits and stops the voice; the next call starts at once', () => {
    const r = rig();
    r.announcer.add([u('one'), u('two')], 1);
    r.announcer.clear();
    expect(r.stopped()).toBe(1);
    r.speaking[0]!.end();
    expect(r.started).toEqual(['one']);
    r.announcer.add([u('three')], 1);
    expect(r.started).toEqual(['one', 'three']);
  });
});
