// The active language and `t(key, params)` for the screens.
import { createContext, useContext, type ReactNode } from 'react';
import { messages, zhCN, type Locale, type MessageKey } from '../locales/index.ts';

export type { Locale, MessageKey } from '../locales/index.ts';

/** The text of a key in a locale (Chinese where the locale lacks it), with `{name}` parameters filled in. */
export function translate(locale: Locale, key: MessageKey, params?: Record<string, string | number>): string {
  const text: string = messages[locale][key] ?? zhCN[key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : text;
}

const LocaleContext = createContext<Locale>('zh-CN');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const locale = useContext(LocaleContext);
  return (key, params) => translate(locale, key, params);
}
