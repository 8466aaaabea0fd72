import { describe, expect, it } from 'vitest';
import { voice as enVoice } from '../../../renderer/src/locales/en/voice.ts';
import { voice as zhVoice } from '../../../renderer/src/locales/zh-CN/voice.ts';
import { clipCatalogue, planUtterance, speechLocale, spellNumber, type ClipId } from '../../../renderer/src/voice/speech-plan.ts';

describe('spellNumber', () => {
  it('says a ticket number as a Chinese hall calls it: the letter, then each digit on its own', () => {
    expect(spellNumber('A023', 'zh-CN')).toEqual({ words: ['A', '零', '二', '三'], clips: ['letter-a', 'digit-0', 'digit-2', 'digit-3'] });
    // Never as a quantity: 110 is 一一零, not 一百一十; 2 stays 二, 1 stays 一.
    expect(spellNumber('B110', 'zh-CN').words.join('')).toBe('B一一零');
    expect(spellNumber('c2', 'zh-CN').words).toEqual(['C', '二']);
  });
  it('says digits as English words in English', () => {
    expect(spellNumber('A023', 'en').words).toEqual(['A', 'zero', 'two', 'three']);
  });
  it('leaves out marks that are not said (A-023), and refuses a number with nothing to say', () => {
    expect(spellNumber('A-023', 'zh-CN').clips).toEqual(['letter-a', 'digit-0', 'digit-2', 'digit-3']);
    expect(() => spellNumber('--', 'zh-CN')).toThrow(/no letter or digit: "--"/);
  });
});

describe('planUtterance', () => {
  it('announces a printed ticket: your number, A 零二三 号, take your slip', () => {
    const u = planUtterance({ kind: 'ticket', number: 'A023', printed: true }, 'zh-CN', zhVoice);
    expect(u).toEqual({
      lang: 'zh-CN',
      text: '您的号码是A零二三号。请取走您的凭条',
      clips: ['yourNumber', 'letter-a', 'digit-0', 'digit-2', 'digit-3', 'numberSuffix', 'takeSlip'],
    });
  });
  it('asks to note the number when the slip did not print', () => {
    const u = planUtterance({ kind: 'ticket', number: 'K7', printed: false }, 'zh-CN', zhVoice);
    expect(u.clips.at(-1)).toBe('notPrinted');
    expect(u.text).toContain(zhVoice['voice.notPrinted']);
  });
  it('in English: no 号 after the number (its text is empty, so it has no clip)', () => {
    const u = planUtterance({ kind: 'ticket', number: 'A023', printed: true }, 'en', enVoice);
    expect(u.text).toBe('Your number is A zero two three. Please take your slip');
    expect(u.clips).toEqual(['yourNumber', 'letter-a', 'digit-0', 'digit-2', 'digit-3', 'takeSlip']);
  });
  it('says a failure in the screen’s own words to a browser voice, and the general clip otherwise', () => {
    const u = planUtterance({ kind: 'failure', words: '该业务现在不办理' }, 'zh-CN', zhVoice);
    expect(u).toEqual({ lang: 'zh-CN', text: '该业务现在不办理', clips: ['failure'] });
    expect(planUtterance({ kind: 'failure', words: ' ' }, 'en', enVoice).text).toBe(enVoice['voice.failure']);
  });
  it('says the welcome and the idle warning from the locale tables', () => {
    expect(planUtterance({ kind: 'welcome' }, 'en', enVoice)).toEqual({ lang: 'en', text: enVoice['voice.welcome'], clips: ['welcome'] });
    expect(planUtterance({ kind: 'idle' }, 'zh-CN', zhVoice).text).toBe(zhVoice['voice.idle']);
  });
});

describe('speechLocale', () => {
  it('speaks Uyghur screens in Chinese, English in English', () => {
    expect(speechLocale('ug-CN')).toBe('zh-CN');
    expect(speechLocale('zh-CN')).toBe('zh-CN');
    expect(speechLocale('en')).toBe('en');
  });
});

describe('clipCatalogue', () => {
  it('has a clip for every clip any utterance can ask for, and no empty one', () => {
    for (const [lang, texts] of [['zh-CN', zhVoice], ['en', enVoice]] as const) {
      const catalogue = clipCatalogue(lang, texts);
      const ids = new Set<ClipId>(catalogue.map((c) => c.id));
      expect(ids.size).toBe(catalogue.length);
      expect(catalogue.every((c) => c.text.trim() !== '')).toBe(true);
      const asked = [
        planUtterance({ kind: 'ticket', number: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', printed: true }, lang, texts),
        planUtterance({ kind: 'ticket', number: 'A1', printed: false }, lang, texts),
        planUtterance({ kind: 'welcome' }, lang, texts),
        planUtterance({ kind: 'idle' }, lang, texts),
        planUtterance({ kind: 'failure', words: 'x' }, lang, texts),
      ].flatMap((u) => u.clips);
      expect(asked.filter((c) => !ids.has(c))).toEqual([]);
    }
  });
});
