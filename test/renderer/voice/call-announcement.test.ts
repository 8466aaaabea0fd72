// The hall display's call announcement: the number spelled, the window said as a number, in Chinese
// and English, with the clips in the order they play; repeated and in the configured languages.
import { describe, expect, it } from 'vitest';
import { voice as enVoice } from '../../../renderer/src/locales/en/voice.ts';
import { voice as zhVoice } from '../../../renderer/src/locales/zh-CN/voice.ts';
import { planAnnouncement, planCall, sayWholeNumber } from '../../../renderer/src/voice/call-announcement.ts';
import { clipCatalogue } from '../../../renderer/src/voice/speech-plan.ts';

const texts = { 'zh-CN': zhVoice, en: enVoice };

describe('planCall', () => {
  it('says A023 at window 3 in Chinese: 请 A 零二三 号 到 三 号窗口 办理, clip by clip', () => {
    expect(planCall({ number: 'A023', windowNumber: '3' }, 'zh-CN', zhVoice)).toEqual({
      lang: 'zh-CN',
      text: '请A零二三号到三号窗口办理',
      clips: ['callPlease', 'letter-a', 'digit-0', 'digit-2', 'digit-3', 'numberSuffix', 'callTo', 'digit-3', 'callWindow', 'callServe'],
    });
  });

  it('says window 12 as 十二 and a sign written "05" as 五', () => {
    expect(planCall({ number: 'B101', windowNumber: '12' }, 'zh-CN', zhVoice)).toMatchObject({ text: '请B一零一号到十二号窗口办理' });
    expect(planCall({ number: 'B101', windowNumber: '12' }, 'zh-CN', zhVoice).clips.slice(-4)).toEqual(['number-10', 'digit-2', 'callWindow', 'callServe']);
    expect(planCall({ number: 'AB001', windowNumber: '05' }, 'zh-CN', zhVoice).text).toBe('请AB零零一号到五号窗口办理');
  });

  it('says the English call: "Number A 0 2 3, please go to window 3"; window 12 is the clip "twelve"', () => {
    expect(planCall({ number: 'A023', windowNumber: '3' }, 'en', enVoice)).toEqual({
      lang: 'en',
      text: 'Number A 0 2 3, please go to window 3',
      clips: ['callPlease', 'letter-a', 'digit-0', 'digit-2', 'digit-3', 'callTo', 'digit-3'],
    });
    expect(planCall({ number: 'A023', windowNumber: '12' }, 'en', enVoice)).toMatchObject({ text: 'Number A 0 2 3, please go to window 12' });
    expect(planCall({ number: 'A023', windowNumber: '12' }, 'en', enVoice).clips.at(-1)).toBe('number-12');
  });

  it('refuses a window number that is not 1 to 3 digits, naming it', () => {
    expect(() => planCall({ number: 'A023', windowNumber: '3A' }, 'zh-CN', zhVoice)).toThrow(/3A/);
  });
});

describe('sayWholeNumber', () => {
  it.each([
    [1, '一', ['digit-1']],
    [10, '十', ['number-10']],
    [12, '十二', ['number-10', 'digit-2']],
    [20, '二十', ['digit-2', 'number-10']],
    [38, '三十八', ['digit-3', 'number-10', 'digit-8']],
    [100, '一百', ['digit-1', 'number-100']],
    [105, '一百零五', ['digit-1', 'number-100', 'digit-0', 'digit-5']],
    [110, '一百一十', ['digit-1', 'number-100', 'digit-1', 'number-10']],
  ])('%i in Chinese is %s', (n, words, clips) => {
    expect(sayWholeNumber(n, 'zh-CN')).toEqual({ words, clips });
  });

  it.each([
    [3, 'three'],
    [12, 'twelve'],
    [40, 'forty'],
    [45, 'forty five'],
    [105, 'one hundred five'],
    [119, 'one hundred nineteen'],
  ])('%i in English is %s', (n, words) => {
    expect(sayWholeNumber(n, 'en').words).toBe(words);
  });

  it('has a recorded clip for every clip it plays (0..999, both languages)', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const recorded = new Set(clipCatalogue(lang, texts[lang]).map((c) => c.id));
      for (let n = 0; n <= 999; n++) for (const clip of sayWholeNumber(n, lang).clips) expect(recorded.has(clip), `${lang} ${n}: ${clip}`).toBe(true);
      for (const clip of planCall({ number: 'Z999', windowNumber: '1' }, lang, texts[lang]).clips) expect(recorded.has(clip), clip).toBe(true);
    }
  });
});

describe('planAnnouncement', () => {
  it('says each language in order, the whole repeated', () => {
    const said = planAnnouncement({ number: 'A023', windowNumber: '3' }, ['zh-CN', 'en'], 2, texts);
    expect(said.map((u) => u.lang)).toEqual(['zh-CN', 'en', 'zh-CN', 'en']);
    expect(planAnnouncement({ number: 'A023', windowNumber: '3' }, ['zh-CN'], 1, texts)).toHaveLength(1);
  });
});
