// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../api/client';
import type { Me } from '../api/types';
import { I18nProvider } from '../i18n/I18nProvider';
import { Overview } from '../pages/Overview';
import { WithQueries } from '../testing/queries';
import { mockApiClient } from '../testing/fakeApi';
import type { Home, HomeCard } from './types';

// No canvas in the test DOM: the chart's options are recorded instead of drawn.
const drawn: unknown[] = [];
vi.mock('./echarts', () => ({
  echarts: {
    init: () => ({
      setOption: (o: unknown) => drawn.push(o),
      dispose: () => {},
      resize: () => {},
    }),
  },
}));

const botkyrka = { id: 'botkyrka', name: 'Botkyrka kommun', municipalityCode: '0127' };
const me = (username: string, roleLevels: string[]): Me => ({
  displayName: username,
  username,
  tenant: botkyrka,
  roleLevels,
  tenants: [botkyrka],
  capabilities: [],
});

const card = (kind: string, over: Partial<HomeCard> = {}): HomeCard => ({
  kind,
  order: 10,
  href: null,
  items: [],
  figures: [],
  series: [],
  ...over,
});

const progressFigures = (done: number, onTrack: number, delayed: number, planned: number) => {
  const total = done + onTrack + delayed + planned;
  return [
    { code: 'DONE', value: done, total },
    { code: 'ON_TRACK', value: onTrack, total },
    { code: 'DELAYED', value: delayed, total },
    { code: 'PLANNED', value: planned, total },
  ];
};

const waiting = card('waiting', {
  href: '#/inkorg',
  items: [
    {
      code: 'APPROVE',
      title: 'Lokal handlingsplan 2026/27, Storvretsskolan',
      detail: 'Storvretsskolan',
      href: '#/handlingsplaner/p-storvreten',
      date: '2026-09-27',
      status: 'SUBMITTED',
      late: false,
    },
  ],
});

const deadlines = card('deadlines', {
  href: '#/arshjul',
  items: [
    {
      code: 'FOLLOW_UP',
      title: 'Återrapportering, höstterminen',
      href: '#/arshjul',
      date: '2027-01-31',
      late: false,
    },
    {
      code: 'FOLLOW_UP',
      title: 'Återrapportering, läsåret',
      href: '#/arshjul',
      date: '2027-06-15',
      late: false,
    },
  ],
});

function home(cards: HomeCard[]): Home {
  return { today: '2026-12-02', schoolYear: '2026/27', cards };
}

async function show(user: Me, answer: Home) {
  const api = mockApiClient();
  api.get.mockResolvedValue(answer);
  const { container } = render(
    <I18nProvider>
      <WithQueries>
        <Overview me={user} api={api as unknown as ApiClient} />
      </WithQueries>
    </I18nProvider>,
  );
  await screen.findByText('Läsåret 2026/27 · i dag 2 dec. 2026');
  expect(api.get).toHaveBeenCalledWith('/api/home');
  return container;
}

async function noSeriousViolations(container: HTMLElement) {
  const result = await axe.run(container, { rules: { region: { enabled: false } } });
  const serious = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''));
  expect(serious.map((v) => v.id)).toEqual([]);
}

beforeEach(() => {
  localStorage.clear();
  drawn.length = 0;
});
afterEach(cleanup);

describe('the board', () => {
  const board = home([
    waiting,
    deadlines,
    card('strategy-progress', {
      href: '#/uppfoljning',
      figures: progressFigures(2, 5, 1, 1),
      series: [
        {
          label: 'Källkritik',
          href: '#/strategi',
          counts: { DONE: 1, ON_TRACK: 2, DELAYED: 1, PLANNED: 0 },
        },
        {
          label: 'Kompetens och strategisk kompetens',
          href: '#/strategi',
          counts: { DONE: 1, ON_TRACK: 3, DELAYED: 0, PLANNED: 1 },
        },
      ],
    }),
    card('plan-coverage', {
      href: '#/uppfoljning',
      figures: [
        { code: 'WITH_APPROVED_PLAN', value: 1, total: 8 },
        { code: 'SUBMITTED', value: 1, total: 8 },
        { code: 'RETURNED', value: 1, total: 8 },
        { code: 'DRAFT', value: 1, total: 8 },
        { code: 'NO_PLAN', value: 4, total: 8 },
      ],
    }),
  ]);

  it('sees progress per priority area as a chart and as a table, and plan coverage', async () => {
    const container = await show(me('politiker.botkyrka', ['politiker']), board);
    expect(screen.getByRole('heading', { name: 'Insatser per prioriterat område' })).toBeTruthy();
    expect(document.getElementById('home-progress-summary')?.textContent).toContain(
      'Läsåret 2026/27: 2 av 9 insatser i godkända planer är klara, 5 pågår enligt plan och 1 är försenade.',
    );
    const table = screen.getByRole('table', {
      name: 'Insatser i godkända planer per prioriterat område, läsåret 2026/27',
    });
    const row = within(table).getByRole('row', { name: /Källkritik/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '2', '1', '0']);
    // The chart is a named picture, and draws the same figures with ECharts' aria option on.
    const chart = await screen.findByRole('img', { name: /2 av 9 insatser/ });
    expect(chart.id).toBe('home-progress-chart');
    await vi.waitFor(() => expect(drawn).toHaveLength(1));
    const option = drawn[0] as {
      aria: { enabled: boolean; decal: { show: boolean } };
      yAxis: { data: string[] };
      series: { name: string; data: number[] }[];
    };
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.decal.show).toBe(true);
    expect(option.yAxis.data).toEqual(['Källkritik', 'Kompetens och strategisk kompetens']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Klara', [1, 1]],
      ['Pågår enligt plan', [2, 3]],
      ['Försenade', [1, 0]],
      ['Ej påbörjade', [0, 1]],
    ]);
    expect(document.getElementById('home-coverage')?.textContent).toContain(
      '1 av 8 enheter har en godkänd plan för läsåret 2026/27.',
    );
    expect(screen.getByRole('link', { name: 'Till inkorgen' }).getAttribute('href')).toBe(
      '#/inkorg',
    );
    await noSeriousViolations(container);
  });

  it('is told in English too', async () => {
    localStorage.setItem('styrkedja.locale', 'en');
    const api = mockApiClient();
    api.get.mockResolvedValue(board);
    render(
      <I18nProvider>
        <WithQueries>
          <Overview
            me={me('politiker.botkyrka', ['politiker'])}
            api={api as unknown as ApiClient}
          />
        </WithQueries>
      </I18nProvider>,
    );
    expect(await screen.findByText(/School year 2026\/27 · today/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Activities per priority area' })).toBeTruthy();
    expect(
      screen.getByText('1 of 8 units have an approved plan for school year 2026/27.'),
    ).toBeTruthy();
  });
});

describe('the administration', () => {
  it('finds the plan waiting for its decision, linked to the plan, and the next deadlines', async () => {
    const container = await show(
      me('forvaltning.botkyrka', ['forvaltning']),
      home([waiting, deadlines]),
    );
    const list = document.getElementById('home-waiting')!;
    expect(list?.textContent).toContain('Väntar på ditt beslut');
    expect(
      within(list)
        .getByRole('link', { name: 'Lokal handlingsplan 2026/27, Storvretsskolan' })
        .getAttribute('href'),
    ).toBe('#/handlingsplaner/p-storvreten');
    expect(within(list).getByText('Inlämnad')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Väntar på dig (1)' })).toBeTruthy();
    const dates = document.getElementById('home-deadlines')!;
    expect(
      within(dates)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '31 jan. 2027 Återrapportering, höstterminen',
      '15 juni 2027 Återrapportering, läsåret',
    ]);
    await noSeriousViolations(container);
  });
});

describe('a principal', () => {
  it("sees the unit's plan, its activities done, on track and late, and the next round", async () => {
    const container = await show(
      me('rektor.botkyrka', ['rektor']),
      home([
        card('waiting', { href: '#/inkorg' }),
        deadlines,
        card('unit-plan', {
          href: '#/handlingsplaner',
          items: [
            {
              code: 'PLAN',
              title: 'Lokal handlingsplan 2026/27, Alléskolan',
              detail: 'Alléskolan',
              href: '#/handlingsplaner/p-alle',
              status: 'ACTIVE',
              late: false,
            },
            {
              code: 'NEXT_FOLLOW_UP',
              title: 'Lokal handlingsplan 2026/27, Alléskolan',
              detail: 'Alléskolan',
              href: '#/handlingsplaner/p-alle',
              date: '2027-01-31',
              late: false,
            },
          ],
          figures: progressFigures(1, 2, 1, 0),
        }),
      ]),
    );
    expect(screen.getByText('Inget väntar på dig just nu.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Enhetens plan: Alléskolan' })).toBeTruthy();
    expect(document.getElementById('home-unit-plan')?.getAttribute('href')).toBe(
      '#/handlingsplaner/p-alle',
    );
    expect(screen.getByText('Pågår')).toBeTruthy();
    const figures = document.getElementById('home-unit-plan-figures-0')!;
    expect(
      within(figures)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['1', '2', '1', '0']);
    expect(figures?.textContent).toContain('Försenade');
    expect(screen.getByText('Nästa återrapportering senast 31 jan. 2027.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    await noSeriousViolations(container);
  });

  it('is told when the unit has no plan yet, and that it is late', async () => {
    await show(
      me('rektor.botkyrka', ['rektor']),
      home([
        card('unit-plan', {
          items: [
            { code: 'NO_PLAN', title: 'Alléskolan', detail: 'Alléskolan', late: false },
            {
              code: 'PLAN_DUE',
              title: 'Alléskolan',
              detail: 'Alléskolan',
              date: '2026-09-30',
              late: true,
            },
          ],
        }),
      ]),
    );
    expect(screen.getByText('Enheten har ingen plan för läsåret ännu.')).toBeTruthy();
    const due = document.getElementById('home-plan-due')!;
    expect(due.textContent).toBe(
      'Planen skulle ha lämnats in för godkännande senast 30 sep. 2026.',
    );
    expect(due.className).toBe('home-late');
  });
});

describe('a teacher', () => {
  it('sees the activities they own, a late one said in words', async () => {
    const container = await show(
      me('larare.botkyrka', ['larare']),
      home([
        card('my-activities', {
          href: '#/handlingsplaner',
          items: [
            {
              code: 'ACTIVITY',
              title: 'Källkritik i alla ämnen',
              detail: 'Lokal handlingsplan 2026/27, Alléskolan',
              href: '#/handlingsplaner/p-alle',
              date: '2026-11-30',
              status: 'ONGOING',
              late: true,
            },
          ],
          figures: progressFigures(0, 0, 1, 0),
        }),
      ]),
    );
    const list = document.getElementById('home-my-activities')!;
    expect(
      within(list).getByRole('link', { name: 'Källkritik i alla ämnen' }).getAttribute('href'),
    ).toBe('#/handlingsplaner/p-alle');
    expect(list?.textContent).toContain('försenad, senast 30 nov. 2026');
    expect(list?.textContent).toContain('Pågår');
    await noSeriousViolations(container);
  });
});

describe('the admin and the operator', () => {
  it('the admin sees the organisation, its people, roles and the last import', async () => {
    await show(
      me('admin.botkyrka', ['admin']),
      home([
        card('organisation', {
          href: '#/organisation',
          items: [
            {
              code: 'LAST_IMPORT',
              title: 'FILES',
              href: '#/import',
              date: '2026-11-30',
              status: 'COMPLETED',
              late: false,
            },
          ],
          figures: [
            { code: 'UNITS', value: 14 },
            { code: 'PEOPLE', value: 120 },
            { code: 'ROLE_ASSIGNMENTS', value: 7 },
          ],
        }),
      ]),
    );
    const facts = document.getElementById('home-organisation')!;
    expect(facts?.textContent).toContain('Enheter14');
    expect(facts?.textContent).toContain('Personal120');
    expect(
      within(facts).getByRole('link', { name: 'Klar, 30 nov. 2026' }).getAttribute('href'),
    ).toBe('#/import');
  });

  it('the operator sees the municipalities by status and no municipality data', async () => {
    const api = mockApiClient();
    api.get.mockResolvedValue(
      home([
        card('municipalities', {
          href: '#/kommuner',
          items: [
            {
              code: 'MUNICIPALITY',
              title: 'Botkyrka kommun',
              detail: '0127',
              href: '#/kommuner',
              status: 'ACTIVE',
              late: false,
            },
          ],
          figures: [
            { code: 'ACTIVE', value: 2, total: 3 },
            { code: 'SUSPENDED', value: 1, total: 3 },
          ],
        }),
      ]),
    );
    render(
      <I18nProvider>
        <WithQueries>
          <Overview
            me={{ ...me('operator', ['operator']), tenant: null, tenants: [] }}
            api={api as unknown as ApiClient}
          />
        </WithQueries>
      </I18nProvider>,
    );
    const items = await screen.findByText('Botkyrka kommun');
    expect(items.parentElement?.textContent).toContain('Botkyrka kommun (0127) Aktiv');
    expect(screen.getByRole('heading', { name: 'Kommuner' })).toBeTruthy();
    expect(screen.getByText('Avstängd')).toBeTruthy();
  });

  it('leaves out a card of a kind the app does not know yet', async () => {
    await show(me('rektor.botkyrka', ['rektor']), home([card('support-requests'), deadlines]));
    expect(document.getElementById('home-card-deadlines')).toBeTruthy();
    expect(document.querySelectorAll('.home-card')).toHaveLength(1);
  });
});
