import { describe, expect, it } from 'vitest';
import en from './en.json';
import sv from './sv.json';
import { placeholders, translate } from './messages';

const files: Record<string, Record<string, unknown>> = { sv, en };

describe('message files', () => {
  it('have the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it.each(Object.keys(files))('%s has a non-empty string for every key', (locale) => {
    const empty = Object.entries(files[locale]!)
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const differing = Object.keys(sv).filter(
      (key) =>
        placeholders(sv[key as keyof typeof sv]).join() !==
        placeholders(en[key as keyof typeof en]).join(),
    );
    expect(differing).toEqual([]);
  });

  it('name every role level the API can send', () => {
    const levels = [
      'politiker',
      'forvaltning',
      'rektor',
      'forskolechef',
      'larare',
      'it',
      'admin',
      'operator',
    ];
    for (const level of levels) {
      expect(Object.keys(sv)).toContain(`role.${level}`);
    }
  });
});

describe('translate', () => {
  it('fills placeholders', () => {
    expect(translate('sv', 'overview.welcome', { name: 'Eva' })).toBe(
      'Välkommen till Styrkedja, Eva.',
    );
    expect(translate('en', 'overview.welcome', { name: 'Eva' })).toBe('Welcome to Styrkedja, Eva.');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translate('en', 'overview.welcome')).toBe('Welcome to Styrkedja, {name}.');
  });
});
