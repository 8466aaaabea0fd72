// Who says an utterance: the browser's own voice (Web Speech) where it has one for the language, else
// the clips the build recorded with espeak-ng, played one after another; where neither exists the kiosk
// stays silent and says so once in the log. A new utterance cuts off the one still playing.
import type { ClipId, SpeechLocale, Utterance } from './speech-plan.ts';

export interface Speaker {
  /** `onEnd` (optional) is told once when it has been said, failed, was cut off, or could not be said at all. */
  speak(utterance: Utterance, volume: number, onEnd?: () => void): void;
  /** Stops whatever is being said. */
  stop(): void;
}

/** How a language will be said: by the browser's voice, by clips, or not at all. */
export type VoiceSource = 'browser' | 'clips' | 'none';

/** The parts of the page a speaker uses, injected so tests can give their own. */
export interface SpeakerEnv {
  /** `window.speechSynthesis`, absent where the browser has none. */
  readonly synth?: Pick<SpeechSynthesis, 'getVoices' | 'speak' | 'cancel'> | undefined;
  readonly makeUtterance?: ((text: string) => SpeechSynthesisUtterance) | undefined;
  /** A player for one clip URL (an `Audio` element). */
  readonly makeAudio: (src: string) => ClipAudio;
  /** Where the clips are served: `<base><lang>/<clip>.wav`. */
  readonly clipBase: string;
  readonly log: (message: string) => void;
}

/** What a clip player needs of an `HTMLAudioElement`. */
export interface ClipAudio {
  volume: number;
  play(): Promise<void>;
  pause(): void;
  addEventListener(type: 'ended' | 'error' | 'loadedmetadata', listener: () => void, options?: { once?: boolean }): void;
  preload: string;
}

/** The browser's voice for a language: one whose `lang` matches (zh-CN, zh_CN; en-GB for en), local ones first. */
export function pickVoice<V extends Pick<SpeechSynthesisVoice, 'lang' | 'localService'>>(voices: readonly V[], lang: SpeechLocale): V | null {
  const norm = (l: string) => l.replace('_', '-').toLowerCase();
  const fits = voices.filter((v) => (lang === 'en' ? norm(v.lang).startsWith('en') : ['zh-cn', 'cmn-cn', 'zh-hans-cn', 'cmn'].includes(norm(v.lang))));
  return fits.find((v) => v.localService) ?? fits[0] ?? null;
}

export function clipUrl(base: string, lang: SpeechLocale, clip: ClipId): string {
  return `${base}${lang}/${clip}.wav`;
}

export function createSpeaker(env: SpeakerEnv): Speaker & { source(lang: SpeechLocale): Promise<VoiceSource> } {
  const clipsFound = new Map<SpeechLocale, Promise<boolean>>();
  const toldSilent = new Set<SpeechLocale>();
  let playing: ClipAudio | null = null;
  let generation = 0;

  // Whether the build recorded clips for a language: the first digit's clip loads or it does not.
  const haveClips = (lang: SpeechLocale) => {
    let found = clipsFound.get(lang);
    if (!found) {
      found = new Promise<boolean>((resolve) => {
        const probe = env.makeAudio(clipUrl(env.clipBase, lang, 'digit-0'));
        probe.preload = 'metadata';
        probe.addEventListener('loadedmetadata', () => resolve(true), { once: true });
        probe.addEventListener('error', () => resolve(false), { once: true });
      });
      clipsFound.set(lang, found);
    }
    return found;
  };

  const source = async (lang: SpeechLocale): Promise<VoiceSource> => {
    if (env.synth && env.makeUtterance && pickVoice(env.synth.getVoices(), lang)) return 'browser';
    return (await haveClips(lang)) ? 'clips' : 'none';
  };

  /** The onEnd of what is being said: told when it ends, or here when it is stopped. */
  let endCurrent: (() => void) | null = null;

  const stop = () => {
    generation++;
    const end = endCurrent;
    endCurrent = null;
    end?.();
    env.synth?.cancel();
    playing?.pause();
    playing = null;
  };

  const playClips = (u: Utterance, volume: number, mine: number, onEnd: () => void) => {
    const next = (i: number) => {
      if (mine !== generation || i >= u.clips.length) return onEnd();
      const audio = env.makeAudio(clipUrl(env.clipBase, u.lang, u.clips[i]!));
      audio.volume = volume;
      audio.addEventListener('ended', () => next(i + 1), { once: true });
      // A clip that will not load is skipped, so one bad file does not silence the rest.
      audio.addEventListener('error', () => next(i + 1), { once: true });
      playing = audio;
      audio.play().catch(() => next(i + 1));
    };
    next(0);
  };

  return {
    source,
    stop,
    speak(u, volume, onEnd) {
      stop();
      const mine = generation;
      let told = false;
      const ended = () => {
        if (told) return;
        told = true;
        if (endCurrent === ended) endCurrent = null;
        onEnd?.();
      };
      endCurrent = ended;
      void source(u.lang).then((how) => {
        if (mine !== generation) return ended();
        switch (how) {
          case 'browser': {
            const s = env.makeUtterance!(u.text);
            const voice = pickVoice(env.synth!.getVoices(), u.lang);
            if (voice) s.voice = voice;
            s.lang = u.lang;
            s.volume = volume;
            s.rate = 0.9;
            s.onend = ended;
            s.onerror = ended;
            env.synth!.speak(s);
            return;
          }
          case 'clips':
            return playClips(u, volume, mine, ended);
          case 'none':
            if (!toldSilent.has(u.lang)) {
              toldSilent.add(u.lang);
              env.log(`voice: no ${u.lang} voice in this browser and no recorded clips (build with espeak-ng installed): the kiosk stays silent`);
            }
            return ended();
          default:
            return how satisfies never;
        }
      });
    },
  };
}

/** The page's own speaker: Web Speech and `Audio` elements, clips beside the page in `voice/`. */
export function pageSpeaker(): Speaker {
  const synth = typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
  return createSpeaker({
    synth,
    makeUtterance: typeof SpeechSynthesisUtterance === 'undefined' ? undefined : (text) => new SpeechSynthesisUtterance(text),
    makeAudio: (src) => new Audio(src),
    clipBase: new URL('voice/', document.baseURI).href,
    log: (m) => console.info(m),
  });
}
