// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type ApiClient } from '../api/client';
import type { Framework, Me, Strategy, StrategySummary } from '../api/types';
import { I18nProvider } from '../i18n/I18nProvider';
import { WithQueries } from '../testing/queries';
import { StrategyPage } from './Strategy';
import { mockApiClient } from '../testing/fakeApi';
import '../testing/cssEscape';

const botkyrka = { id: 'botkyrka', name: 'Botkyrka kommun', municipalityCode: '0127' };

function me(level: string): Me {
  return {
    displayName: 'Eva Lindqvist',
    username: `${level}.botkyrka`,
    tenant: botkyrka,
    roleLevels: [level],
    tenants: [botkyrka],
    capabilities: [],
  };
}

const frameworks: Framework[] = [
  {
    framework: 'SELFIE',
    sv: 'SELFIE',
    en: 'SELFIE',
    areas: [
      {
        code: 'D',
        sv: 'Kontinuerlig kompetensutveckling',
        en: 'Continuing professional development',
      },
      { code: 'H', sv: 'Elevernas digitala kompetens', en: 'Student digital competence' },
    ],
  },
];

/** A version as the admin gets it (what the server allows an admin); others pass what they get. */
function strategy(
  status: Strategy['status'],
  allowed: Strategy['allowed'] = status === 'DRAFT'
    ? ['edit', 'adopt', 'discard']
    : status === 'ADOPTED'
      ? ['new-version']
      : [],
): Strategy {
  return {
    allowed,
    id: 's1',
    lineageId: 's1',
    title: 'Strategi för barns och elevers lärande i en digital värld',
    adoptingBody: 'Utbildningsnämnden',
    adoptedOn: status === 'ADOPTED' ? '2017-06-01' : null,
    validFrom: null,
    validTo: null,
    vision: 'Botkyrkas barn och elever skapar världen.',
    status,
    versionNumber: 1,
    createdBy: 'admin.botkyrka',
    createdAt: '2026-11-23T10:00:00Z',
    updatedBy: 'admin.botkyrka',
    updatedAt: '2026-11-23T10:00:00Z',
    version: 4,
    areas: [
      {
        id: 'a1',
        position: 1,
        title: 'Digital litteracitet och didaktik',
        description: 'Kunna kommunicera, interagera och arbeta.',
        mappings: [],
        goals: [],
        version: 1,
      },
      {
        id: 'a2',
        position: 2,
        title: 'Källkritik',
        description: 'Vad är sant?',
        mappings: [{ framework: 'SELFIE', areaCode: 'H' }],
        goals: [
          {
            id: 'g1',
            position: 1,
            title: 'Alla elever granskar källor',
            measure: 'Andel elever',
            why: 'Exempel för demo',
            targetValue: 100,
            unit: '%',
            deadline: '2018-06-30',
            version: 1,
          },
        ],
        version: 1,
      },
    ],
    expectations: [
      { roleLevel: 'politiker', statements: [], version: null },
      {
        roleLevel: 'rektor',
        statements: ['Förväntas leda digitalt utvecklingsarbete.'],
        version: 1,
      },
      { roleLevel: 'forskolechef', statements: ['Förväntas följa upp.'], version: 1 },
    ],
  };
}

function summary(s: Strategy): StrategySummary {
  const { vision: _v, areas: _a, expectations: _e, ...rest } = s;
  return rest;
}

function fakeApi(strategies: Strategy[]) {
  const api = mockApiClient();
  api.get.mockImplementation(async (path: string) => {
    if (path === '/api/strategies') return strategies.map(summary);
    if (path === '/api/strategies/frameworks') return frameworks;
    const found = strategies.find((s) => path === `/api/strategies/${s.id}`);
    if (found) return found;
    throw new ApiError(404, { title: 'Not found' });
  });
  return api;
}

function renderPage(api: ReturnType<typeof fakeApi>, level: string) {
  return render(
    <I18nProvider>
      <WithQueries>
        <StrategyPage api={api as unknown as ApiClient} me={me(level)} />
      </WithQueries>
    </I18nProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('Strategy', () => {
  it('offers an admin the neutral template when there is no strategy yet', async () => {
    const api = fakeApi([]);
    api.post.mockResolvedValue(strategy('DRAFT'));
    renderPage(api, 'admin');

    expect(await screen.findByRole('heading', { name: 'Ingen strategi ännu' })).toBeTruthy();
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Börja från den neutrala mallen' }));

    expect(api.post).toHaveBeenCalledWith('/api/strategies/from-template', {});
  });

  it('tells a reader who adds the strategy, without offering to write one', async () => {
    renderPage(fakeApi([]), 'larare');

    expect(await screen.findByText(/Kommunens administratör lägger in den/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Börja från den neutrala mallen' })).toBeNull();
  });

  it('shows the adopted strategy, its areas in order and the reader’s own role first', async () => {
    renderPage(fakeApi([strategy('ADOPTED')]), 'forskolechef');

    expect(
      await screen.findByRole('heading', {
        name: 'Strategi för barns och elevers lärande i en digital värld',
      }),
    ).toBeTruthy();
    expect(screen.getByText('Antagen')).toBeTruthy();
    expect(screen.getByText('1 juni 2017')).toBeTruthy();
    const areas = within(screen.getByRole('list', { name: 'Prioriterade områden' }));
    expect(areas.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Digital litteracitet och didaktik',
      'Källkritik',
    ]);
    expect(screen.getByText('SELFIE: H Elevernas digitala kompetens')).toBeTruthy();
    expect(screen.getByText('Alla elever granskar källor')).toBeTruthy();
    expect(screen.getByText('100 %')).toBeTruthy();

    const expectationHeadings = screen
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
      .filter((text) => !areas.queryByText(text ?? ''));
    expect(expectationHeadings[0]).toBe('Förskolechef (din roll)');
    expect(expectationHeadings).toContain('Rektor');
    expect(screen.queryByRole('button', { name: 'Redigera utkastet' })).toBeNull();
  });

  it('checks the draft before sending and shows the server’s field errors by the field', async () => {
    const api = fakeApi([strategy('DRAFT')]);
    api.put.mockRejectedValue(
      new ApiError(400, {
        title: 'Invalid input',
        errors: [{ field: 'edit.request.validTo', message: 'must be on or after validFrom' }],
      }),
    );
    renderPage(api, 'admin');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Redigera utkastet' }));
    const title = screen.getByLabelText('Rubrik');
    await user.clear(title);
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(title)).toContain('Fyll i Rubrik.');
    expect(api.put).not.toHaveBeenCalled();

    await user.type(title, 'Ny strategi');
    await user.type(screen.getByLabelText('Gäller från'), '2020-01-01');
    await user.type(screen.getByLabelText('Gäller till'), '2019-01-01');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    const validTo = screen.getByLabelText('Gäller till');
    await waitFor(() => expect(validTo.getAttribute('aria-invalid')).toBe('true'));
    expect(describedBy(validTo)).toContain('must be on or after validFrom');
    expect(api.put).toHaveBeenCalledWith('/api/strategies/s1', {
      title: 'Ny strategi',
      adoptingBody: 'Utbildningsnämnden',
      validFrom: '2020-01-01',
      validTo: '2019-01-01',
      vision: 'Botkyrkas barn och elever skapar världen.',
      version: 4,
    });
  });

  it('explains a conflict when someone else saved first, and reloads', async () => {
    const api = fakeApi([strategy('DRAFT')]);
    api.put.mockRejectedValue(new ApiError(409, { title: 'Changed by someone else' }));
    renderPage(api, 'admin');
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', { name: 'Redigera förväntningarna på Rektor' }),
    );
    await user.type(
      screen.getByLabelText('Förväntningar, en per rad'),
      '\nFörväntas skapa en plan.',
    );
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Någon annan har ändrat strategin')).toBeTruthy();
    expect(api.put).toHaveBeenCalledWith('/api/strategies/s1/expectations/rektor', {
      statements: ['Förväntas leda digitalt utvecklingsarbete.', 'Förväntas skapa en plan.'],
      version: 1,
    });
    expect(screen.queryByLabelText('Förväntningar, en per rad')).toBeNull();
  });

  it('discards a draft only after asking, in a dialog, and shows the adopted version again', async () => {
    const adopted = strategy('ADOPTED');
    const draft = { ...strategy('DRAFT'), id: 's2', versionNumber: 2, revisesId: 's1' };
    let versions = [adopted, draft];
    const api = fakeApi([adopted, draft]);
    api.get.mockImplementation(async (path: string) => {
      if (path === '/api/strategies') return versions.map(summary);
      if (path === '/api/strategies/frameworks') return frameworks;
      const found = versions.find((s) => path === `/api/strategies/${s.id}`);
      if (found) return found;
      throw new ApiError(404, { title: 'Not found' });
    });
    api.delete.mockImplementation(async () => {
      versions = [adopted];
    });
    renderPage(api, 'admin');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /version 2/ }));

    await user.click(await screen.findByRole('button', { name: 'Släng utkastet' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: `Släng utkastet ”${draft.title}”?`,
    });
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.delete).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Släng utkastet' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Ja, släng utkastet',
      }),
    );
    expect(api.delete).toHaveBeenCalledWith('/api/strategies/s2');
    expect(await screen.findByText(`Utkastet ”${draft.title}” är slängt.`)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Starta en ny version' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Släng utkastet' })).toBeNull();
  });

  it('offers no new version when the server allows none', async () => {
    const api = fakeApi([strategy('ADOPTED', [])]);
    renderPage(api, 'admin');
    expect(await screen.findByText('Källkritik')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Starta en ny version' })).toBeNull();
  });

  it('lets an admin start a new version of the adopted strategy', async () => {
    const api = fakeApi([strategy('ADOPTED')]);
    api.post.mockResolvedValue({ ...strategy('DRAFT'), id: 's2', versionNumber: 2 });
    renderPage(api, 'admin');

    await userEvent
      .setup()
      .click(await screen.findByRole('button', { name: 'Starta en ny version' }));

    expect(api.post).toHaveBeenCalledWith('/api/strategies/s1/versions', {});
    expect(await screen.findByText(/En ny version skapades som utkast/)).toBeTruthy();
  });

  it.each(['sv', 'en'])(
    'names each button by its visible text first and a framework area by its name (%s)',
    async (locale) => {
      localStorage.setItem('styrkedja.locale', locale);
      const draft = strategy('DRAFT');
      draft.areas[0]!.mappings = [{ framework: 'LIKA', areaCode: 'ANVANDNING' }];
      const api = fakeApi([draft]);
      const answer = api.get.getMockImplementation() as (path: string) => Promise<unknown>;
      const lika: Framework = {
        framework: 'LIKA',
        sv: 'LIKA (SKR)',
        en: 'LIKA (SKR)',
        areas: [{ code: 'ANVANDNING', sv: 'Användning', en: 'Use' }],
      };
      api.get.mockImplementation(async (path: string) =>
        path === '/api/strategies/frameworks' ? [...frameworks, lika] : answer(path),
      );
      renderPage(api, 'admin');

      expect(
        await screen.findByText(locale === 'sv' ? 'LIKA (SKR): Användning' : 'LIKA (SKR): Use'),
      ).toBeTruthy();
      // axe label-content-name-mismatch: an accessible name starts with the visible text.
      const mismatched = screen
        .getAllByRole('button')
        .filter((b) => {
          const label = b.getAttribute('aria-label');
          return label !== null && !label.startsWith((b.textContent ?? '').trim());
        })
        .map((b) => `${b.textContent} / ${b.getAttribute('aria-label')}`);
      expect(mismatched).toEqual([]);
      expect(
        screen.getAllByRole('button', { name: /^(Redigera området|Edit the area) / }),
      ).toHaveLength(2);
    },
  );
});

function describedBy(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
