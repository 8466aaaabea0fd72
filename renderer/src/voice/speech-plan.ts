// What the kiosk says, and how: each prompt becomes an utterance (the language, the words for a browser
// voice, and the sequence of pre-recorded clips that says the same where there is none). Pure: no DOM,
// no audio; the build (scripts/voice-clips.ts) reads `clipCatalogue` to record the clips.
//
// A ticket number is said as Chinese halls call it: the letter, then each digit on its own, then 号
// (A023 -> "A 零二三 号"; never "二十三"), so it matches the slip and the hall's call. 1 is 一 (not 幺)
// and 2 is 二 (not 两), as digit strings are read.
import type { Locale } from '../locales/index.ts';
import type { voice as zhVoice } from '../locales/zh-CN/voice.ts';

/** The languages the kiosk speaks. Uyghur is spoken in Chinese until its prompts are reviewed by a
 *  native speaker (espeak-ng has an `ug` voice, browsers rarely do). */
export const speechLocales = ['zh-CN', 'en'] as const;
export type SpeechLocale = (typeof speechLocales)[number];

export type VoiceKey = keyof typeof zhVoice;
export type VoiceTexts = Readonly<Record<VoiceKey, string>>;

type PromptName = VoiceKey extends `voice.${infer P}` ? P : never;
export type ClipId = `digit-${number}` | `letter-${string}` | `number-${number}` | PromptName;

export type Prompt =
  /** The first touch of a visit at the home screen. */
  | { readonly kind: 'welcome' }
  /** A ticket just taken: its number, then whether to take the slip or note the number. */
  | { readonly kind: 'ticket'; readonly number: string; readonly printed: boolean }
  /** The idle warning: the visit ends soon. */
  | { readonly kind: 'idle' }
  /** A help call (帮办代办): sent (wait here), then acknowledged by staff (someone is coming). */
  | { readonly kind: 'help'; readonly step: 'called' | 'coming' }
  /** A failure: `words` are the screen's own (a browser voice says them; the clips say a general one). */
  | { readonly kind: 'failure'; readonly words: string };

export interface Utterance {
  readonly lang: SpeechLocale;
  /** What a browser voice says. */
  readonly text: string;
  /** The same as clips, in order, where the browser has no voice for `lang`. */
  readonly clips: readonly ClipId[];
}

const DIGITS: Readonly<Record<SpeechLocale, readonly string[]>> = {
  'zh-CN': ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
};

/** Which language a screen locale is spoken in. */
export function speechLocale(locale: Locale): SpeechLocale {
  switch (locale) {
    case 'zh-CN':
    case 'ug-CN':
      return 'zh-CN';
    case 'en':
      return 'en';
    default:
      return locale satisfies never;
  }
}

/** A ticket number spelled for speech: letters by name, digits one by one; other marks are not said. */
export function spellNumber(number: string, lang: SpeechLocale): { readonly words: readonly string[]; readonly clips: readonly ClipId[] } {
  const words: string[] = [];
  const clips: ClipId[] = [];
  for (const ch of number.toUpperCase()) {
    if (ch >= '0' && ch <= '9') {
      words.push(DIGITS[lang][Number(ch)]!);
      clips.push(`digit-${Number(ch)}`);
    } else if (ch >= 'A' && ch <= 'Z') {
      words.push(ch);
      clips.push(`letter-${ch.toLowerCase()}`);
    }
  }
  if (words.length === 0) throw new Error(`a ticket number to say has no letter or digit: ${JSON.stringify(number)}`);
  return { words, clips };
}

/** The prompt as an utterance in `lang`, from that language's voice texts. */
export function planUtterance(prompt: Prompt, lang: SpeechLocale, texts: VoiceTexts): Utterance {
  const zh = lang === 'zh-CN';
  // Chinese writes its phrases together (a comma is the pause); English separates words by spaces.
  const phrase = (parts: readonly string[]) => parts.filter((p) => p !== '').join(zh ? '' : ' ');
  const sentences = (parts: readonly string[]) => parts.filter((p) => p !== '').join(zh ? '。' : '. ');
  const prompts = (...names: PromptName[]) => names.filter((n) => texts[`voice.${n}`] !== '');
  switch (prompt.kind) {
    case 'welcome':
      return { lang, text: texts['voice.welcome'], clips: ['welcome'] };
    case 'idle':
      return { lang, text: texts['voice.idle'], clips: ['idle'] };
    case 'failure':
      return { lang, text: prompt.words.trim() || texts['voice.failure'], clips: ['failure'] };
    case 'help': {
      const name = prompt.step === 'called' ? 'helpCalled' : 'helpComing';
      return { lang, text: texts[`voice.${name}`], clips: [name] };
    }
    case 'ticket': {
      const spelled = spellNumber(prompt.number, lang);
      const after = prompt.printed ? 'takeSlip' : 'notPrinted';
      const number = phrase([texts['voice.yourNumber'], phrase(spelled.words) + texts['voice.numberSuffix']]);
      return {
        lang,
        text: sentences([number, texts[`voice.${after}`]]),
        clips: [...prompts('yourNumber'), ...spelled.clips, ...prompts('numberSuffix'), ...prompts(after)],
      };
    }
    default:
      return prompt satisfies never;
  }
}

/** Every clip a language needs, with the words it says: each digit, each letter, each prompt (an empty prompt has none). */
export function clipCatalogue(lang: SpeechLocale, texts: VoiceTexts): readonly { readonly id: ClipId; readonly text: string }[] {
  const digits = DIGITS[lang].map((text, d) => ({ id: `digit-${d}` as ClipId, text }));
  const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i)).map((ch) => ({ id: `letter-${ch.toLowerCase()}` as ClipId, text: ch }));
  const prompts = (Object.keys(texts) as VoiceKey[]).filter((k) => texts[k] !== '').map((k) => ({ id: k.slice('voice.'.length) as ClipId, text: texts[k] }));
  const numbers = Object.entries(NUMBER_WORDS[lang]).map(([n, text]) => ({ id: `number-${n}` as ClipId, text }));
  return [...digits, ...letters, ...numbers, ...prompts];
}

/**
 * The words besides the digits that say a whole number up to 999 (a window's number: 十二号窗口,
 * "window twelve"): Chinese needs 十 and 百; English the teens, the tens and "hundred".
 */
export const NUMBER_WORDS: Readonly<Record<SpeechLocale, Readonly<Record<number, string>>>> = {
  'zh-CN': { 10: '十', 100: '百' },
  en: {
    10: 'ten', 11: 'eleven', 12: 'twelve', 13: 'thirteen', 14: 'fourteen', 15: 'fifteen', 16: 'sixteen', 17: 'seventeen', 18: 'eighteen', 19: 'nineteen',
    20: 'twenty', 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety', 100: 'hundred',
  },
};

export const DIGIT_WORDS = DIGITS;
