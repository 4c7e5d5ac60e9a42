import { isMessageKey, type MessageKey, type Params } from './messages';

type T = (key: MessageKey, params?: Params) => string;

/**
 * A code the server sends (a status, a school form, a kind) as words: the message `prefix.code`,
 * or the code itself only when no message exists (a value a newer server added; the message test
 * in web, WordsForCodesTest, keeps that from happening for the values this version knows).
 */
export function codeWord(t: T, prefix: string, code: string, params?: Params): string {
  const key = `${prefix}.${code}`;
  return isMessageKey(key) ? t(key, params) : code;
}

/** SS 12000 school forms (FS, GR, ...) by their names, in the order given. */
export function schoolFormNames(t: T, forms: readonly string[]): string {
  return forms.map((f) => codeWord(t, 'schoolType', f)).join(', ');
}
