import type { NoteInput } from '../api/types';
import type { MessageKey, Params } from '../i18n/messages';

// The same limits as the server's Bean Validation; the server stays the judge.
export const TITLE_MAX = 200;
export const BODY_MAX = 10_000;

export type NoteField = keyof NoteInput;
export type NoteErrors = Partial<Record<NoteField, { key: MessageKey; params?: Params }>>;

export function validateNote(input: NoteInput): NoteErrors {
  const errors: NoteErrors = {};
  if (input.title.trim() === '') {
    errors.title = { key: 'validation.title.required' };
  } else if (input.title.trim().length > TITLE_MAX) {
    errors.title = {
      key: 'validation.title.tooLong',
      params: { max: TITLE_MAX, length: input.title.trim().length },
    };
  }
  if (input.body.length > BODY_MAX) {
    errors.body = {
      key: 'validation.body.tooLong',
      params: { max: BODY_MAX, length: input.body.length },
    };
  }
  return errors;
}
