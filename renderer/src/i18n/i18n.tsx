// The active language and `t(key, params)` for the screens.
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale, MessageKey } from '../locales/index.ts';
import { translate } from './translate.ts';

export type { Locale, MessageKey } from '../locales/index.ts';
// In a file of its own so that plain TypeScript (tests, words modules) can use it without JSX.
export { translate } from './translate.ts';

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
