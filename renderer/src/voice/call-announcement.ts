// What the hall's call display says for a call: "请 A 零二三 号 到 三号窗口 办理" (the ticket number
// spelled, letter then each digit, as on the slip; the window's number said as a number: 三号,
// 十二号, 一百零五号), and in English where configured "Number A 0 2 3, please go to window 3". Each
// becomes an utterance (the text a browser voice says, the clips that say the same without one).
// Pure: the display's announcer (display/announcer.ts) queues these; the build records the clips
// (speech-plan.ts clipCatalogue: digits, letters, NUMBER_WORDS, the voice.call* prompts).
import { DIGIT_WORDS, NUMBER_WORDS, spellNumber, type ClipId, type SpeechLocale, type Utterance, type VoiceTexts } from './speech-plan.ts';

export interface CallToSay {
  /** The ticket number: A023. */
  readonly number: string;
  /** The window's number as on its sign: "3", "03", "12". */
  readonly windowNumber: string;
}

/** A whole number 0..999 said as a number, in words and clips: 12 -> 十二 (number-10, digit-2); "twelve" (number-12). */
export function sayWholeNumber(n: number, lang: SpeechLocale): { readonly words: string; readonly clips: readonly ClipId[] } {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new Error(`a window number to say must be a whole number 0..999, not ${n}`);
  const digit = (d: number) => ({ word: DIGIT_WORDS[lang][d]!, clip: `digit-${d}` as ClipId });
  const word = (k: number) => ({ word: NUMBER_WORDS[lang][k]!, clip: `number-${k}` as ClipId });
  const parts: { word: string; clip: ClipId }[] = [];
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  if (lang === 'zh-CN') {
    // 十二 (not 一十二) alone; 一百一十 after a hundred; 一百零五: a zero between is said once.
    if (hundreds) parts.push(digit(hundreds), word(100));
    if (tens) {
      if (hundreds || tens > 1) parts.push(digit(tens));
      parts.push(word(10));
    } else if (hundreds && ones) parts.push(digit(0));
    if (ones || n === 0) parts.push(digit(ones));
    return { words: parts.map((p) => p.word).join(''), clips: parts.map((p) => p.clip) };
  }
  if (hundreds) parts.push(digit(hundreds), word(100));
  const rest = n % 100;
  if (rest >= 10 && rest < 20) parts.push(word(rest));
  else {
    if (tens) parts.push(word(tens * 10));
    if (ones || n === 0) parts.push(digit(ones));
  }
  return { words: parts.map((p) => p.word).join(' '), clips: parts.map((p) => p.clip) };
}

/** The call as one utterance in `lang`, from that language's voice texts. */
export function planCall(call: CallToSay, lang: SpeechLocale, texts: VoiceTexts): Utterance {
  const windowNumber = Number.parseInt(call.windowNumber, 10);
  if (!/^\d{1,3}$/.test(call.windowNumber)) throw new Error(`a window number is 1 to 3 digits, not ${JSON.stringify(call.windowNumber)}`);
  const spelled = spellNumber(call.number, lang);
  const window = sayWholeNumber(windowNumber, lang);
  const prompt = (name: 'callPlease' | 'numberSuffix' | 'callTo' | 'callWindow' | 'callServe'): ClipId[] => (texts[`voice.${name}`] === '' ? [] : [name]);
  const clips: ClipId[] = [...prompt('callPlease'), ...spelled.clips, ...prompt('numberSuffix'), ...prompt('callTo'), ...window.clips, ...prompt('callWindow'), ...prompt('callServe')];
  if (lang === 'zh-CN') {
    // Written together, the digits as characters, so that a Chinese voice reads 零二三 and not 二十三.
    const text = [texts['voice.callPlease'], spelled.words.join(''), texts['voice.numberSuffix'], texts['voice.callTo'], window.words, texts['voice.callWindow'], texts['voice.callServe']].join('');
    return { lang, text, clips };
  }
  // English: the number's characters apart ("A 0 2 3": a voice says them one by one), the window as a numeral.
  const head = [texts['voice.callPlease'], [...call.number.toUpperCase()].join(' ')].filter((p) => p !== '').join(' ');
  const tail = [texts['voice.callTo'], String(windowNumber), texts['voice.callWindow'], texts['voice.callServe']].filter((p) => p !== '').join(' ');
  return { lang, text: `${head}, ${tail}`, clips };
}

/** Everything said for one call: each language in order, the whole repeated `repeat` times (1..3). */
export function planAnnouncement(call: CallToSay, languages: readonly SpeechLocale[], repeat: number, texts: Readonly<Record<SpeechLocale, VoiceTexts>>): Utterance[] {
  const once = languages.map((lang) => planCall(call, lang, texts[lang]));
  return Array.from({ length: Math.max(1, Math.min(3, repeat)) }, () => once).flat();
}
