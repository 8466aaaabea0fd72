import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '../../../../domain/id-number.ts';
import { applyKey, groupIdNumber, idNumberCheck, initialKeyboardState, keyEnabled, type Field, type FieldRules, type KeyAction } from '../../../../renderer/src/ui/keyboard/keyboard-state.ts';

const start = (rules: FieldRules, value = ''): Field => ({ value, state: initialKeyboardState(rules.layout) });
const run = (rules: FieldRules, actions: readonly KeyAction[], from = start(rules)): Field => actions.reduce((f, a) => applyKey(rules, f, a), from);
const chars = (s: string): KeyAction[] => [...s].map((char) => ({ kind: 'char', char }));

const pinyin: FieldRules = { layout: 'pinyin', maxLength: 20 };
const id: FieldRules = { layout: 'idNumber', maxLength: 60 };

describe('pinyin composition', () => {
  it('letters compose; a candidate replaces the letters it stands for and the rest stays', () => {
    const typed = run(pinyin, chars('shenfen'), start(pinyin, '我的'));
    expect(typed).toMatchObject({ value: '我的', state: { composition: 'shenfen' } });
    const one = applyKey(pinyin, typed, { kind: 'candidate', candidate: { text: '身', consumed: 4 } });
    expect(one).toMatchObject({ value: '我的身', state: { composition: 'fen', page: 0 } });
    const two = applyKey(pinyin, one, { kind: 'candidate', candidate: { text: '份', consumed: 3 } });
    expect(two).toMatchObject({ value: '我的身份', state: { composition: '' } });
  });

  it('an apostrophe left in front after a candidate goes with it', () => {
    const f = run(pinyin, [...chars("xi'an"), { kind: 'candidate', candidate: { text: '西', consumed: 2 } }]);
    expect(f.state.composition).toBe('an');
  });

  it('backspace takes a letter of the composition while there is one, then characters of the text', () => {
    let f = run(pinyin, chars('sfz'), start(pinyin, '办理'));
    f = applyKey(pinyin, f, { kind: 'backspace' });
    expect(f).toMatchObject({ value: '办理', state: { composition: 'sf' } });
    f = run(pinyin, [{ kind: 'backspace' }, { kind: 'backspace' }, { kind: 'backspace' }], f);
    expect(f).toMatchObject({ value: '办', state: { composition: '' } });
  });

  it('backspace removes a whole character outside the basic plane, never half of it', () => {
    expect(applyKey(pinyin, start(pinyin, 'a𠀀'), { kind: 'backspace' }).value).toBe('a');
  });

  it('a new letter goes back to the first candidate page', () => {
    const f = run(pinyin, [...chars('sh'), { kind: 'page', delta: 1 }, { kind: 'page', delta: 1 }]);
    expect(f.state.page).toBe(2);
    expect(run(pinyin, chars('e'), f).state.page).toBe(0);
    expect(run(pinyin, [{ kind: 'page', delta: -1 }], start(pinyin)).state.page).toBe(0);
  });

  it('英 types letters as they are, with caps; switching keeps the letters composed so far', () => {
    let f = run(pinyin, [...chars('ab'), { kind: 'language' }]);
    expect(f).toMatchObject({ value: 'ab', state: { composition: '', chinese: false } });
    f = run(pinyin, [{ kind: 'shift' }, ...chars('cd'), { kind: 'shift' }, ...chars('e')], f);
    expect(f.value).toBe('abCDe');
  });

  it('enter keeps the letters; a scan lands as text, not composed', () => {
    expect(run(pinyin, [...chars('abc'), { kind: 'enter' }]).value).toBe('abc');
    expect(run(pinyin, [{ kind: 'insert', text: 'YY123456' }])).toMatchObject({ value: 'YY123456', state: { composition: '' } });
  });

  it('a word that does not fit is cut at the field’s length; letters stop when the field is full', () => {
    const rules: FieldRules = { layout: 'pinyin', maxLength: 3 };
    const f = run(rules, [...chars('sfz'), { kind: 'candidate', candidate: { text: '居民身份证', consumed: 3 } }], start(rules, ''));
    expect(f.value).toBe('居民身');
    expect(keyEnabled(rules, f, 'a')).toBe(false);
    expect(run(rules, chars('a'), f).state.composition).toBe('');
  });
});

describe('letters and digits', () => {
  it('caps is a lock: on until pressed again', () => {
    const letters: FieldRules = { layout: 'letters', maxLength: 10 };
    expect(run(letters, [{ kind: 'shift' }, ...chars('ab'), { kind: 'shift' }, ...chars('c')]).value).toBe('ABc');
  });

  it('a digits field takes digits only, up to its length', () => {
    const digits: FieldRules = { layout: 'digits', maxLength: 4 };
    expect(run(digits, chars('12a3X456')).value).toBe('1234');
    expect(run(digits, [{ kind: 'insert', text: '98-76' }]).value).toBe('9876');
  });

  it('a decimal field takes digits and one point, never first; the point key is off once used', () => {
    const decimal: FieldRules = { layout: 'decimal', maxLength: 10 };
    expect(run(decimal, chars('.12.5.0a')).value).toBe('12.50');
    expect(run(decimal, [{ kind: 'insert', text: '1,250.5.0' }]).value).toBe('1250.50');
    const f = run(decimal, chars('3.'));
    expect([keyEnabled(decimal, f, '.'), keyEnabled(decimal, f, '7')]).toEqual([false, true]);
    expect(keyEnabled(decimal, run(decimal, []), '.')).toBe(false);
  });
});

describe('ID number', () => {
  const first17 = '11010519491231002';
  const full = withCheckDigit(first17);
  if (!full.ok) throw new Error('bad fixture');

  it('takes X only as the 18th character, and a lower-case x as X', () => {
    expect(run(id, chars('1X2')).value).toBe('12');
    expect(keyEnabled(id, start(id, '1101'), 'X')).toBe(false);
    expect(keyEnabled(id, start(id, first17), 'X')).toBe(true);
    expect(run(id, chars('x'), start(id, first17)).value).toBe(`${first17}X`);
  });

  it('stops at 18 characters whatever maxLength says', () => {
    const f = run(id, chars(`${first17}1234`));
    expect(f.value).toHaveLength(18);
    expect(keyEnabled(id, f, '1')).toBe(false);
  });

  it('checks the number once the 18th character is typed', () => {
    expect(idNumberCheck(first17)).toBe('incomplete');
    expect(idNumberCheck(full.value)).toBe('valid');
    const wrong = first17 + (full.value.endsWith('1') ? '2' : '1');
    expect(idNumberCheck(wrong)).toBe('invalid');
  });

  it('a scanned number lands whole, trimmed; a scan with letters inside keeps the digits only', () => {
    expect(run(id, [{ kind: 'insert', text: ` ${full.value} ` }]).value).toBe(full.value);
    expect(run(id, [{ kind: 'insert', text: 'AB12X3' }]).value).toBe('123');
  });

  it('groups the number as region, birth date, sequence and check', () => {
    expect(groupIdNumber('110105199001011234')).toBe('110105 19900101 1234');
    expect(groupIdNumber('1101051')).toBe('110105 1');
    expect(groupIdNumber('')).toBe('');
  });
});
