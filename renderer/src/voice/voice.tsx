// The kiosk's voice for the screens: `useSay()(prompt)` says a prompt in the visit's language (Uyghur
// in Chinese), through the injected speaker, at the configured volume, unless staff muted it. Every
// utterance handed to the speaker is also announced on the page as a `hall:spoken` event (the e2e
// tests read what would be said from it; nothing else listens).
import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import type { Locale } from '../locales/index.ts';
import { voice as enVoice } from '../locales/en/voice.ts';
import { voice as zhVoice } from '../locales/zh-CN/voice.ts';
import { pageSpeaker, type Speaker } from './speaker.ts';
import { planUtterance, speechLocale, type Prompt, type SpeechLocale, type Utterance, type VoiceTexts } from './speech-plan.ts';

export const SPOKEN_EVENT = 'hall:spoken';

export interface VoiceSettings {
  readonly enabled: boolean;
  /** 0..1 */
  readonly volume: number;
}

const texts: Readonly<Record<SpeechLocale, VoiceTexts>> = { 'zh-CN': zhVoice, en: enVoice };

type Say = (prompt: Prompt) => void;
const VoiceContext = createContext<Say>(() => {});

let sharedSpeaker: Speaker | null = null;

export function VoiceProvider({ settings, locale, speaker, children }: { settings: VoiceSettings; locale: Locale; speaker?: Speaker; children: ReactNode }) {
  const out = useMemo(() => speaker ?? (sharedSpeaker ??= pageSpeaker()), [speaker]);
  const { enabled, volume } = settings;
  useEffect(() => {
    if (!enabled) out.stop();
  }, [enabled, out]);
  const say = useCallback<Say>(
    (prompt) => {
      if (!enabled) return;
      const lang = speechLocale(locale);
      const utterance = planUtterance(prompt, lang, texts[lang]);
      window.dispatchEvent(new CustomEvent<Utterance>(SPOKEN_EVENT, { detail: utterance }));
      out.speak(utterance, volume);
    },
    [enabled, volume, locale, out],
  );
  return <VoiceContext.Provider value={say}>{children}</VoiceContext.Provider>;
}

export function useSay(): Say {
  return useContext(VoiceContext);
}

/** Says `prompt` once when the calling component appears (a screen, a warning, a failure). */
export function useSayOnShow(prompt: Prompt): void {
  const say = useSay();
  const key = JSON.stringify(prompt);
  useEffect(() => {
    say(JSON.parse(key) as Prompt);
    // Said once per appearance; a later change of language or volume does not say it again.
  }, [key]);
}
