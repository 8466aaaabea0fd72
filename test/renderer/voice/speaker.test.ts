import { describe, expect, it } from 'vitest';
import { createSpeaker, pickVoice, type ClipAudio, type SpeakerEnv } from '../../../renderer/src/voice/speaker.ts';
import type { Utterance } from '../../../renderer/src/voice/speech-plan.ts';

/** Audio elements that load or fail as the test says, and play when told to end. */
function fakeAudio(existing: (src: string) => boolean) {
  const made: (ClipAudio & { src: string; fire(type: 'ended' | 'error' | 'loadedmetadata'): void; played: boolean })[] = [];
  const makeAudio = (src: string) => {
    const listeners = new Map<string, (() => void)[]>();
    const a = {
      src,
      volume: 1,
      preload: 'auto',
      played: false,
      play: () => {
        a.played = true;
        return Promise.resolve();
      },
      pause: () => {},
      addEventListener: (type: string, l: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), l]),
      fire: (type: string) => listeners.get(type)?.forEach((l) => l()),
    };
    made.push(a);
    // The probe's answer comes as a load or an error, a turn later.
    queueMicrotask(() => a.fire(existing(src) ? 'loadedmetadata' : 'error'));
    return a;
  };
  return { made, makeAudio };
}

type Synth = NonNullable<SpeakerEnv['synth']>;
/** What the test reads of a browser utterance (the test project has no DOM types). */
interface SpokenText {
  text: string;
  lang: string;
  volume: number;
}
type BrowserVoice = ReturnType<Synth['getVoices']>[number];

const ticket: Utterance = { lang: 'zh-CN', text: '您的号码是A一号', clips: ['yourNumber', 'letter-a', 'digit-1'] };
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('pickVoice', () => {
  it('finds a Chinese voice however the platform writes its tag, a local one first', () => {
    const voices = [
      { lang: 'en-US', localService: true, name: 'en' },
      { lang: 'zh_CN', localService: false, name: 'remote' },
      { lang: 'zh-CN', localService: true, name: 'local' },
    ];
    expect(pickVoice(voices, 'zh-CN')?.name).toBe('local');
    expect(pickVoice(voices, 'en')?.name).toBe('en');
    expect(pickVoice([{ lang: 'zh-TW', localService: true }], 'zh-CN')).toBeNull();
  });
});

describe('createSpeaker', () => {
  it('plays the clips one after another when the browser has no voice, at the volume given', async () => {
    const audio = fakeAudio(() => true);
    const speaker = createSpeaker({ makeAudio: audio.makeAudio, clipBase: '/voice/', log: () => {} });
    speaker.speak(ticket, 0.5);
    await tick();
    const played = () => audio.made.filter((a) => a.played);
    expect(played().map((a) => a.src)).toEqual(['/voice/zh-CN/yourNumber.wav']);
    played()[0]!.fire('ended');
    played()[1]!.fire('ended');
    expect(played().map((a) => a.src)).toEqual(['/voice/zh-CN/yourNumber.wav', '/voice/zh-CN/letter-a.wav', '/voice/zh-CN/digit-1.wav']);
    expect(played().every((a) => a.volume === 0.5)).toBe(true);
  });

  it('tells onEnd once after the last clip, at once when nothing can say it, and when it is cut off', async () => {
    const audio = fakeAudio(() => true);
    const speaker = createSpeaker({ makeAudio: audio.makeAudio, clipBase: '/v/', log: () => {} });
    const ends: string[] = [];
    speaker.speak(ticket, 1, () => ends.push('ticket'));
    await tick();
    const played = () => audio.made.filter((a) => a.played);
    played()[0]!.fire('ended');
    played()[1]!.fire('ended');
    expect(ends).toEqual([]);
    played()[2]!.fire('ended');
    played()[2]!.fire('ended');
    expect(ends).toEqual(['ticket']);
    // Cut off by the next one: its end is told too (a queue waiting on it must not hang).
    speaker.speak(ticket, 1, () => ends.push('cut'));
    await tick();
    speaker.speak({ lang: 'zh-CN', text: 'x', clips: ['welcome'] }, 1);
    expect(ends).toEqual(['ticket', 'cut']);
    await tick();
    played().at(-2)!.fire('ended');
    expect(ends).toEqual(['ticket', 'cut']);
    const silent = createSpeaker({ makeAudio: fakeAudio(() => false).makeAudio, clipBase: '/v/', log: () => {} });
    silent.speak(ticket, 1, () => ends.push('silent'));
    await tick();
    await tick();
    expect(ends).toEqual(['ticket', 'cut', 'silent']);
  });

  it('cuts off the clips of the last utterance when a new one starts', async () => {
    const audio = fakeAudio(() => true);
    const speaker = createSpeaker({ makeAudio: audio.makeAudio, clipBase: '/v/', log: () => {} });
    speaker.speak(ticket, 1);
    await tick();
    const first = audio.made.find((a) => a.played)!;
    speaker.speak({ lang: 'zh-CN', text: 'x', clips: ['welcome'] }, 1);
    await tick();
    first.fire('ended');
    expect(audio.made.filter((a) => a.played).map((a) => a.src)).toEqual(['/v/zh-CN/yourNumber.wav', '/v/zh-CN/welcome.wav']);
  });

  it('uses the browser voice where it has one for the language', async () => {
    const spoken: SpokenText[] = [];
    const synth: Synth = {
      getVoices: () => [{ lang: 'zh-CN', localService: true } as BrowserVoice],
      speak: (u: unknown) => void spoken.push(u as SpokenText),
      cancel: () => {},
    };
    const audio = fakeAudio(() => true);
    const speaker = createSpeaker({ synth, makeUtterance: (text) => ({ text }) as unknown as Parameters<Synth['speak']>[0], makeAudio: audio.makeAudio, clipBase: '/v/', log: () => {} });
    expect(await speaker.source('zh-CN')).toBe('browser');
    speaker.speak(ticket, 0.3);
    await tick();
    expect(spoken.map((u) => [u.text, u.lang, u.volume])).toEqual([['您的号码是A一号', 'zh-CN', 0.3]]);
    expect(audio.made.some((a) => a.played)).toBe(false);
    // No English voice: English falls back to the clips.
    expect(await speaker.source('en')).toBe('clips');
  });

  it('stays silent with one log line per language when there is neither a voice nor clips', async () => {
    const lines: string[] = [];
    const audio = fakeAudio(() => false);
    const speaker = createSpeaker({ makeAudio: audio.makeAudio, clipBase: '/v/', log: (m) => lines.push(m) });
    speaker.speak(ticket, 1);
    await tick();
    speaker.speak(ticket, 1);
    await tick();
    expect(await speaker.source('zh-CN')).toBe('none');
    expect(audio.made.some((a) => a.played)).toBe(false);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/no zh-CN voice.*espeak-ng/);
  });

  it('skips a clip that fails to load and goes on with the next', async () => {
    const audio = fakeAudio((src) => !src.endsWith('letter-a.wav'));
    const speaker = createSpeaker({ makeAudio: audio.makeAudio, clipBase: '/v/', log: () => {} });
    speaker.speak(ticket, 1);
    await tick();
    audio.made.find((a) => a.src.endsWith('yourNumber.wav') && a.played)!.fire('ended');
    audio.made.find((a) => a.src.endsWith('letter-a.wav') && a.played)!.fire('error');
    expect(audio.made.filter((a) => a.played).map((a) => a.src.split('/').pop())).toEqual(['yourNumber.wav', 'letter-a.wav', 'digit-1.wav']);
  });
});
