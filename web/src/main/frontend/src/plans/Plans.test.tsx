// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiClient } from '../api/client';
import type { Me } from '../api/types';
import { I18nProvider } from '../i18n/I18nProvider';
import { CyclePage } from './CyclePage';
import { InboxPage } from './Inbox';
import { WithQueries } from '../testing/queries';
import { PlansPage } from './PlansPage';
import { ProgressPage } from './ProgressPage';
import { schoolYearOf, schoolYears } from './common';
import { stepsFor } from './PlanDetail';
import type { Activity, InboxItem, Plan, PlanSummary, ProgressOverview } from './types';
import { mockApiClient, type MockApiClient } from '../testing/fakeApi';
import '../testing/cssEscape';

const botkyrka = { id: 'botkyrka', name: 'Botkyrka kommun', municipalityCode: '0127' };
const rektor: Me = {
  displayName: 'Eva Lindqvist',
  username: 'rektor.botkyrka',
  tenant: botkyrka,
  roleLevels: ['rektor'],
  tenants: [botkyrka],
  capabilities: [],
};
const forvaltning: Me = {
  ...rektor,
  username: 'forvaltning.botkyrka',
  roleLevels: ['forvaltning'],
};
const admin: Me = { ...rektor, username: 'admin.botkyrka', roleLevels: ['admin'] };

const summary = (over: Partial<PlanSummary> = {}): PlanSummary => ({
  id: 'p1',
  kind: 'LOCAL',
  schoolYear: '2025/26',
  unitId: 'u1',
  title: 'Lokal handlingsplan 2025/26, Alléskolan',
  status: 'DRAFT',
  writtenAtLevel: 'rektor',
  updatedAt: '2025-09-10T08:00:00Z',
  version: 3,
  ...over,
});

const activity = (over: Partial<Activity> = {}): Activity => ({
  id: 'a1',
  place: 1,
  priorityAreaId: 'area1',
  goalIds: [],
  title: 'Nanolärande om informationssäkerhet',
  targetLevels: ['larare'],
  targetUnitIds: [],
  owner: 'rektor.botkyrka',
  startsOn: '2025-10-01',
  dueOn: '2026-03-31',
  status: 'PLANNED',
  delayed: false,
  progress: 0,
  updatedBy: 'rektor.botkyrka',
  updatedAt: '2025-09-10T08:00:00Z',
  version: 1,
  allowed: ['edit', 'delete'],
  ...over,
});

const plan = (over: Partial<Plan> = {}): Plan => ({
  ...summary(),
  summary: 'Skolans plan.',
  strategyId: 's1',
  createdBy: 'rektor.botkyrka',
  createdAt: '2025-09-10T08:00:00Z',
  updatedBy: 'rektor.botkyrka',
  activities: [activity()],
  allowedSteps: [],
  allowed: ['edit', 'copy', 'template'],
  names: {},
  ...over,
});

const strategy = {
  id: 's1',
  title: 'Strategi',
  areas: [
    {
      id: 'area1',
      position: 1,
      title: 'Källkritik',
      description: '',
      mappings: [],
      goals: [],
      version: 1,
    },
  ],
  expectations: [],
};

/** Answers GETs by path prefix, longest first; anything else fails the test loudly. */
function fakeApi(routes: Record<string, unknown | (() => unknown)>): MockApiClient {
  const api = mockApiClient();
  const keys = Object.keys(routes).sort((a, b) => b.length - a.length);
  api.get.mockImplementation(async (path: string) => {
    const key = keys.find((k) => path.startsWith(k));
    if (key === undefined) throw new Error(`unexpected GET ${path}`);
    const value = routes[key];
    return typeof value === 'function' ? (value as () => unknown)() : value;
  });
  return api;
}

const base = {
  '/api/plans/creatable': [{ unitId: 'u1', unitName: 'Alléskolan', kind: 'LOCAL' }],
  '/api/strategies/adopted': strategy,
  '/api/units': {
    items: [{ id: 'u1', name: 'Alléskolan', type: 'SCHOOL_UNIT' }],
    total: 1,
    offset: 0,
    limit: 500,
  },
};

function renderWith(node: React.ReactNode) {
  return render(
    <I18nProvider>
      <WithQueries>{node}</WithQueries>
    </I18nProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('school years', () => {
  it('start on 1 July and default to the current one, whatever years have plans', () => {
    expect(schoolYearOf(new Date(2026, 10, 23))).toBe('2026/27');
    expect(schoolYearOf(new Date(2026, 5, 30))).toBe('2025/26');
    const found = schoolYears([summary()], new Date(2026, 10, 23));
    expect(found.preferred).toBe('2026/27');
    expect(found.years).toEqual(['2026/27', '2025/26']);
    const later = schoolYears([summary({ schoolYear: '2030/31' })], new Date(2026, 10, 23));
    expect(later.preferred).toBe('2026/27');
    expect(later.years).toEqual(['2030/31', '2026/27']);
    expect(schoolYears([], new Date(2026, 10, 23)).preferred).toBe('2026/27');
  });
});

describe('steps offered', () => {
  it('are exactly those the server allows the caller now, and none when it names none', () => {
    expect(stepsFor(plan({ allowedSteps: ['SUBMIT'] }))).toEqual(['SUBMIT']);
    expect(stepsFor(plan({ status: 'SUBMITTED', allowedSteps: ['APPROVE', 'RETURN'] }))).toEqual([
      'APPROVE',
      'RETURN',
    ]);
    // No guess from the caller's levels: a level held in another municipality, or a plan read
    // without the server's list, offers nothing.
    expect(stepsFor(plan({ status: 'SUBMITTED', allowedSteps: [] }))).toEqual([]);
    expect(stepsFor(plan({ status: 'SUBMITTED', allowedSteps: undefined }))).toEqual([]);
  });
});

describe('Plans list', () => {
  // The fixtures are of 2025/26; the pages open on the current school year, so today is in it.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 10, 23));
  });
  afterEach(() => vi.useRealTimers());

  it('opens on the current school year and links each plan', async () => {
    const api = fakeApi({ ...base, '/api/plans': [summary()] });
    renderWith(<PlansPage api={api as unknown as ApiClient} me={rektor} planId={null} />);

    const link = await screen.findByRole('link', {
      name: 'Lokal handlingsplan 2025/26, Alléskolan',
    });
    expect(link.getAttribute('href')).toBe('#/handlingsplaner/p1');
    expect((screen.getByLabelText('Läsår') as HTMLSelectElement).value).toBe('2025/26');
    expect(api.get).toHaveBeenCalledWith('/api/plans?schoolYear=2025%2F26');
    const row = screen.getByRole('row', { name: /Alléskolan/ });
    expect(within(row).getByText('Utkast')).toBeTruthy();
  });

  it('offers a new plan only for the units and kinds the server offers', async () => {
    const none = fakeApi({ ...base, '/api/plans/creatable': [], '/api/plans': [summary()] });
    renderWith(<PlansPage api={none as unknown as ApiClient} me={rektor} planId={null} />);
    expect(await screen.findByRole('link', { name: /Lokal handlingsplan/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ny plan' })).toBeNull();
    cleanup();

    const api = fakeApi({ ...base, '/api/plans': [summary()] });
    renderWith(<PlansPage api={api as unknown as ApiClient} me={rektor} planId={null} />);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Ny plan' }));
    const unit = screen.getByLabelText('Enhet') as HTMLSelectElement;
    expect([...unit.options].map((o) => o.textContent)).toEqual(['Välj enhet', 'Alléskolan']);
    expect(unit.value).toBe('u1');
    const kind = screen.getByLabelText('Typ') as HTMLSelectElement;
    expect([...kind.options].map((o) => o.value)).toEqual(['LOCAL']);
  });

  it('says so when a year has no plans', async () => {
    const api = fakeApi({ ...base, '/api/plans': [] });
    renderWith(<PlansPage api={api as unknown as ApiClient} me={rektor} planId={null} />);
    expect(await screen.findByText(/Det finns inga planer för läsåret/)).toBeTruthy();
  });
});

describe('Plan', () => {
  const planRoutes = (current: () => Plan) => ({
    ...base,
    '/api/plans/p1/transitions': [],
    '/api/plans/p1/revisions': [],
    '/api/plans/p1': current,
  });

  it('submits a draft and says it is submitted', async () => {
    let current = plan({ allowedSteps: ['SUBMIT'] });
    const api = fakeApi(planRoutes(() => current));
    api.post.mockImplementation(async () => {
      current = plan({ status: 'SUBMITTED', submittedBy: 'rektor.botkyrka', version: 4 });
      return current;
    });
    renderWith(<PlansPage api={api as unknown as ApiClient} me={rektor} planId="p1" />);

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Lämna in' }));

    expect(api.post).toHaveBeenCalledWith('/api/plans/p1/steps', {
      step: 'SUBMIT',
      version: 3,
      comment: null,
    });
    expect(await screen.findByText('Planen är inlämnad för godkännande.')).toBeTruthy();
    expect(within(document.getElementById('plan-facts')!).getByText('Inlämnad')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lämna in' })).toBeNull();
  });

  it('reads again what waits in the inbox once a step is taken on the plan', async () => {
    let current = plan({ allowedSteps: ['SUBMIT'] });
    const waiting: InboxItem = {
      reason: 'REVISE',
      planId: 'p1',
      planTitle: 'Lokal handlingsplan 2025/26, Alléskolan',
      planStatus: 'RETURNED',
      schoolYear: '2025/26',
      unitId: 'u1',
      unitName: 'Alléskolan',
      since: '2026-11-23T10:00:00Z',
      by: 'forvaltning.botkyrka',
    };
    let inbox: InboxItem[] = [waiting];
    const api = fakeApi({ ...planRoutes(() => current), '/api/inbox': () => inbox });
    api.post.mockImplementation(async () => {
      current = plan({ status: 'SUBMITTED', submittedBy: 'rektor.botkyrka', version: 4 });
      inbox = [];
      return current;
    });
    // The plan and the inbox in one cache, as the menu's count and the page are in the app.
    renderWith(
      <>
        <InboxPage api={api as unknown as ApiClient} me={rektor} />
        <PlansPage api={api as unknown as ApiClient} me={rektor} planId="p1" />
      </>,
    );
    expect(await screen.findByRole('link', { name: waiting.planTitle })).toBeTruthy();

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Lämna in' }));

    expect(await screen.findByText('Inget väntar på dig just nu.')).toBeTruthy();
    expect(within(document.getElementById('plan-facts')!).getByText('Inlämnad')).toBeTruthy();
  });

  it('offers exactly the steps the server allows', async () => {
    const current = plan({ allowedSteps: ['APPROVE', 'RETURN'], status: 'SUBMITTED' });
    const api = fakeApi(planRoutes(() => current));
    renderWith(<PlansPage api={api as unknown as ApiClient} me={rektor} planId="p1" />);

    expect(await screen.findByRole('button', { name: 'Godkänn' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lämna in' })).toBeNull();
  });

  it('copies the plan into next school year and opens the copy', async () => {
    const api = fakeApi(planRoutes(() => plan()));
    api.post.mockResolvedValue({ planId: 'p2', title: 'Kopian', status: 'DRAFT' });
    renderWith(<PlansPage api={api as unknown as ApiClient} me={rektor} planId="p1" />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Kopiera till ett annat läsår' }));
    expect((screen.getByLabelText('Läsår') as HTMLInputElement).value).toBe('2026/27');
    await user.click(screen.getByRole('button', { name: 'Kopiera planen' }));

    await waitFor(() =>
      expect(api.post).toHaveBeenCalledWith('/api/plans/p1/copy', { schoolYear: '2026/27' }),
    );
    await waitFor(() => expect(window.location.hash).toBe('#/handlingsplaner/p2'));
  });

  it('asks for a comment before returning a plan', async () => {
    const current = plan({
      status: 'SUBMITTED',
      submittedBy: 'rektor.botkyrka',
      allowedSteps: ['APPROVE', 'RETURN'],
    });
    const api = fakeApi(planRoutes(() => current));
    api.post.mockResolvedValue(current);
    renderWith(<PlansPage api={api as unknown as ApiClient} me={forvaltning} planId="p1" />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Skicka tillbaka' }));
    const form = screen.getByRole('form', { name: 'Skicka tillbaka planen' });
    await user.click(within(form).getByRole('button', { name: 'Skicka tillbaka' }));
    expect(
      screen.getByText('Skriv vad som behöver ändras innan du skickar tillbaka planen.'),
    ).toBeTruthy();
    expect(api.post).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Vad behöver ändras?'), 'Lägg till mål.');
    await user.click(within(form).getByRole('button', { name: 'Skicka tillbaka' }));
    expect(api.post).toHaveBeenCalledWith('/api/plans/p1/steps', {
      step: 'RETURN',
      version: 3,
      comment: 'Lägg till mål.',
    });
  });

  it('explains a conflict and shows the latest version', async () => {
    let current = plan({ allowedSteps: ['SUBMIT'] });
    const api = fakeApi(planRoutes(() => current));
    api.post.mockImplementation(async () => {
      current = plan({ title: 'Ändrad av någon annan', version: 5 });
      throw new ApiError(409, { title: 'Stale', code: 'plans.plan.stale-version' });
    });
    renderWith(<PlansPage api={api as unknown as ApiClient} me={rektor} planId="p1" />);

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Lämna in' }));

    expect(await screen.findByText('Någon annan ändrade planen')).toBeTruthy();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ändrad av någon annan' }),
    ).toBeTruthy();
  });

  it('shows the server’s field errors at the activity form’s fields', async () => {
    const api = fakeApi(planRoutes(() => plan()));
    api.post.mockRejectedValue(
      new ApiError(400, {
        title: 'Invalid',
        errors: [
          { field: 'addActivity.arg1.owner', message: 'is required: who answers for the activity' },
        ],
      }),
    );
    renderWith(<PlansPage api={api as unknown as ApiClient} me={rektor} planId="p1" />);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Ny insats' }));
    await user.selectOptions(screen.getByLabelText('Prioriterat område'), 'area1');
    await user.type(screen.getByLabelText('Rubrik'), 'Källkritik i åk 7');
    await user.type(screen.getByLabelText('Ansvarig'), 'x');
    await user.type(screen.getByLabelText('Startar'), '2025-10-01');
    await user.type(screen.getByLabelText('Klar senast'), '2025-12-01');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    const owner = screen.getByLabelText('Ansvarig');
    await waitFor(() => expect(owner.getAttribute('aria-invalid')).toBe('true'));
    expect(
      document.getElementById(owner.getAttribute('aria-describedby')!.split(' ').pop()!)
        ?.textContent,
    ).toContain('who answers for the activity');
  });

  it('puts activities in status columns and says which are delayed in words', async () => {
    const api = fakeApi({
      '/api/plans/p1/follow-ups': [],
      '/api/annual-cycle': [],
      ...planRoutes(() =>
        plan({
          status: 'ACTIVE',
          activities: [
            activity({
              id: 'a1',
              status: 'ONGOING',
              delayed: true,
              progress: 40,
              ownerName: 'Eva Lindqvist',
              allowed: ['progress'],
            }),
            activity({
              id: 'a2',
              title: 'Klar insats',
              status: 'DONE',
              progress: 100,
              allowed: [],
            }),
          ],
        }),
      ),
    });
    renderWith(<PlansPage api={api as unknown as ApiClient} me={rektor} planId="p1" />);

    const ongoing = await screen.findByRole('region', { name: /Pågår/ });
    expect(within(ongoing).getByText('Nanolärande om informationssäkerhet')).toBeTruthy();
    expect(within(ongoing).getByText('Försenad: slutdatumet har passerat')).toBeTruthy();
    const done = screen.getByRole('region', { name: /Klar/ });
    expect(within(done).getByText('Klar insats')).toBeTruthy();
    expect(within(done).queryByText(/Försenad/)).toBeNull();
    // Progress only where the server allows it; the owner by name.
    expect(screen.getAllByRole('button', { name: /Rapportera läget för/ })).toHaveLength(1);
    expect(within(ongoing).getByText('Eva Lindqvist')).toBeTruthy();
  });

  it('offers no changes, copies or templates the server does not allow', async () => {
    const api = fakeApi(
      planRoutes(() => plan({ allowed: [], activities: [activity({ allowed: [] })] })),
    );
    renderWith(<PlansPage api={api as unknown as ApiClient} me={rektor} planId="p1" />);

    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ny insats' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Ändra/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Ta bort/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Kopiera till ett annat läsår' })).toBeNull();
  });
});

describe('Inbox', () => {
  it('lists what waits, with a link to the plan', async () => {
    const item: InboxItem = {
      reason: 'APPROVE',
      planId: 'p1',
      planTitle: 'Lokal handlingsplan 2025/26, Alléskolan',
      planStatus: 'SUBMITTED',
      schoolYear: '2025/26',
      unitId: 'u1',
      unitName: 'Alléskolan',
      since: '2026-11-23T10:00:00Z',
      by: 'rektor.botkyrka',
    };
    const api = fakeApi({ '/api/inbox': [item] });
    renderWith(<InboxPage api={api as unknown as ApiClient} me={forvaltning} />);
    expect(await screen.findByText('Väntar på ditt beslut')).toBeTruthy();
    expect(screen.getByRole('link', { name: item.planTitle }).getAttribute('href')).toBe(
      '#/handlingsplaner/p1',
    );
    expect(screen.getByText(/av rektor\.botkyrka/)).toBeTruthy();
  });

  it('says when nothing waits', async () => {
    const api = fakeApi({ '/api/inbox': [] });
    renderWith(<InboxPage api={api as unknown as ApiClient} me={forvaltning} />);
    expect(await screen.findByText('Inget väntar på dig just nu.')).toBeTruthy();
  });
});

const overview: ProgressOverview = {
  schoolYear: '2025/26',
  asOf: '2026-11-23',
  totals: {
    units: 2,
    withApprovedPlan: 1,
    withoutApprovedPlan: 1,
    shareWithApprovedPlan: 0.5,
    plansByStatus: { ACTIVE: 1, DRAFT: 1 },
    activities: 3,
    activitiesByStatus: { PLANNED: 1, ONGOING: 2, DONE: 0, CANCELLED: 0 },
    activityShares: {},
    delayed: 1,
    followUpsMissing: 0,
  },
  units: [
    {
      unitId: 'u2',
      unitName: 'Alby förskola',
      unitType: 'PRESCHOOL_UNIT',
      planId: 'p2',
      planTitle: 'Lokal handlingsplan, Alby förskola',
      planStatus: 'ACTIVE',
      activities: 2,
      activitiesByStatus: { ONGOING: 2 },
      delayed: 1,
      lastFollowUp: '2026-01-31',
      followUpMissing: false,
      deadlines: [{ kind: 'LOCAL_PLAN', label: 'Lokala planer', due: '2025-09-30', state: 'DONE' }],
    },
    {
      unitId: 'u1',
      unitName: 'Alléskolan',
      unitType: 'SCHOOL_UNIT',
      activities: 0,
      activitiesByStatus: {},
      delayed: 0,
      followUpMissing: false,
      deadlines: [
        { kind: 'LOCAL_PLAN', label: 'Lokala planer', due: '2025-09-30', state: 'OVERDUE' },
      ],
    },
  ],
};

describe('Progress', () => {
  // The fixtures are of 2025/26; the pages open on the current school year, so today is in it.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 10, 23));
  });
  afterEach(() => vi.useRealTimers());

  it('gives totals, a chart with a text alternative, and a row per unit leading to its plan', async () => {
    const api = fakeApi({ '/api/plans/overview': overview, '/api/plans': [summary()] });
    renderWith(<ProgressPage api={api as unknown as ApiClient} me={forvaltning} />);

    const chart = await screen.findByRole('img', { name: /Stapeldiagram/ });
    expect(chart.textContent).toContain('Pågår');
    expect(screen.getByRole('img', { name: /Pågår: 2/ })).toBeTruthy();
    expect(screen.getByText('1 (50 %)')).toBeTruthy();
    const row = screen.getByRole('row', { name: /Alby förskola/ });
    expect(within(row).getByRole('link').getAttribute('href')).toBe('#/handlingsplaner/p2');
    expect(
      within(screen.getByRole('row', { name: /Alléskolan/ })).getByText('Ingen plan'),
    ).toBeTruthy();
    expect(api.get).toHaveBeenCalledWith('/api/plans/overview?schoolYear=2025%2F26');
  });

  it('narrows to a part of the organisation', async () => {
    const api = fakeApi({
      '/api/plans/overview': overview,
      '/api/plans': [summary()],
      '/api/units': {
        items: [
          { id: 'root', name: 'Utbildningsförvaltningen', type: 'ADMINISTRATION', parentId: null },
          { id: 'area', name: 'Förskolan', type: 'SCHOOL_FORM_AREA', parentId: 'root' },
          { id: 'u2', name: 'Alby förskola', type: 'PRESCHOOL_UNIT', parentId: 'area' },
        ],
        total: 3,
        offset: 0,
        limit: 500,
      },
    });
    renderWith(<ProgressPage api={api as unknown as ApiClient} me={forvaltning} />);
    const part = await screen.findByLabelText('Del av organisationen');
    expect([...(part as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'Hela kommunen',
      'Utbildningsförvaltningen',
      'Förskolan',
    ]);

    await userEvent.setup().selectOptions(part, 'area');

    await waitFor(() =>
      expect(api.get).toHaveBeenCalledWith('/api/plans/overview?schoolYear=2025%2F26&under=area'),
    );
  });
});

describe('Annual cycle', () => {
  // The fixtures are of 2025/26; the pages open on the current school year, so today is in it.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 10, 23));
  });
  afterEach(() => vi.useRealTimers());

  it('lists the deadlines, each unit’s state in words, and lets the admin edit', async () => {
    const api = fakeApi({
      '/api/annual-cycle': [
        { kind: 'LOCAL_PLAN', month: 9, day: 30, label: 'Lokala planer', due: '2025-09-30' },
      ],
      '/api/plans/overview': overview,
      '/api/plans': [summary()],
    });
    api.put.mockResolvedValue([]);
    renderWith(<CyclePage api={api as unknown as ApiClient} me={admin} />);

    expect(
      await screen.findByText(/Lokala planer/, { selector: '#cycle-deadlines li' }),
    ).toBeTruthy();
    const alle = await screen.findByRole('row', { name: /Alléskolan/ });
    expect(within(alle).getByText('Försenat')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ändra årshjulet' }));
    const label = screen.getByLabelText('Benämning');
    await user.clear(label);
    await user.type(label, 'Lokala handlingsplaner');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(api.put).toHaveBeenCalledWith('/api/annual-cycle?schoolYear=2025%2F26', {
      deadlines: [{ kind: 'LOCAL_PLAN', month: 9, day: 30, label: 'Lokala handlingsplaner' }],
    });
    expect(await screen.findByText('Årshjulet sparades.')).toBeTruthy();
  });

  it('offers no editing to others', async () => {
    const api = fakeApi({
      '/api/annual-cycle': [],
      '/api/plans/overview': overview,
      '/api/plans': [],
    });
    renderWith(<CyclePage api={api as unknown as ApiClient} me={rektor} />);
    expect(await screen.findByText('Årshjulet har inga tidpunkter ännu.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ändra årshjulet' })).toBeNull();
  });
});
