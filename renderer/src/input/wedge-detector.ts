// Keyboard-wedge burst detector, for scanners that type into the page as a USB keyboard. Pure: no
// DOM types, no clock, no imports; the renderer adapts its keydown events ({ key, at }) and owns
// the state. A scanner types many characters a few milliseconds apart and ends with Enter; a person,
// even a fast typist, does not keep a mean interval under ~30 ms.
//
// How the renderer uses it: on keydown, call wedgeKey(state, { key: e.key, at: e.timeStamp }); if
// the key was not a modifier, prevent its default (the detector holds it for now). Act on the
// outputs: 'scan' -> a scanned code; 'typed' -> replay those keys into the focused field. When
// wedgeDeadline(state) is defined, call wedgeIdle(state, now) at that time (a held key is released
// at most `maxGapMs` after it was typed).

export interface WedgeKeyEvent {
  /** A KeyboardEvent.key value: one character, 'Enter', 'Backspace', 'Shift'... */
  readonly key: string;
  /** Milliseconds, any monotonic origin (KeyboardEvent.timeStamp). */
  readonly at: number;
}

export interface WedgeOptions {
  /** A burst's mean interval between keys, terminator included, must be at most this. */
  readonly maxMeanIntervalMs: number;
  /** A pause longer than this ends whatever was being held. */
  readonly maxGapMs: number;
  /** Characters a burst needs (before the terminator) to count as a scan. */
  readonly minLength: number;
  /** Keys that end a scan. */
  readonly terminators: readonly string[];
  /** Treat a fast burst that ends in a pause instead of a terminator as a scan (scanners set up without a suffix). */
  readonly acceptUnterminated: boolean;
}

export const defaultWedgeOptions: WedgeOptions = {
  maxMeanIntervalMs: 30,
  maxGapMs: 60,
  minLength: 6,
  terminators: ['Enter'],
  acceptUnterminated: false,
};

/** Keys that only change other keys: never held, never part of a verdict, let through as they are. */
export const modifierKeys: readonly string[] = ['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock'];

export type WedgeOutput =
  | { readonly kind: 'scan'; readonly text: string; readonly terminated: boolean }
  /** Keys a person typed, in order: replay them into the focused field. */
  | { readonly kind: 'typed'; readonly keys: readonly WedgeKeyEvent[] };

export interface WedgeState {
  /** Keys held until the detector can tell a scan from typing. */
  readonly held: readonly WedgeKeyEvent[];
}

export interface WedgeStep {
  readonly state: WedgeState;
  readonly outputs: readonly WedgeOutput[];
}

export const emptyWedgeState: WedgeState = { held: [] };

const isCharacter = (key: string): boolean => key.length > 0 && [...key].length === 1;

function meanInterval(keys: readonly WedgeKeyEvent[]): number {
  const first = keys[0];
  const last = keys.at(-1);
  if (!first || !last || keys.length < 2) return Number.POSITIVE_INFINITY;
  return Math.max(0, last.at - first.at) / (keys.length - 1);
}

function isBurst(chars: readonly WedgeKeyEvent[], withTerminator: WedgeKeyEvent | undefined, o: WedgeOptions): boolean {
  if (chars.length < o.minLength) return false;
  return meanInterval(withTerminator ? [...chars, withTerminator] : chars) <= o.maxMeanIntervalMs;
}

const textOf = (keys: readonly WedgeKeyEvent[]): string => keys.map((k) => k.key).join('');

/** Held keys that will get no terminator: a scan only if unterminated bursts are accepted. */
function release(held: readonly WedgeKeyEvent[], o: WedgeOptions): WedgeOutput[] {
  if (held.length === 0) return [];
  if (o.acceptUnterminated && isBurst(held, undefined, o)) return [{ kind: 'scan', text: textOf(held), terminated: false }];
  return [{ kind: 'typed', keys: held }];
}

/** One key down. */
export function wedgeKey(state: WedgeState, event: WedgeKeyEvent, options: WedgeOptions = defaultWedgeOptions): WedgeStep {
  if (modifierKeys.includes(event.key)) return { state, outputs: [] };
  const outputs: WedgeOutput[] = [];
  let held = state.held;
  const last = held.at(-1);
  if (last && event.at - last.at > options.maxGapMs) {
    outputs.push(...release(held, options));
    held = [];
  }
  if (options.terminators.includes(event.key)) {
    if (isBurst(held, event, options)) outputs.push({ kind: 'scan', text: textOf(held), terminated: true });
    else outputs.push({ kind: 'typed', keys: [...held, event] });
    return { state: emptyWedgeState, outputs };
  }
  if (isCharacter(event.key)) return { state: { held: [...held, event] }, outputs };
  // Backspace, arrows, Tab...: a person editing. Release what is held first, in order.
  outputs.push({ kind: 'typed', keys: [...held, event] });
  return { state: emptyWedgeState, outputs };
}

/** No key since the last one until `now`: releases held keys once the pause exceeds `maxGapMs`. */
export function wedgeIdle(state: WedgeState, now: number, options: WedgeOptions = defaultWedgeOptions): WedgeStep {
  const last = state.held.at(-1);
  if (!last || now - last.at <= options.maxGapMs) return { state, outputs: [] };
  return { state: emptyWedgeState, outputs: release(state.held, options) };
}

/** When to call wedgeIdle next; undefined when nothing is held. */
export function wedgeDeadline(state: WedgeState, options: WedgeOptions = defaultWedgeOptions): number | undefined {
  const last = state.held.at(-1);
  return last ? last.at + options.maxGapMs + 1 : undefined;
}

/** A whole recorded sequence at once (tests, diagnostics): every key, then idle at `endAt` if given. */
export function detectWedge(events: readonly WedgeKeyEvent[], options: WedgeOptions = defaultWedgeOptions, endAt?: number): WedgeOutput[] {
  let state = emptyWedgeState;
  const outputs: WedgeOutput[] = [];
  for (const event of events) {
    const step = wedgeKey(state, event, options);
    state = step.state;
    outputs.push(...step.outputs);
  }
  if (endAt !== undefined) outputs.push(...wedgeIdle(state, endAt, options).outputs);
  return outputs;
}
