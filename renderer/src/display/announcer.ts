// The call display's announcements as a queue: each call's utterances (call-announcement.ts: every
// language, repeated) are said one after another, and the next call waits until the one before has
// been said in full (never cut off, unlike the kiosk's speaker, where a new prompt replaces the old).
// An utterance that never reports its end (a browser voice that hangs) is given up after `maxMs`, so
// the queue never stalls. Every utterance is announced on the page as it starts (`onStart`: the e2e
// tests read what is said, in order, from it).
import type { Speaker } from '../voice/speaker.ts';
import type { Utterance } from '../voice/speech-plan.ts';

export interface AnnouncerEnv {
  readonly speaker: Pick<Speaker, 'speak' | 'stop'>;
  readonly setTimeout: (fn: () => void, ms: number) => unknown;
  readonly clearTimeout: (timer: unknown) => void;
  /** Told as each utterance starts. */
  readonly onStart: (utterance: Utterance) => void;
  /** The longest an utterance may take before the queue moves on. Default 20 s. */
  readonly maxMs?: number;
}

export interface Announcer {
  /** Queues these utterances after everything already queued. */
  add(utterances: readonly Utterance[], volume: number): void;
  /** How many utterances wait (not counting the one being said). */
  readonly waiting: number;
  /** Drops the queue and stops what is being said (the voice was switched off). */
  clear(): void;
}

export function createAnnouncer(env: AnnouncerEnv): Announcer {
  const queue: { utterance: Utterance; volume: number }[] = [];
  let busy = false;
  let generation = 0;

  const next = () => {
    const item = queue.shift();
    if (!item) {
      busy = false;
      return;
    }
    busy = true;
    const mine = generation;
    let done = false;
    const finish = () => {
      if (done || mine !== generation) return;
      done = true;
      env.clearTimeout(guard);
      next();
    };
    const guard = env.setTimeout(finish, env.maxMs ?? 20_000);
    env.onStart(item.utterance);
    env.speaker.speak(item.utterance, item.volume, finish);
  };

  return {
    add(utterances, volume) {
      for (const utterance of utterances) queue.push({ utterance, volume });
      if (!busy) next();
    },
    get waiting() {
      return queue.length;
    },
    clear() {
      generation++;
      queue.length = 0;
      busy = false;
      env.speaker.stop();
    },
  };
}
