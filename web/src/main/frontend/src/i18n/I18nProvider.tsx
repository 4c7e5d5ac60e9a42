import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import {
  DEFAULT_LOCALE,
  INTL_LOCALE,
  isLocale,
  translate,
  type Locale,
  type MessageKey,
  type Params,
} from './messages';

const STORAGE_KEY = 'styrkedja.locale';

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: Params) => string;
  formatDateTime: (iso: string) => string;
  /** A calendar day as the API writes it (2026-11-23), in the user's language. */
  formatDate: (isoDate: string) => string;
  formatNumber: (value: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may forbid storage; the choice then lasts for this page only.
    }
  }, []);

  const value = useMemo<I18n>(() => {
    const dateTime = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'medium' });
    const number = new Intl.NumberFormat(INTL_LOCALE[locale]);
    return {
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      formatDateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
      },
      formatDate: (isoDate) => {
        const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
        // A day has no time zone: read it as that day here, not as UTC midnight.
        return match
          ? day.format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
          : isoDate;
      },
      formatNumber: (value) => number.format(value),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
