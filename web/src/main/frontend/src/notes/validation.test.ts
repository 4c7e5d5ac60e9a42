import { describe, expect, it } from 'vitest';
import { BODY_MAX, TITLE_MAX, validateNote } from './validation';

describe('validateNote', () => {
  it('accepts a note with a title', () => {
    expect(validateNote({ title: 'Möte med IKT-pedagogerna', body: '' })).toEqual({});
  });

  it('requires a title that is not just spaces', () => {
    expect(validateNote({ title: '   ', body: 'x' }).title?.key).toBe('validation.title.required');
  });

  it('limits title and body to what the server accepts', () => {
    const errors = validateNote({
      title: 'a'.repeat(TITLE_MAX + 1),
      body: 'b'.repeat(BODY_MAX + 1),
    });
    expect(errors.title?.key).toBe('validation.title.tooLong');
    expect(errors.body?.key).toBe('validation.body.tooLong');
    expect(validateNote({ title: 'a'.repeat(TITLE_MAX), body: 'b'.repeat(BODY_MAX) })).toEqual({});
  });
});
