// The keys of each layout, row by row. Letter and digit rows keep this order in every language (a
// right-to-left page mirrors the frame around the keyboard, never the keys). Special keys are named:
// shift (upper case), language (中/英), space, backspace, clear.
import type { KeyboardLayout } from './keyboard-state.ts';

export type SpecialKey = 'shift' | 'language' | 'space' | 'backspace' | 'clear';
export type KeySpec = { readonly char: string } | { readonly special: SpecialKey };

const chars = (row: string): KeySpec[] => [...row].map((char) => ({ char }));

const QWERTY = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** The rows of a layout; `chinese` is the pinyin layout's 中/英 (no upper case while composing pinyin). */
export function keyRows(layout: KeyboardLayout, chinese: boolean): KeySpec[][] {
  switch (layout) {
    case 'digits':
      return [chars('123'), chars('456'), chars('789'), [{ special: 'clear' }, { char: '0' }, { special: 'backspace' }]];
    case 'decimal':
      return [chars('123'), chars('456'), chars('789'), [{ char: '.' }, { char: '0' }, { special: 'backspace' }], [{ special: 'clear' }]];
    case 'idNumber':
      return [chars('123'), chars('456'), chars('789'), [{ char: 'X' }, { char: '0' }, { special: 'backspace' }], [{ special: 'clear' }]];
    case 'letters':
    case 'pinyin': {
      const [top = '', middle = '', bottom = ''] = QWERTY;
      const last: KeySpec[] = layout === 'pinyin' ? [{ special: 'language' }, { special: 'space' }, { special: 'clear' }] : [{ special: 'space' }, { special: 'clear' }];
      const shift: KeySpec[] = layout === 'pinyin' && chinese ? [] : [{ special: 'shift' }];
      return [chars('1234567890'), chars(top), chars(middle), [...shift, ...chars(bottom), { special: 'backspace' }], last];
    }
  }
}
