import en from './en.json';
import sv from './sv.json';

export type Locale = 'sv' | 'en';
export type MessageKey = keyof typeof sv;
export type Params = Record<string, string | number>;

export const LOCALES: readonly Locale[] = ['sv', 'en'];
export const DEFAULT_LOCALE: Locale = 'sv';

// Typed against the Swedish file, so a key missing from the English file fails the typecheck.
export const MESSAGES: Record<Locale, Record<MessageKey, string>> = { sv, en };

/** BCP 47 tags for Intl, so dates read the way they do in each country. */
export const INTL_LOCALE: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return value === 'sv' || value === 'en';
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(sv, key);
}

/** Replaces {name} placeholders; an unknown placeholder is left visible rather than hidden. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const template = MESSAGES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
