// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type ApiClient } from '../api/client';
import type { Me, Page, RoleAssignment, RoleChain, Unit } from '../api/types';
import { I18nProvider } from '../i18n/I18nProvider';
import { WithQueries } from '../testing/queries';
import { RolesPage, treeOrder } from './Roles';
import { mockApiClient, type MockApiClient } from '../testing/fakeApi';
import '../testing/cssEscape';

const botkyrka = { id: 'botkyrka', name: 'Botkyrka kommun', municipalityCode: '0127' };
const admin: Me = {
  displayName: 'Anna Berg',
  username: 'admin.botkyrka',
  tenant: botkyrka,
  roleLevels: ['admin'],
  tenants: [botkyrka],
  capabilities: [],
};
const rektor: Me = { ...admin, username: 'rektor.botkyrka', roleLevels: ['rektor'] };

const level = (key: string, name: string, rank: number, top = false) => ({
  key,
  name,
  rank,
  inChain: rank >= 0,
  top,
});

const standard: RoleChain = {
  levels: [
    level('politiker', 'Politiker/nämnd', 0, true),
    level('forvaltning', 'Förvaltningsledning', 1),
    level('rektor', 'Rektor', 2),
    level('forskolechef', 'Förskolechef', 2),
    level('larare', 'Lärare', 3),
    level('it', 'IT', -1),
    level('admin', 'Kommunadministratör', -1),
  ],
  order: [['politiker'], ['forvaltning'], ['rektor', 'forskolechef'], ['larare']],
};

function unit(id: string, name: string, parentId: string | null, depth = 0): Unit {
  return {
    id,
    type: 'SCHOOL_UNIT',
    name,
    schoolUnitCode: null,
    schoolForms: [],
    parentId,
    depth,
    openedOn: '2017-01-01',
    closedOn: null,
    open: true,
    version: 1,
    allowed: [],
  };
}
const units = [
  unit('root', 'Utbildningsförvaltningen', null),
  unit('gr', 'Grundskola', 'root', 1),
  unit('tumba', 'Tumbaskolan', 'gr', 2),
  unit('fs', 'Förskola', 'root', 1),
];

function assignment(n: number, extra: Partial<RoleAssignment> = {}): RoleAssignment {
  return {
    id: `a${n}`,
    username: `person${n}.botkyrka`,
    level: 'rektor',
    unitId: 'tumba',
    from: '2026-08-01',
    createdBy: 'admin.botkyrka',
    createdAt: '2026-08-01T08:00:00Z',
    version: 1,
    ...extra,
  };
}

function page<T>(items: T[], total = items.length, offset = 0): Page<T> {
  return { items, total, offset, limit: 20 };
}

function fakeApi(
  assignments: (path: string) => Page<RoleAssignment> = () => page([assignment(1)]),
  chain: RoleChain = standard,
): MockApiClient {
  const api = mockApiClient();
  api.get.mockImplementation(async (path: string) => {
    if (path.startsWith('/api/role-hierarchy')) return chain;
    if (path.startsWith('/api/units')) return page(units);
    if (path.startsWith('/api/role-assignments')) return assignments(path);
    throw new Error(`unexpected GET ${path}`);
  });
  return api;
}

function renderPage(api: MockApiClient, me: Me = admin) {
  return render(
    <I18nProvider>
      <WithQueries>
        <RolesPage api={api as unknown as ApiClient} me={me} />
      </WithQueries>
    </I18nProvider>,
  );
}

const chainSteps = () =>
  within(screen.getByRole('list', { name: 'Styrkedjan' }))
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('chain-step'))
    .map((li) =>
      [...li.querySelectorAll('.chain-level-name')].map((e) => e.textContent).join(' + '),
    );

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('Roles', () => {
  it('shows the chain step by step, the functions beside it and a reader only their own roles, read-only', async () => {
    const api = fakeApi(() =>
      page([assignment(1, { username: 'rektor.botkyrka', until: '2099-06-30' })]),
    );
    renderPage(api, rektor);

    await screen.findByRole('heading', { name: 'Styrkedjan' });
    expect(chainSteps()).toEqual([
      'Politiker/nämnd',
      'Förvaltningsledning',
      'Rektor + Förskolechef',
      'Lärare',
    ]);
    const functions = within(screen.getByRole('list', { name: /Funktioner/ }));
    expect(functions.getByText('IT')).toBeTruthy();
    expect(functions.getByText('Kommunadministratör')).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'Dina roller' });
    const row = within(table).getByRole('row', { name: /rektor\.botkyrka/ });
    expect(row.textContent).toContain('Rektor');
    expect(row.textContent).toContain('Tumbaskolan');
    expect(api.get).toHaveBeenCalledWith(
      '/api/role-assignments?offset=0&limit=20&username=rektor.botkyrka',
    );

    expect(
      screen.queryByRole('button', { name: /Byt namn|Flytta|Lägg till|Ge en roll/ }),
    ).toBeNull();
    expect(screen.queryByRole('button', { name: /Avsluta/ })).toBeNull();
  });

  it('says so when a reader holds no role yet', async () => {
    renderPage(
      fakeApi(() => page([])),
      rektor,
    );
    expect(
      (await screen.findByText(/Du har ingen roll i styrkedjan ännu/)).closest(
        '#assignments-empty',
      ),
    ).toBeTruthy();
  });

  it('lets the admin move a step of the chain down with a button', async () => {
    const api = fakeApi();
    const moved: RoleChain = {
      ...standard,
      order: [['forvaltning'], ['politiker'], ['rektor', 'forskolechef'], ['larare']],
    };
    api.put.mockResolvedValue(moved);
    renderPage(api);
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole('button', { name: 'Flytta ned steget Politiker/nämnd' }),
    );

    expect(api.put).toHaveBeenCalledWith('/api/role-hierarchy/order', { order: moved.order });
    await waitFor(() =>
      expect(chainSteps()).toEqual([
        'Förvaltningsledning',
        'Politiker/nämnd',
        'Rektor + Förskolechef',
        'Lärare',
      ]),
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Politiker/nämnd är nu steg 2 i styrkedjan.',
    );
  });

  it('checks a new level before sending, then adds it where the admin chose', async () => {
    const api = fakeApi();
    const added: RoleChain = {
      levels: [...standard.levels, level('ikt-samordnare', 'IKT-samordnare', -1)],
      order: standard.order,
    };
    api.post.mockResolvedValue(added);
    renderPage(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Lägg till nivå eller funktion' }));
    await user.type(screen.getByLabelText('Kod'), 'IKT Samordnare');
    await user.click(screen.getByRole('button', { name: 'Lägg till' }));

    const key = screen.getByLabelText('Kod');
    expect(key.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('level-form-key-error')?.textContent).toMatch(/små bokstäver/);
    expect(document.getElementById('level-form-name-error')?.textContent).toBe('Fyll i Namn.');
    expect(api.post).not.toHaveBeenCalled();

    await user.clear(key);
    await user.type(key, 'ikt-samordnare');
    await user.type(screen.getByLabelText('Namn'), 'IKT-samordnare');
    await user.selectOptions(screen.getByLabelText('Plats'), 'Vid sidan av styrkedjan (funktion)');
    await user.click(screen.getByRole('button', { name: 'Lägg till' }));

    expect(api.post).toHaveBeenCalledWith('/api/role-hierarchy/levels', {
      key: 'ikt-samordnare',
      name: 'IKT-samordnare',
      rank: -1,
    });
    const functions = within(await screen.findByRole('list', { name: /Funktioner/ }));
    expect(functions.getByText('IKT-samordnare')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('IKT-samordnare är tillagd.');
  });

  it('shows a taken key at the key field and keeps the form', async () => {
    const api = fakeApi();
    api.post.mockRejectedValue(
      new ApiError(409, {
        title: 'Level exists',
        code: 'tenant.role.level-exists',
        errors: [{ field: 'key', message: 'is taken' }],
      }),
    );
    renderPage(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Lägg till nivå eller funktion' }));
    await user.type(screen.getByLabelText('Kod'), 'rektor');
    await user.type(screen.getByLabelText('Namn'), 'Rektor 2');
    await user.click(screen.getByRole('button', { name: 'Lägg till' }));

    await waitFor(() =>
      expect(document.getElementById('level-form-key-error')?.textContent).toBe('is taken'),
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Kod'));
  });

  it('renames a level and shows the server’s field error at the name', async () => {
    const api = fakeApi();
    api.put.mockRejectedValueOnce(
      new ApiError(400, {
        title: 'Invalid input',
        code: 'core.validation',
        errors: [{ field: 'rename.arg1.name', message: 'at most 200 characters' }],
      }),
    );
    const renamed: RoleChain = {
      ...standard,
      levels: standard.levels.map((l) => (l.key === 'rektor' ? { ...l, name: 'Skolledare' } : l)),
    };
    api.put.mockResolvedValueOnce(renamed);
    renderPage(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Byt namn på Rektor' }));
    const name = screen.getByLabelText('Namn');
    await user.clear(name);
    await user.type(name, 'Skolledare');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() =>
      expect(document.getElementById('level-rename-form-name-error')?.textContent).toBe(
        'at most 200 characters',
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(api.put).toHaveBeenLastCalledWith('/api/role-hierarchy/levels/rektor', {
      name: 'Skolledare',
    });
    await waitFor(() => expect(chainSteps()).toContain('Skolledare + Förskolechef'));
  });

  it('assigns a role at a unit picked from the tree, with the server’s errors at the field', async () => {
    const api = fakeApi();
    api.post.mockRejectedValueOnce(
      new ApiError(400, {
        title: 'Invalid input',
        code: 'tenant.role.invalid-assignment',
        errors: [{ field: 'unitId', message: 'is required: only the top of the chain' }],
      }),
    );
    api.post.mockResolvedValueOnce(assignment(2));
    renderPage(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Ge en roll' }));
    const unitSelect = screen.getByLabelText('Enhet') as HTMLSelectElement;
    expect([...unitSelect.options].map((o) => o.text.trim())).toEqual([
      'Hela kommunen',
      'Utbildningsförvaltningen',
      'Förskola',
      'Grundskola',
      'Tumbaskolan',
    ]);

    await user.type(screen.getByLabelText('Person'), 'person2.botkyrka');
    await user.selectOptions(screen.getByLabelText('Roll'), 'Rektor');
    await user.type(screen.getByLabelText('Första dag'), '2026-08-01');
    await user.type(screen.getByLabelText('Sista dag'), '2026-07-01');
    await user.click(screen.getByRole('button', { name: 'Ge rollen' }));
    expect(document.getElementById('assignment-form-until-error')?.textContent).toMatch(
      /får inte vara före första dagen/,
    );
    expect(api.post).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Sista dag'));
    await user.click(screen.getByRole('button', { name: 'Ge rollen' }));
    await waitFor(() =>
      expect(document.getElementById('assignment-form-unitId-error')?.textContent).toBe(
        'is required: only the top of the chain',
      ),
    );
    expect(unitSelect.getAttribute('aria-invalid')).toBe('true');

    await user.selectOptions(unitSelect, 'tumba');
    await user.click(screen.getByRole('button', { name: 'Ge rollen' }));
    expect(api.post).toHaveBeenLastCalledWith('/api/role-assignments', {
      username: 'person2.botkyrka',
      level: 'rektor',
      unitId: 'tumba',
      from: '2026-08-01',
      until: null,
    });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'person2.botkyrka har fått rollen Rektor.',
      ),
    );
  });

  it('chooses the person by name, and shows holders by name with the username for the admin', async () => {
    const api = fakeApi(() =>
      page([assignment(1, { username: 'rektor.botkyrka', name: 'Eva Lindqvist' })]),
    );
    const answer = api.get.getMockImplementation() as (path: string) => Promise<unknown>;
    api.get.mockImplementation(async (path: string) =>
      path.startsWith('/api/people')
        ? page([
            {
              id: 'p1',
              externalId: null,
              givenName: 'Eva',
              familyName: 'Lindqvist',
              username: 'rektor.botkyrka',
              linked: true,
              version: 1,
            },
          ])
        : answer(path),
    );
    api.post.mockResolvedValueOnce(assignment(2));
    renderPage(api);
    const user = userEvent.setup();

    const row = await screen.findByRole('row', { name: /Eva Lindqvist/ });
    expect(within(row).getByText('(rektor.botkyrka)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Ge en roll' }));
    const person = screen.getByRole('combobox', { name: 'Person' }) as HTMLInputElement;
    await user.type(person, 'eva');
    const option = await screen.findByRole('option', { name: /Eva Lindqvist/ });
    expect(within(option).getByText('rektor.botkyrka')).toBeTruthy();
    await user.click(option);
    expect(person.value).toBe('Eva Lindqvist');
    expect(api.get).toHaveBeenCalledWith('/api/people?limit=10&search=eva');

    await user.selectOptions(screen.getByLabelText('Roll'), 'Rektor');
    await user.selectOptions(screen.getByLabelText('Enhet'), 'tumba');
    await user.click(screen.getByRole('button', { name: 'Ge rollen' }));
    expect(api.post).toHaveBeenLastCalledWith(
      '/api/role-assignments',
      expect.objectContaining({ username: 'rektor.botkyrka', level: 'rektor', unitId: 'tumba' }),
    );
  });

  it('pages through the assignments and ends one with its version', async () => {
    const all = Array.from({ length: 45 }, (_, i) => assignment(i + 1));
    const api = fakeApi((path) => {
      const offset = Number(/offset=(\d+)/.exec(path)?.[1] ?? 0);
      return page(all.slice(offset, offset + 20), all.length, offset);
    });
    api.post.mockResolvedValue({ ...assignment(21), until: '2026-12-31', version: 2 });
    renderPage(api);
    const user = userEvent.setup();

    expect((await screen.findByText(/Visar/)).textContent).toBe('Visar 1–20 av 45.');
    expect(
      (screen.getByRole('button', { name: 'Föregående sida' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Nästa sida' }));
    await waitFor(() => expect(screen.getByText(/Visar/).textContent).toBe('Visar 21–40 av 45.'));
    expect(api.get).toHaveBeenCalledWith('/api/role-assignments?offset=20&limit=20');

    await user.click(
      screen.getByRole('button', { name: 'Avsluta rollen Rektor för person21.botkyrka' }),
    );
    const until = screen.getByLabelText('Sista dag');
    await user.clear(until);
    await user.type(until, '2026-12-31');
    await user.click(
      within(document.getElementById('assignment-end-form')!).getByRole('button', {
        name: 'Avsluta',
      }),
    );
    expect(api.post).toHaveBeenCalledWith('/api/role-assignments/a21/end', {
      until: '2026-12-31',
      version: 1,
    });
  });

  it('reloads and says why when someone else changed the chain first', async () => {
    const api = fakeApi();
    api.put.mockRejectedValue(
      new ApiError(409, { title: 'Order mismatch', code: 'tenant.role.order-mismatch' }),
    );
    renderPage(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Flytta upp steget Lärare' }));

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Någon annan ändrade samtidigt.',
    );
    expect(api.get.mock.calls.filter(([p]) => p === '/api/role-hierarchy')).toHaveLength(2);
  });
});

describe('treeOrder', () => {
  it('lists parents before their children, siblings by name', () => {
    expect(treeOrder(units).map(({ unit, depth }) => `${depth}:${unit.name}`)).toEqual([
      '0:Utbildningsförvaltningen',
      '1:Förskola',
      '1:Grundskola',
      '2:Tumbaskolan',
    ]);
  });
});
