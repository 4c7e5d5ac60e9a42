// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../api/ApiProvider';
import { ApiError, type ApiClient } from '../../api/client';
import type { Framework, Me, RoleChain, Strategy } from '../../api/types';
import { I18nProvider } from '../../i18n/I18nProvider';
import { mockApiClient, type MockApiClient } from '../../testing/fakeApi';
import '../../testing/cssEscape';
import { InstrumentsPage } from './InstrumentsPage';
import type { Instrument, InstrumentSummary, InstrumentVersion, Item } from './types';

const botkyrka = { id: 'botkyrka', name: 'Botkyrka kommun', municipalityCode: '0127' };

function me(writes: boolean): Me {
  return {
    displayName: writes ? 'Anna Förvaltning' : 'Lars Lärare',
    username: writes ? 'forvaltning.botkyrka' : 'larare.botkyrka',
    tenant: botkyrka,
    roleLevels: [writes ? 'forvaltningsledning' : 'larare'],
    tenants: [botkyrka],
    capabilities: writes
      ? ['READ_PEOPLE', 'READ_INSTRUMENTS', 'WRITE_INSTRUMENTS']
      : ['READ_PEOPLE', 'READ_INSTRUMENTS'],
  };
}

const chain: RoleChain = {
  levels: [
    { key: 'rektor', name: 'Rektor', rank: 2, inChain: true, top: false },
    { key: 'larare', name: 'Lärare', rank: 3, inChain: true, top: false },
  ],
  order: [['rektor'], ['larare']],
};

const strategy = {
  id: 's1',
  areas: [
    {
      id: 'a1',
      position: 1,
      title: 'Digital litteracitet',
      description: '',
      mappings: [],
      goals: [],
      version: 1,
    },
  ],
} as unknown as Strategy;

const frameworks: Framework[] = [
  {
    framework: 'DIGCOMPEDU',
    sv: 'DigCompEdu',
    en: 'DigCompEdu',
    areas: [{ code: '2', sv: 'Digitala resurser', en: 'Digital resources' }],
  },
];

function item(over: Partial<Item>): Item {
  return {
    key: 'k',
    type: 'SCALE',
    text: { sv: 'Fråga', en: 'Question' },
    help: null,
    scale: { min: 1, max: 5, minLabel: { sv: 'Inte alls' }, maxLabel: { sv: 'Helt' } },
    levels: [],
    notApplicable: true,
    decline: false,
    audience: [],
    priorityAreaIds: [],
    goalIds: [],
    frameworks: [],
    ...over,
  };
}

function version(status: 'DRAFT' | 'FROZEN', writes: boolean): InstrumentVersion {
  return {
    id: 'v1',
    instrumentId: 'i1',
    number: 1,
    status,
    createdBy: 'forvaltning.botkyrka',
    createdAt: '2026-11-23T10:00:00Z',
    frozenAt: status === 'FROZEN' ? '2026-11-24T10:00:00Z' : null,
    version: 7,
    allowed: writes && status === 'DRAFT' ? ['edit', 'publish', 'discard'] : [],
    content: {
      sections: [
        {
          key: 's1',
          title: { sv: 'Vision', en: 'Vision' },
          items: [
            item({
              key: 'i-rektor',
              text: { sv: 'Vi har en gemensam vision.', en: 'We share a vision.' },
              audience: ['rektor'],
              priorityAreaIds: ['a1'],
              frameworks: [{ framework: 'DIGCOMPEDU', area: '2' }],
            }),
            item({
              key: 'i-larare',
              type: 'YES_NO',
              scale: null,
              text: { sv: 'Använder du digitala verktyg?', en: 'Do you use digital tools?' },
              audience: ['larare'],
            }),
          ],
        },
      ],
    },
  };
}

function instrument(v: InstrumentVersion): Instrument {
  return {
    id: 'i1',
    name: 'Digitalt ledarskap – självskattning',
    description: null,
    templateKey: 'digital-leadership',
    createdBy: 'forvaltning.botkyrka',
    createdAt: '2026-11-23T10:00:00Z',
    updatedBy: 'forvaltning.botkyrka',
    updatedAt: '2026-11-23T10:00:00Z',
    versions: [
      {
        id: v.id,
        number: v.number,
        status: v.status,
        sectionCount: 1,
        itemCount: 2,
        createdBy: v.createdBy,
        createdAt: v.createdAt,
        frozenAt: v.frozenAt,
        version: v.version,
        allowed: v.allowed,
      },
    ],
    allowed: v.status === 'FROZEN' && v.allowed.length === 0 ? [] : [],
  };
}

const summary: InstrumentSummary = {
  id: 'i1',
  name: 'Digitalt ledarskap – självskattning',
  templateKey: 'digital-leadership',
  latestNumber: 1,
  latestStatus: 'DRAFT',
  itemCount: 25,
  updatedAt: '2026-11-23T10:00:00Z',
  allowed: [],
};

function fakeApi(v: InstrumentVersion): MockApiClient {
  const api = mockApiClient();
  api.get.mockImplementation(async (path: string) => {
    if (path === '/api/instruments') return [summary];
    if (path === '/api/instrument-templates')
      return [
        {
          key: 'digital-leadership',
          name: { sv: 'Digitalt ledarskap – självskattning', en: 'Digital leadership' },
          description: { sv: 'För rektorer.', en: 'For principals.' },
          sectionCount: 5,
          itemCount: 25,
        },
      ];
    if (path === '/api/instruments/i1') return instrument(v);
    if (path === '/api/instruments/i1/versions/1') return v;
    if (path === '/api/role-hierarchy') return chain;
    if (path === '/api/strategies/adopted') return strategy;
    if (path === '/api/strategies/frameworks') return frameworks;
    throw new ApiError(404, { title: 'Not found' });
  });
  return api;
}

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderAt(api: MockApiClient, writes: boolean, path: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nProvider>
      <QueryClientProvider client={client}>
        <ApiProvider client={api as unknown as ApiClient}>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route
                path="/sjalvskattningar"
                element={<InstrumentsPage me={me(writes)} instrumentId={null} />}
              />
              <Route
                path="/sjalvskattningar/:id"
                element={<InstrumentsPage me={me(writes)} instrumentId="i1" />}
              />
            </Routes>
            <Where />
          </MemoryRouter>
        </ApiProvider>
      </QueryClientProvider>
    </I18nProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

// Many clicks and keystrokes per test: on a loaded 2-core machine 5 s was seen too short.
describe('Självskattningar, the list', { timeout: 15000 }, () => {
  it('shows the instruments with their latest version and creates a copy of a template', async () => {
    const api = fakeApi(version('DRAFT', true));
    api.post.mockResolvedValue(instrument(version('DRAFT', true)));
    renderAt(api, true, '/sjalvskattningar');

    const link = await screen.findByRole('link', { name: 'Digitalt ledarskap – självskattning' });
    const row = within(link.closest('tr')!);
    expect(row.getByText('Version 1')).toBeTruthy();
    expect(row.getByText('Utkast')).toBeTruthy();

    const user = userEvent.setup();
    await user.click(await screen.findByLabelText('Digitalt ledarskap – självskattning'));
    await user.click(screen.getByRole('button', { name: 'Skapa' }));

    expect(api.post).toHaveBeenCalledWith('/api/instruments', { template: 'digital-leadership' });
    await waitFor(() =>
      expect(screen.getByTestId('where').textContent).toBe('/sjalvskattningar/i1'),
    );
  });

  it('asks a blank instrument for its name before sending', async () => {
    const api = fakeApi(version('DRAFT', true));
    renderAt(api, true, '/sjalvskattningar');
    const user = userEvent.setup();

    await user.click(await screen.findByLabelText('En tom självskattning'));
    await user.click(screen.getByRole('button', { name: 'Skapa' }));

    expect(screen.getByText('Skriv ett namn på självskattningen.')).toBeTruthy();
    expect(api.post).not.toHaveBeenCalled();
  });

  it('offers a teacher no creating and no importing', async () => {
    renderAt(fakeApi(version('DRAFT', false)), false, '/sjalvskattningar');

    expect(
      await screen.findByRole('link', { name: 'Digitalt ledarskap – självskattning' }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Ny självskattning' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Importera från SurveyJS' })).toBeNull();
  });

  it('names each part of a survey the server refuses by its page, question and title', async () => {
    const api = fakeApi(version('DRAFT', true));
    api.post.mockRejectedValue(
      new ApiError(400, {
        code: 'competence.instrument.surveyjs-unsupported',
        title: 'Enkäten kan inte importeras',
        errors: [
          { field: 'pages[0].elements[1].type', message: 'Den här delen kan inte importeras.' },
        ],
      }),
    );
    renderAt(api, true, '/sjalvskattningar');
    const user = userEvent.setup();
    const survey = {
      title: 'Enkät',
      pages: [
        {
          elements: [
            { type: 'rating', name: 'q1', title: 'Hur?' },
            { type: 'matrix', name: 'q2', title: 'Vilka verktyg?' },
          ],
        },
      ],
    };

    const pasted = await screen.findByLabelText('Eller klistra in enkätens JSON');
    await user.click(pasted);
    await user.paste(JSON.stringify(survey));
    await user.click(screen.getByRole('button', { name: 'Importera' }));

    expect(api.post).toHaveBeenCalledWith('/api/instruments/import', survey);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Enkäten kan inte importeras');
    expect(alert.textContent).toContain(
      'Sida 1 › Fråga 2 › Frågetyp (Vilka verktyg?, matrix): Den här delen kan inte importeras.',
    );
  });

  it('says pasted text that is no JSON is none, without sending it', async () => {
    const api = fakeApi(version('DRAFT', true));
    renderAt(api, true, '/sjalvskattningar');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Eller klistra in enkätens JSON'), 'title: x');
    await user.click(screen.getByRole('button', { name: 'Importera' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Texten är inte JSON');
    expect(api.post).not.toHaveBeenCalled();
  });
});

describe('Självskattningar, one instrument', { timeout: 15000 }, () => {
  it('shows a version’s items by name: audience, priority area and framework area, never codes', async () => {
    renderAt(fakeApi(version('FROZEN', false)), false, '/sjalvskattningar/i1');

    expect(await screen.findByText('Ställs till: Rektor · ', { exact: false })).toBeTruthy();
    const summary = screen.getByText(/Hör till:/);
    expect(summary.textContent).toContain('Digital litteracitet');
    expect(summary.textContent).toContain('DigCompEdu: Digitala resurser');
    expect(summary.textContent).not.toContain('DIGCOMPEDU');
    expect(screen.queryByRole('button', { name: /Redigera/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publicera' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Exportera som SurveyJS' })).toBeTruthy();
  });

  it('offers a teacher nothing to change on a draft', async () => {
    renderAt(fakeApi(version('DRAFT', false)), false, '/sjalvskattningar/i1');

    expect(await screen.findByText('Ett utkast som förvaltningen arbetar med.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Redigera/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Spara utkastet' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publicera' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ta bort utkastet' })).toBeNull();
  });

  it('previews only what a respondent of the chosen role level is asked', async () => {
    renderAt(fakeApi(version('FROZEN', false)), false, '/sjalvskattningar/i1');
    const user = userEvent.setup();

    const preview = within(await screen.findByRole('region', { name: 'Förhandsgranskning' }));
    expect(preview.getByText('1 frågor ställs till Rektor.')).toBeTruthy();
    expect(preview.getByRole('group', { name: 'Vi har en gemensam vision.' })).toBeTruthy();
    expect(preview.getByLabelText('1 – Inte alls')).toBeTruthy();
    expect(preview.getByLabelText('Ej aktuellt')).toBeTruthy();
    expect(preview.queryByText('Använder du digitala verktyg?')).toBeNull();

    await user.selectOptions(preview.getByLabelText('Visa som'), 'larare');
    expect(preview.getByRole('group', { name: 'Använder du digitala verktyg?' })).toBeTruthy();
    expect(preview.getByLabelText('Ja')).toBeTruthy();
    expect(preview.queryByText('Vi har en gemensam vision.')).toBeNull();
  });

  it('saves an edited draft with the version it was read at', async () => {
    const v = version('DRAFT', true);
    const api = fakeApi(v);
    api.put.mockResolvedValue({ ...v, version: 8 });
    renderAt(api, true, '/sjalvskattningar/i1');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Redigera – Fråga 1' }));
    const text = screen.getByLabelText('Frågetext (svenska)');
    await user.clear(text);
    await user.click(text);
    await user.paste('Vi har en vision för det digitala.');
    await user.click(screen.getByLabelText('Lärare'));
    await user.click(screen.getAllByRole('button', { name: 'Spara utkastet' })[0]!);

    expect(api.put).toHaveBeenCalledTimes(1);
    const [path, body] = api.put.mock.calls[0]!;
    expect(path).toBe('/api/instruments/i1/versions/1');
    expect(body.version).toBe(7);
    const first = body.content.sections[0].items[0];
    expect(first.text.sv).toBe('Vi har en vision för det digitala.');
    expect(first.audience).toEqual(['rektor', 'larare']);
    expect(first.key).toBe('i-rektor');
    expect(await screen.findByText('Utkastet är sparat.')).toBeTruthy();
  });

  it('says humanly that someone else saved first, and loads the latest on request', async () => {
    const v = version('DRAFT', true);
    const api = fakeApi(v);
    api.put.mockRejectedValue(
      new ApiError(409, {
        code: 'competence.instrument.stale-version',
        title: 'Ändrad av någon annan',
        detail: 'Någon annan sparade en ändring efter att du öppnade detta.',
      }),
    );
    renderAt(api, true, '/sjalvskattningar/i1');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Redigera – Fråga 1' }));
    await user.type(screen.getByLabelText('Frågetext (engelska)'), '!');
    await user.click(screen.getAllByRole('button', { name: 'Spara utkastet' })[0]!);

    expect((await screen.findByRole('alert')).textContent).toContain('Ändrad av någon annan');
    const gets = api.get.mock.calls.filter(([p]) => p === '/api/instruments/i1/versions/1').length;
    await user.click(screen.getByRole('button', { name: 'Läs in den senaste versionen' }));
    await waitFor(() =>
      expect(
        api.get.mock.calls.filter(([p]) => p === '/api/instruments/i1/versions/1').length,
      ).toBe(gets + 1),
    );
    expect(screen.queryByText('Du har ändringar som inte är sparade.')).toBeNull();
  });

  it('shows the server’s field errors at their field, with the place in words', async () => {
    const v = version('DRAFT', true);
    const api = fakeApi(v);
    api.put.mockRejectedValue(
      new ApiError(400, {
        code: 'competence.instrument.invalid',
        title: 'Instrumentet är inte giltigt',
        errors: [{ field: 'sections[0].items[1].text.en', message: 'Värdet är inte giltigt.' }],
      }),
    );
    renderAt(api, true, '/sjalvskattningar/i1');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Redigera – Fråga 1' }));
    await user.type(screen.getByLabelText('Frågetext (engelska)'), '!');
    await user.click(screen.getAllByRole('button', { name: 'Spara utkastet' })[0]!);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Avsnitt 1 › Fråga 2 › Frågetext › engelska: Värdet är inte giltigt.',
    );
    const field = document.getElementById('draft-sections-0-items-1-text-en') as HTMLInputElement;
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(within(alert).getByRole('link').getAttribute('href')).toBe(
      '#draft-sections-0-items-1-text-en',
    );
  });

  it('checks the Swedish texts before sending', async () => {
    const api = fakeApi(version('DRAFT', true));
    renderAt(api, true, '/sjalvskattningar/i1');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Redigera – Fråga 1' }));
    await user.clear(screen.getByLabelText('Frågetext (svenska)'));
    await user.click(screen.getAllByRole('button', { name: 'Spara utkastet' })[0]!);

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Avsnitt 1 › Fråga 1 › Frågetext › svenska: Skriv en svensk text.',
    );
    expect(api.put).not.toHaveBeenCalled();
  });

  it('publishes only after the confirming dialog, with the draft’s version', async () => {
    const v = version('DRAFT', true);
    const api = fakeApi(v);
    api.post.mockResolvedValue({ ...version('FROZEN', true), version: 8 });
    renderAt(api, true, '/sjalvskattningar/i1');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Publicera' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText('Publicera version 1?')).toBeTruthy();
    expect(api.post).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Ja, publicera' }));

    await waitFor(() =>
      expect(api.post).toHaveBeenCalledWith('/api/instruments/i1/versions/1/publish', {
        version: 7,
      }),
    );
    expect(await screen.findByText('Version 1 är publicerad.')).toBeTruthy();
  });
});
