// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type ApiClient } from '../api/client';
import type { Me, Page, Unit, UnitChange } from '../api/types';
import { I18nProvider } from '../i18n/I18nProvider';
import { WithQueries } from '../testing/queries';
import { Organisation } from './Organisation';
import { mockApiClient, type MockApiClient } from '../testing/fakeApi';

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

function unit(id: string, name: string, parentId: string | null, extra: Partial<Unit> = {}): Unit {
  return {
    id,
    type: 'DEPARTMENT',
    name,
    schoolUnitCode: null,
    schoolForms: [],
    parentId,
    depth: parentId ? 1 : 0,
    openedOn: '2017-01-01',
    closedOn: null,
    open: true,
    version: 1,
    allowed: [],
    ...extra,
  };
}

const root = unit('root', 'Utbildningsförvaltningen', null, { type: 'ADMINISTRATION' });
const forskola = unit('fs', 'Förskola', 'root', {
  type: 'SCHOOL_FORM_AREA',
  schoolForms: ['FS'],
  organisationType: 'Verksamhetsområde',
});
const tumba = unit('tumba', 'Tumba förskola', 'fs', {
  type: 'PRESCHOOL_UNIT',
  schoolUnitCode: '38125463',
  schoolForms: ['FS'],
  depth: 2,
  version: 4,
});
const grundskola = unit('gr', 'Grundskola', 'root', { type: 'SCHOOL_FORM_AREA' });
const gamla = unit('old', 'Gamla skolan', 'gr', {
  type: 'SCHOOL_UNIT',
  closedOn: '2024-06-30',
  open: false,
});
const tree = [root, forskola, tumba, grundskola, gamla];

const history: UnitChange[] = [
  {
    id: 'c1',
    kind: 'CREATED',
    from: null,
    to: 'Tumba fsk',
    by: 'admin.botkyrka',
    at: '2026-11-01T09:00:00Z',
  },
  {
    id: 'c2',
    kind: 'RENAMED',
    from: 'Tumba fsk',
    to: 'Tumba förskola',
    by: 'admin.botkyrka',
    at: '2026-11-02T09:00:00Z',
  },
  {
    id: 'c3',
    kind: 'MOVED',
    from: 'gr',
    to: 'fs',
    by: 'admin.botkyrka',
    at: '2026-11-03T09:00:00Z',
  },
];

function page(items: Unit[]): Page<Unit> {
  return { items, total: items.length, offset: 0, limit: 500 };
}

/** What the server allows on a unit: the admin changes open units, others nothing. */
function allowedTo(admin: boolean, u: Unit): Unit['allowed'] {
  if (!admin || !u.open) return [];
  return u.parentId ? ['edit', 'move', 'close', 'new-child'] : ['edit', 'close', 'new-child'];
}

/** Answers the unit list with `units` and every history with `history`. */
function fakeApi(units: Unit[] = tree, asAdmin = true): MockApiClient {
  const api = mockApiClient();
  api.get.mockImplementation(async (path: string) =>
    path.includes('/history')
      ? history
      : page(units.map((u) => ({ ...u, allowed: allowedTo(asAdmin, u) }))),
  );
  return api;
}

function renderPage(api: MockApiClient, me: Me = admin) {
  return render(
    <I18nProvider>
      <WithQueries>
        <Organisation api={api as unknown as ApiClient} me={me} />
      </WithQueries>
    </I18nProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('Organisation', () => {
  it('shows the open units as nested lists, closed ones on request', async () => {
    renderPage(fakeApi());
    const user = userEvent.setup();

    const rootButton = await screen.findByRole('button', { name: 'Utbildningsförvaltningen' });
    const rootItem = rootButton.closest('li')!;
    const forskolaItem = within(rootItem).getByRole('button', { name: 'Förskola' }).closest('li')!;
    expect(within(forskolaItem).getByRole('button', { name: 'Tumba förskola' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gamla skolan' })).toBeNull();

    await user.click(screen.getByLabelText('Visa stängda enheter'));

    expect(screen.getByRole('button', { name: 'Gamla skolan' })).toBeTruthy();
    expect(screen.getByText(/Skolenhet \(stängd\)/)).toBeTruthy();
  });

  it('shows a unit with its history when chosen', async () => {
    const api = fakeApi();
    renderPage(api, rektor);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Tumba förskola' }));

    expect(screen.getByRole('heading', { name: 'Tumba förskola' })).toBeTruthy();
    expect(document.getElementById('unit-facts-code')?.textContent).toBe('38125463');
    expect(document.getElementById('unit-facts-organisation-type')).toBeNull();
    expect(
      await screen.findByText('Namn ändrat från ”Tumba fsk” till ”Tumba förskola”'),
    ).toBeTruthy();
    expect(screen.getByText('Flyttad från Grundskola till Förskola')).toBeTruthy();
    expect(api.get).toHaveBeenCalledWith('/api/units/tumba/history');
    expect(
      screen.getByRole('button', { name: 'Tumba förskola' }).getAttribute('aria-current'),
    ).toBe('true');

    // An imported unit shows what its SS 12000 source calls it, beside the type it has here.
    await user.click(screen.getByRole('button', { name: 'Förskola' }));
    expect(screen.getByText('Typ i SS 12000')).toBeTruthy();
    expect(document.getElementById('unit-facts-organisation-type')?.textContent).toBe(
      'Verksamhetsområde',
    );
  });

  it('offers a unit’s changes only as the server allows them', async () => {
    renderPage(fakeApi(tree, false), admin);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Förskola' }));
    expect(screen.queryByRole('button', { name: 'Ändra' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Stäng' })).toBeNull();
    cleanup();

    renderPage(fakeApi(), admin);
    await user.click(await screen.findByRole('button', { name: 'Utbildningsförvaltningen' }));
    expect(screen.getByRole('button', { name: 'Ändra' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Flytta' })).toBeNull();
  });

  it('offers no changes to someone who is not the municipality admin', async () => {
    renderPage(fakeApi(tree, false), rektor);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Förskola' }));

    expect(screen.queryByRole('button', { name: 'Ny enhet' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ändra' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Flytta' })).toBeNull();
  });

  it('says clearly that there is no organisation yet', async () => {
    renderPage(fakeApi([]), rektor);
    expect(await screen.findByRole('heading', { name: 'Ingen organisation ännu' })).toBeTruthy();
    expect(screen.getByText(/Kommunens administratör lägger upp organisationen/)).toBeTruthy();
  });

  it('lets the admin create a unit under the chosen one', async () => {
    const api = fakeApi();
    const created = unit('alby', 'Alby förskola', 'fs', { type: 'PRESCHOOL_UNIT' });
    api.post.mockResolvedValue(created);
    renderPage(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Förskola' }));
    await user.click(screen.getByRole('button', { name: 'Ny enhet under denna' }));
    expect(screen.getByRole('heading', { name: 'Ny enhet under Förskola' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Typ'), 'PRESCHOOL_UNIT');
    await user.type(screen.getByLabelText('Namn'), 'Alby förskola');
    await user.type(screen.getByLabelText('Skolenhetskod'), '29514378');
    await user.click(screen.getByLabelText('Förskola (FS)'));
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    await waitFor(() =>
      expect(api.post).toHaveBeenCalledWith('/api/units', {
        type: 'PRESCHOOL_UNIT',
        name: 'Alby förskola',
        parentId: 'fs',
        schoolUnitCode: '29514378',
        schoolForms: ['FS'],
      }),
    );
    expect(await screen.findByText('Enheten ”Alby förskola” skapades.')).toBeTruthy();
  });

  it('checks the form before sending and shows the server’s field errors at the field', async () => {
    const api = fakeApi();
    api.post.mockRejectedValue(
      new ApiError(409, {
        title: 'School unit code in use',
        detail: "The school unit code 38125463 belongs to the open unit 'Tumba förskola'.",
        code: 'tenant.unit.school-unit-code-taken',
        errors: [{ field: 'schoolUnitCode', message: 'belongs to another open unit' }],
      }),
    );
    renderPage(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Förskola' }));
    await user.click(screen.getByRole('button', { name: 'Ny enhet under denna' }));
    await user.selectOptions(screen.getByLabelText('Typ'), 'PRESCHOOL_UNIT');
    await user.type(screen.getByLabelText('Skolenhetskod'), '123');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(screen.getAllByText('Skriv ett namn.').length).toBeGreaterThan(0);
    expect(screen.getAllByText('Skolenhetskoden ska vara 8 siffror.').length).toBeGreaterThan(0);
    expect(api.post).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('Namn'), 'Tumba förskola 2');
    await user.clear(screen.getByLabelText('Skolenhetskod'));
    await user.type(screen.getByLabelText('Skolenhetskod'), '38125463');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('School unit code in use')).toBeTruthy();
    const code = screen.getByLabelText('Skolenhetskod');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('unit-code-error')?.textContent).toBe(
      'belongs to another open unit',
    );
  });

  it('moves a unit only to open units outside its own subtree', async () => {
    const api = fakeApi();
    api.post.mockResolvedValue({ ...forskola, parentId: 'gr', version: 2 });
    renderPage(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Förskola' }));
    await user.click(screen.getByRole('button', { name: 'Flytta' }));
    const select = screen.getByLabelText('Ny överordnad enhet');
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Välj enhet', 'Grundskola']);

    await user.selectOptions(select, 'gr');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    await waitFor(() =>
      expect(api.post).toHaveBeenCalledWith('/api/units/fs/move', { parentId: 'gr', version: 1 }),
    );
    expect(await screen.findByText('”Förskola” flyttades.')).toBeTruthy();
  });

  it('explains why a unit with open units under it cannot close', async () => {
    const api = fakeApi();
    api.post.mockRejectedValue(
      new ApiError(409, {
        title: 'Open units under it',
        detail: "Unit 'Förskola' still has 1 open unit under it (Tumba förskola).",
        code: 'tenant.unit.open-children',
      }),
    );
    renderPage(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Förskola' }));
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText(/still has 1 open unit under it/)).toBeTruthy();
    expect(api.post).toHaveBeenCalledWith('/api/units/fs/close', {
      closedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      version: 1,
    });
  });

  it('reloads and says so when someone else changed the unit first', async () => {
    const api = fakeApi();
    api.put.mockRejectedValue(
      new ApiError(409, { title: 'Changed', code: 'tenant.unit.stale-version' }),
    );
    renderPage(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Tumba förskola' }));
    await user.click(screen.getByRole('button', { name: 'Ändra' }));
    await user.type(screen.getByLabelText('Namn'), ' Centrum');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Någon annan har ändrat enheten')).toBeTruthy();
    expect(api.put).toHaveBeenCalledWith('/api/units/tumba', {
      name: 'Tumba förskola Centrum',
      schoolUnitCode: '38125463',
      schoolForms: ['FS'],
      version: 4,
    });
    expect(screen.queryByLabelText('Namn')).toBeNull();
  });

  it('names a unit’s school forms, and their changes, in words', async () => {
    const school = unit('alby', 'Albyskolan', 'gr', {
      type: 'SCHOOL_UNIT',
      schoolForms: ['FKLASS', 'FTH', 'GR'],
    });
    const api = mockApiClient();
    api.get.mockImplementation(async (path: string) =>
      path.includes('/history')
        ? [
            {
              id: 'c9',
              kind: 'SCHOOL_FORMS',
              from: 'FKLASS,GR',
              to: 'FKLASS,FTH,GR',
              by: 'admin.botkyrka',
              at: '2026-11-04T09:00:00Z',
            },
          ]
        : page([root, grundskola, school]),
    );
    renderPage(api, rektor);

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Albyskolan' }));

    const facts = document.getElementById('unit-facts')!;
    expect(within(facts).getByText('Förskoleklass, Fritidshem, Grundskola')).toBeTruthy();
    expect(
      await screen.findByText(
        'Skolformer ändrade från Förskoleklass, Grundskola till Förskoleklass, Fritidshem, Grundskola',
      ),
    ).toBeTruthy();
    expect(facts.textContent).not.toMatch(/FKLASS|FTH/);
  });
});
