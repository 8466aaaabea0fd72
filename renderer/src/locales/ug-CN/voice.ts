// Uyghur (ug-CN), what the kiosk says aloud: left untranslated on purpose. The voice
// (renderer/src/voice/speech-plan.ts, `speechLocale`) says a Uyghur screen in Chinese, from the
// zh-CN voice table, until a native speaker has reviewed Uyghur prompts and a Uyghur voice (espeak-ng
// has `ug`, browsers rarely do) is chosen; voice.tsx reads only the zh-CN and en tables, so a text
// written here would never be said. The `voice.*` keys are spoken, never shown: translate them here
// together with that change in renderer/src/voice/.
// NEEDS REVIEW by a native Uyghur speaker before production.
import type { voice as zh } from '../zh-CN/voice.ts';

export const voice: Partial<Record<keyof typeof zh, string>> = {};
