// What a key does to a field, pure: the field's value (owned by the screen), and the keyboard's own
// state (the pinyin composition, the candidate page, upper case, 中/英). One function for on-screen
// keys, a keypad or USB keyboard's keys, and a scanner's text, so they all obey the same rules:
// digits only in a digits field; in an ID-number field digits and X, X only as the 18th character,
// 18 at most; a scan lands as text (never as pinyin to compose).
import { hasValidCheckDigit } from '../../../../domain/id-number.ts';
import type { Candidate } from './pinyin-dictionary.ts';
import { isCompositionLetter } from './pinyin-dictionary.ts';

/** decimal: digits and one point, not first (an amount: 1250.50). */
export type KeyboardLayout = 'pinyin' | 'letters' | 'digits' | 'decimal' | 'idNumber';

export interface KeyboardState {
  /** Pinyin letters typed and not yet turned into characters. */
  readonly composition: string;
  /** The candidate page shown. */
  readonly page: number;
  /** Letters typed in upper case (a caps lock: stays on until pressed again). */
  readonly upper: boolean;
  /** Pinyin layout: 中 (letters compose pinyin) or 英 (letters are typed as they are). */
  readonly chinese: boolean;
}

export interface FieldRules {
  readonly layout: KeyboardLayout;
  readonly maxLength: number;
}

export type KeyAction =
  /** A key with a character on it (letter, digit, X, space), or such a key on a USB keyboard. */
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'backspace' }
  | { readonly kind: 'clear' }
  /** Enter: the composition as typed letters. */
  | { readonly kind: 'enter' }
  | { readonly kind: 'shift' }
  | { readonly kind: 'language' }
  | { readonly kind: 'candidate'; readonly candidate: Candidate }
  | { readonly kind: 'page'; readonly delta: 1 | -1 }
  /** Text from a scanner: filtered by the layout, never composed. */
  | { readonly kind: 'insert'; readonly text: string };

export interface Field {
  readonly value: string;
  readonly state: KeyboardState;
}

export const ID_NUMBER_LENGTH = 18;
/** A composition longer than this is not pinyin anybody means. */
export const MAX_COMPOSITION = 24;

export function initialKeyboardState(layout: KeyboardLayout): KeyboardState {
  return { composition: '', page: 0, upper: false, chinese: layout === 'pinyin' };
}

/** The most characters a field takes: an ID number never more than 18. */
export function maxLengthOf(rules: FieldRules): number {
  return rules.layout === 'idNumber' ? Math.min(rules.maxLength, ID_NUMBER_LENGTH) : rules.maxLength;
}

const length = (s: string) => [...s].length;

/** The character as this field would take it after `value`, or null when it may not go there. */
export function accepted(rules: FieldRules, value: string, char: string): string | null {
  if (length(value) >= maxLengthOf(rules)) return null;
  switch (rules.layout) {
    case 'digits':
      return /^\d$/.test(char) ? char : null;
    case 'decimal':
      if (/^\d$/.test(char)) return char;
      return char === '.' && value !== '' && !value.includes('.') ? char : null;
    case 'idNumber':
      if (/^\d$/.test(char)) return char;
      return /^[xX]$/.test(char) && length(value) === ID_NUMBER_LENGTH - 1 ? 'X' : null;
    case 'letters':
    case 'pinyin':
      return /^[\p{L}\p{N}\p{P}\p{S} ]$/u.test(char) ? char : null;
  }
}

/** Whether the key for `char` can do anything now (a key that cannot is shown disabled). */
export function keyEnabled(rules: FieldRules, field: Field, char: string): boolean {
  if (composing(rules, field.state) && isCompositionLetter(char.toLowerCase())) return field.state.composition.length < MAX_COMPOSITION && length(field.value) < maxLengthOf(rules);
  return accepted(rules, field.value, char) !== null;
}

/** Letters compose pinyin: the pinyin layout in 中. */
export const composing = (rules: FieldRules, state: KeyboardState): boolean => rules.layout === 'pinyin' && state.chinese;

function append(rules: FieldRules, value: string, text: string): string {
  let out = value;
  for (const ch of text) out += accepted(rules, out, ch) ?? '';
  return out;
}

const reset = (state: KeyboardState, composition: string): KeyboardState => ({ ...state, composition, page: 0 });

export function applyKey(rules: FieldRules, field: Field, action: KeyAction): Field {
  const { value, state } = field;
  switch (action.kind) {
    case 'char': {
      const char = state.upper && !composing(rules, state) ? action.char.toUpperCase() : action.char;
      const letter = char.toLowerCase();
      if (composing(rules, state) && isCompositionLetter(letter) && (letter !== "'" || state.composition !== '')) {
        if (!keyEnabled(rules, field, letter)) return field;
        return { value, state: reset(state, state.composition + letter) };
      }
      return { value: append(rules, value, char), state };
    }
    case 'backspace':
      if (state.composition) return { value, state: reset(state, state.composition.slice(0, -1)) };
      return { value: [...value].slice(0, -1).join(''), state };
    case 'clear':
      return { value: '', state: reset(state, '') };
    case 'enter':
      return { value: append(rules, value, state.composition.replaceAll("'", '')), state: reset(state, '') };
    case 'shift':
      return { value, state: { ...state, upper: !state.upper } };
    case 'language':
      // Letters composed so far stay, as letters.
      return { value: append(rules, value, state.composition.replaceAll("'", '')), state: { ...reset(state, ''), chinese: !state.chinese } };
    case 'candidate':
      return { value: append(rules, value, action.candidate.text), state: reset(state, state.composition.slice(action.candidate.consumed).replace(/^'/, '')) };
    case 'page':
      return { value, state: { ...state, page: Math.max(0, state.page + action.delta) } };
    case 'insert':
      return { value: append(rules, value, rules.layout === 'idNumber' ? action.text.trim() : action.text), state };
  }
}

export type IdNumberCheck = 'incomplete' | 'valid' | 'invalid';

/** The GB 11643 check, shown as the 18th character is typed. */
export function idNumberCheck(value: string): IdNumberCheck {
  if (value.length < ID_NUMBER_LENGTH) return 'incomplete';
  return hasValidCheckDigit(value) ? 'valid' : 'invalid';
}

/** `110105199001011234` -> `110105 19900101 1234`: region, birth date, sequence and check, easier to compare with a card. */
export function groupIdNumber(value: string): string {
  return [value.slice(0, 6), value.slice(6, 14), value.slice(14)].filter(Boolean).join(' ');
}
