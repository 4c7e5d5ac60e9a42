// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { isCalendarDate } from '../components/FormPanel';
import { ProblemAlert } from '../components/ProblemAlert';
import { I18nProvider } from './I18nProvider';
import { codeWord, schoolFormNames } from './codes';
import { translate } from './messages';
import { supportReference, wordProblem } from './problems';

afterEach(cleanup);

const refused = {
  status: 403,
  code: 'tenant.access.refused',
  title: 'Not allowed for your role',
  detail: 'Your role in the chain of governance does not let you change this.',
  instance: 'urn:uuid:1',
};

describe('a problem the server sends', () => {
  it('is worded by its code in the page language, not in the server’s English', () => {
    const sv = wordProblem(refused, 'sv');
    expect(sv.title).toBe('Inte tillåtet för din roll');
    expect(sv.detail).toBe('Din roll i styrkedjan ger dig inte rätt att göra detta.');
    expect(wordProblem(refused, 'en').title).toBe('Not allowed for your role');
  });

  it('names a malformed request in Swedish', () => {
    const malformed = { status: 400, code: 'core.request.malformed', title: 'Malformed request' };
    expect(wordProblem(malformed, 'sv').title).toBe('Begäran kunde inte läsas');
  });

  it('keeps the server’s words only for a code the web app does not know', () => {
    const newer = { status: 409, code: 'plans.plan.something-new', title: 'New', detail: 'Later' };
    expect(wordProblem(newer, 'sv')).toMatchObject({ title: 'New', detail: 'Later' });
  });

  it('words each field error by its own code, else by the problem’s', () => {
    const worded = wordProblem(
      {
        status: 400,
        code: 'core.request.invalid-date',
        errors: [
          { field: 'dueOn', code: 'core.request.invalid-date', message: 'write a date as ...' },
        ],
      },
      'sv',
    );
    expect(worded.errors?.[0]?.message).toBe(
      'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-01.',
    );
    const taken = wordProblem(
      {
        status: 409,
        code: 'tenant.registry.taken',
        errors: [{ field: 'slug', message: 'Another municipality already has this id.' }],
      },
      'sv',
    );
    expect(taken.errors?.[0]?.message).toBe('En annan kommun har redan det här värdet.');
  });

  it('shows a fault’s reference, the instance the server logged it with', () => {
    const fault = new ApiError(
      500,
      wordProblem(
        {
          status: 500,
          code: 'core.internal',
          title: 'Internal error',
          instance: 'urn:uuid:0f4c2a9e-6b1d-4c55-9a0e-2b7d1c3e8f10',
        },
        'sv',
      ),
    );
    render(
      <I18nProvider>
        <ProblemAlert error={fault} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Felreferens: 0f4c2a9e-6b1d-4c55-9a0e-2b7d1c3e8f10',
    );
    expect(supportReference(undefined)).toBeUndefined();
  });
});

describe('codes as words', () => {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate('sv', key, params);

  it('names SS 12000 school forms', () => {
    expect(schoolFormNames(t, ['FKLASS', 'FTH', 'GR'])).toBe(
      'Förskoleklass, Fritidshem, Grundskola',
    );
  });

  it('words a plan revision by its kind', () => {
    expect(codeWord(t, 'code.revisionKind', 'ACTIVITY_ADDED', { activity: 'Läsplattor' })).toBe(
      'insats tillagd: Läsplattor',
    );
  });
});

describe('the date field', () => {
  it('takes a day with a four-digit year only', () => {
    expect(isCalendarDate('2026-12-01')).toBe(true);
    expect(isCalendarDate('202612-01')).toBe(false);
    expect(isCalendarDate('202612-12-01')).toBe(false);
    expect(isCalendarDate('2026-02-30')).toBe(false);
  });
});
