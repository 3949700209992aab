import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { englishMessages, loadEnglish } from './english';
import type { Language } from './labels';
import { zh, type MessageKey } from './zh';

const KEY = 'anxun.language';

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** A domain label in the current language. */
  label<K extends string>(labels: Record<K, { 'zh-CN': string; en: string }>, key: K): string;
  /** A date and time in Asia/Shanghai, whatever the device's zone. */
  dateTime(iso: string): string;
}

export function translate(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  // A missing text shows its key rather than breaking the screen (keys built at run time are not type-checked).
  // Until the English chunk has arrived (a moment, at most once per start) English shows Chinese.
  const table = language === 'en' ? (englishMessages() ?? zh) : zh;
  const template: string = table[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() => (localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN'));
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(KEY, next);
    document.documentElement.lang = next;
    setLanguageState(next);
  }, []);
  const [englishReady, setEnglishReady] = useState(() => englishMessages() !== undefined);
  useEffect(() => {
    if (language === 'en' && !englishReady) void loadEnglish().then(() => setEnglishReady(true));
  }, [language, englishReady]);
  const value = useMemo<I18n>(() => {
    const format = new Intl.DateTimeFormat(language, { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
    return {
      language,
      setLanguage,
      // The texts' language: zh-CN for the moment the English chunk takes to arrive.
      t: (key, params) => translate(language === 'en' && !englishReady ? 'zh-CN' : language, key, params),
      label: (labels, key) => labels[key][language],
      dateTime: (iso) => format.format(new Date(iso)),
    };
  }, [language, setLanguage, englishReady]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
