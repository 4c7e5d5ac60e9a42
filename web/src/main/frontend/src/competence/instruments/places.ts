import { ApiError } from '../../api/client';
import { isMessageKey, type MessageKey, type Params } from '../../i18n/messages';

type T = (key: MessageKey, params?: Params) => string;

/**
 * Where a field the server names by its path (`sections[1].items[0].text.sv`, or in a SurveyJS
 * survey `pages[0].elements[3].type`) is, in words: "Avsnitt 2 › Fråga 1 › Frågetext (svenska)".
 * A segment the page has no words for is left out rather than shown as a code.
 */
export function placeOf(path: string, t: T): string {
  const words: string[] = [];
  for (const segment of path.split('.')) {
    const indexed = /^(\w+)\[(\d+)\]$/.exec(segment);
    const name = indexed ? indexed[1]! : segment;
    const key = `instruments.place.${name}`;
    if (!isMessageKey(key)) continue;
    words.push(indexed ? t(key, { n: Number(indexed[2]) + 1 }) : t(key));
  }
  return words.join(' › ');
}

/** The id of the editor's input for a path of the content (the same path the server names). */
export function inputId(path: string): string {
  return `draft-${path.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
}

/** The section and item a path points into, if any: whose editor must be open to show it. */
export function itemOf(path: string): { section: number; item: number } | null {
  const m = /^sections\[(\d+)\]\.items\[(\d+)\]/.exec(path);
  return m ? { section: Number(m[1]), item: Number(m[2]) } : null;
}

/** The field errors of a problem by path, each worded with its place. */
export function placedErrors(error: unknown, t: T): { path: string; message: string }[] {
  if (!(error instanceof ApiError)) return [];
  return error.errors.map((e) => {
    const place = placeOf(e.field, t);
    return { path: e.field, message: place ? `${place}: ${e.message}` : e.message };
  });
}
