import type { FieldError, Problem } from '../api/client';
import { DEFAULT_LOCALE, isLocale, isMessageKey, translate, type Locale } from './messages';

/**
 * A problem the server sent, in the user's language: its title, detail and field errors are
 * looked up by their `code` (`problem.<code>.title`, `.detail`, and `.field` or else `.detail` for
 * a field error). The server's English words are kept only for a code the web app does not know
 * (a newer server), so a Swedish page never shows English for a known problem.
 */
export function wordProblem(problem: Problem, language: string): Problem {
  const locale: Locale = isLocale(language) ? language : DEFAULT_LOCALE;
  const code = problem.code;
  const title = code ? `problem.${code}.title` : '';
  const detail = code ? `problem.${code}.detail` : '';
  const known = isMessageKey(title);
  return {
    ...problem,
    title: known ? translate(locale, title) : problem.title,
    detail: known ? (isMessageKey(detail) ? translate(locale, detail) : undefined) : problem.detail,
    errors: Array.isArray(problem.errors)
      ? problem.errors.map((e) => wordFieldError(e, problem.code, locale))
      : problem.errors,
  };
}

function wordFieldError(error: FieldError, problemCode: string | undefined, locale: Locale) {
  const code = error.code ?? problemCode;
  for (const key of [`problem.${code}.field`, `problem.${code}.detail`]) {
    if (code && isMessageKey(key)) return { ...error, message: translate(locale, key) };
  }
  return error;
}

/** The id a user quotes to support for a fault: the problem's instance without its urn prefix. */
export function supportReference(instance: string | undefined): string | undefined {
  return instance?.replace(/^urn:uuid:/, '') || undefined;
}
