// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from './App';
import type { Me } from './api/types';
import type { Session } from './auth/session';
import { I18nProvider } from './i18n/I18nProvider';

const botkyrka = { id: 'botkyrka', name: 'Botkyrka kommun', municipalityCode: '0127' };
const huddinge = { id: 'huddinge', name: 'Huddinge kommun', municipalityCode: '0126' };

const rektor: Me = {
  displayName: 'Eva Lindqvist',
  username: 'rektor.botkyrka',
  tenant: botkyrka,
  roleLevels: ['rektor'],
  tenants: [botkyrka],
  capabilities: ['READ_PEOPLE', 'WRITE_PLANS'],
};

const operator: Me = {
  displayName: 'Ola Operatör',
  username: 'operator',
  roleLevels: ['operator'],
  tenants: [],
  capabilities: ['MANAGE_TENANTS'],
  // As the server sends it: no municipality, so no "tenant" at all.
} as unknown as Me;

/** A plan as /api/plans/<id> answers, with one activity. */
const planP1 = {
  id: 'p1',
  kind: 'LOCAL',
  schoolYear: '2025/26',
  unitId: 'u2',
  title: 'Lokal handlingsplan Skolan',
  status: 'DRAFT',
  writtenAtLevel: 'rektor',
  updatedAt: '2025-09-10T08:00:00Z',
  version: 3,
  summary: null,
  strategyId: 's1',
  createdBy: 'rektor.botkyrka',
  createdAt: '2025-09-10T08:00:00Z',
  updatedBy: 'rektor.botkyrka',
  allowedSteps: [],
  activities: [
    {
      id: 'a1',
      place: 1,
      priorityAreaId: null,
      goalIds: [],
      title: 'Fortbildning i AI',
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
    },
  ],
};

const unit = (id: string, name: string, parentId: string | null) => ({
  id,
  type: parentId ? 'SCHOOL_UNIT' : 'ADMINISTRATION',
  name,
  schoolUnitCode: null,
  schoolForms: [],
  parentId,
  depth: parentId ? 1 : 0,
  openedOn: '2020-01-01',
  closedOn: null,
  open: true,
  version: 0,
});

/** The main menu (the breadcrumb has links of the same names). */
const menu = () => within(screen.getByRole('navigation', { name: 'Huvudmeny' }));

const session: Session = {
  getToken: async () => 'token',
  tokenName: 'Eva Lindqvist',
  login: () => undefined,
  logout: () => undefined,
};

/** Answers /api/me with `me`, whatever municipality is asked for, and records every request. */
function serve(me: (tenantHeader: string | null) => Me, more: Record<string, unknown> = {}) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const tenant = new Headers(init?.headers).get('X-Styrkedja-Tenant');
    const path = url.split('?')[0]!.replace(/^.*\/api\//, '/api/');
    const body = url.endsWith('/api/me')
      ? me(tenant)
      : path in more
        ? more[path]
        : { items: [], total: 0, offset: 0, limit: 50 };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** The calls to one API path, in order (the app also reads e.g. the inbox count). */
function callsTo(fetch: ReturnType<typeof serve>, path: string) {
  return fetch.mock.calls.filter(([url]) => url.split('?')[0]!.endsWith(path));
}

function renderApp() {
  return render(
    <I18nProvider>
      <App session={session} />
    </I18nProvider>,
  );
}

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('App', () => {
  it('shows who is signed in, their municipality and role in words', async () => {
    serve(() => rektor);
    renderApp();

    expect(await screen.findByText('Rektor')).toBeTruthy();
    expect(document.getElementById('user-name')?.textContent).toBe('Eva Lindqvist');
    expect(document.getElementById('tenant-name')?.textContent).toBe('Botkyrka kommun');
    expect(screen.getByText('0127')).toBeTruthy();
    expect(menu().getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(document.title).toBe('Översikt – Styrkedja');
    // No breadcrumb on the home page.
    expect(screen.queryByRole('navigation', { name: 'Du är här' })).toBeNull();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('shows the municipalities in the menu to the operator only', async () => {
    serve(() => rektor);
    renderApp();
    await screen.findByText('Rektor');
    expect(screen.queryByRole('link', { name: 'Kommuner' })).toBeNull();
    cleanup();

    serve(() => operator);
    renderApp();
    expect(await screen.findByRole('link', { name: 'Kommuner' })).toBeTruthy();
  });

  it('switches to English, remembers it and sends it to the API', async () => {
    const fetch = serve(() => rektor);
    renderApp();
    await screen.findByText('Rektor');

    await userEvent.setup().click(document.getElementById('lang-en')!);

    expect(screen.getByText('Principal')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Overview – Styrkedja');
    expect(localStorage.getItem('styrkedja.locale')).toBe('en');
    expect(document.getElementById('lang-en')?.getAttribute('aria-pressed')).toBe('true');

    act(() => {
      window.location.hash = '#/anteckningar';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await waitFor(() => expect(callsTo(fetch, '/api/notes')).toHaveLength(1));
    expect(new Headers(callsTo(fetch, '/api/notes')[0]![1]?.headers).get('Accept-Language')).toBe(
      'en',
    );
  });

  it('moves focus to the new page heading and marks the link on navigation', async () => {
    serve(() => rektor);
    renderApp();
    await screen.findByText('Rektor');

    act(() => {
      window.location.hash = '#/handlingsplaner';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });

    const heading = await screen.findByRole('heading', { level: 1, name: 'Handlingsplaner' });
    // Focus moves in the effect that follows the new page's first render, not in that render.
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.title).toBe('Handlingsplaner – Styrkedja');
    expect(menu().getByRole('link', { name: 'Handlingsplaner' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(menu().getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByText(/lokala handlingsplaner/)).toBeTruthy();
  });

  it('tells the platform operator that there is no municipality', async () => {
    serve(() => operator);
    renderApp();

    expect(await screen.findByText('Plattformsoperatör')).toBeTruthy();
    expect(document.getElementById('tenant-name')?.textContent).toBe('Ingen kommun');
    expect(screen.getByText(/inte kopplat till någon kommun/)).toBeTruthy();
  });

  it('sends the chosen municipality on every call once the user picks one', async () => {
    const fetch = serve((tenant) => ({
      ...rektor,
      tenant: tenant === 'huddinge' ? huddinge : botkyrka,
      tenants: [botkyrka, huddinge],
    }));
    renderApp();
    const user = userEvent.setup();
    await screen.findByText('Rektor');
    expect(new Headers(fetch.mock.calls[0]![1]?.headers).has('X-Styrkedja-Tenant')).toBe(false);

    await user.selectOptions(screen.getByLabelText('Välj kommun'), 'huddinge');
    await user.click(screen.getByRole('button', { name: 'Byt kommun' }));

    await waitFor(() =>
      expect(document.getElementById('tenant-name')?.textContent).toBe('Huddinge kommun'),
    );
    expect(new Headers(callsTo(fetch, '/api/me')[1]![1]?.headers).get('X-Styrkedja-Tenant')).toBe(
      'huddinge',
    );
    expect(localStorage.getItem('styrkedja.tenant')).toBe('huddinge');
  });

  it('tells the operator that a typed address of a municipality page belongs to a municipality', async () => {
    for (const hash of ['#/organisation', '#/anteckningar', '#/handlingsplaner/p1']) {
      window.location.hash = hash;
      serve(() => operator);
      renderApp();
      expect(await screen.findByText(/Den här sidan hör till en kommun/)).toBeTruthy();
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
      cleanup();
    }
  });

  it('opens a plan by its address, with the plan in the breadcrumb and the title', async () => {
    window.location.hash = '#/handlingsplaner/p1';
    serve(() => rektor, {
      '/api/plans/p1': planP1,
      '/api/strategies/adopted': { id: 's1', title: 'Strategi', areas: [] },
      '/api/plans/p1/transitions': [],
      '/api/plans/p1/revisions': [],
      '/api/plans/p1/follow-ups': [],
    });
    renderApp();

    const crumbs = await screen.findByRole('navigation', { name: 'Du är här' });
    await waitFor(() =>
      expect(within(crumbs).getByText('Lokal handlingsplan Skolan')).toBeTruthy(),
    );
    expect(within(crumbs).getByRole('link', { name: 'Översikt' }).getAttribute('href')).toBe('#/');
    expect(within(crumbs).getByRole('link', { name: 'Handlingsplaner' }).getAttribute('href')).toBe(
      '#/handlingsplaner',
    );
    expect(
      within(crumbs).getByText('Lokal handlingsplan Skolan').getAttribute('aria-current'),
    ).toBe('page');
    expect(document.title).toBe('Lokal handlingsplan Skolan – Styrkedja');
    expect(menu().getByRole('link', { name: 'Handlingsplaner' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('names an activity of a plan by its address, below its plan', async () => {
    window.location.hash = '#/handlingsplaner/p1/aktiviteter/a1';
    serve(() => rektor, {
      '/api/plans/p1': planP1,
      '/api/strategies/adopted': { id: 's1', title: 'Strategi', areas: [] },
      '/api/plans/p1/transitions': [],
      '/api/plans/p1/revisions': [],
      '/api/plans/p1/follow-ups': [],
    });
    renderApp();

    const crumbs = await screen.findByRole('navigation', { name: 'Du är här' });
    await waitFor(() => expect(within(crumbs).getByText('Fortbildning i AI')).toBeTruthy());
    expect(
      within(crumbs).getByRole('link', { name: 'Lokal handlingsplan Skolan' }).getAttribute('href'),
    ).toBe('#/handlingsplaner/p1');
    expect(document.title).toBe('Fortbildning i AI – Styrkedja');
  });

  it('opens the organisation with the unit of its address selected, and the address follows a choice', async () => {
    const units = [unit('u1', 'Utbildningsförvaltningen', null), unit('u2', 'Skolan', 'u1')];
    window.location.hash = '#/organisation/u2';
    serve(() => rektor, {
      '/api/units': { items: units, total: 2, offset: 0, limit: 500 },
      '/api/units/u2': units[1],
      '/api/units/u1': units[0],
      '/api/units/u2/history': [],
      '/api/units/u1/history': [],
    });
    renderApp();

    expect(await screen.findByRole('heading', { level: 2, name: 'Skolan' })).toBeTruthy();
    const crumbs = screen.getByRole('navigation', { name: 'Du är här' });
    await waitFor(() => expect(within(crumbs).getByText('Skolan')).toBeTruthy());
    expect(document.title).toBe('Skolan – Styrkedja');

    const unitButton = document.getElementById('unit-u1')!;
    await userEvent.setup().click(unitButton);
    await waitFor(() => expect(window.location.hash).toBe('#/organisation/u1'));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Utbildningsförvaltningen' }),
    ).toBeTruthy();
    // Choosing a unit is no change of page: focus stays where the user is.
    expect(document.activeElement).toBe(unitButton);
  });

  it('offers the teacher neither the inbox, the roles nor the import in the menu', async () => {
    serve(() => ({ ...rektor, roleLevels: ['larare'], capabilities: ['READ_PEOPLE'] }));
    renderApp();
    await screen.findByText('Lärare');
    const links = menu()
      .getAllByRole('link')
      .map((a) => a.id);
    expect(links).not.toContain('nav-inbox');
    expect(links).not.toContain('nav-roles');
    expect(links).not.toContain('nav-imports');
    expect(links).not.toContain('nav-tenants');
    expect(links).toContain('nav-plans');
    expect(links).toContain('nav-people');
  });
});
