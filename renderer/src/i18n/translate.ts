// `translate(locale, key, params)`: the text of a key, without React (i18n.tsx gives the screens `t`).
import { messages, zhCN, type Locale, type MessageKey } from '../locales/index.ts';

/** The text of a key in a locale (Chinese where the locale lacks it), with `{name}` parameters filled in. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const text: string = messages[locale][key] ?? zhCN[key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}
