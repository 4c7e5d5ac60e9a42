// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../api/client';
import type { Me, Page, Person, PersonDetail } from '../api/types';
import { I18nProvider } from '../i18n/I18nProvider';
import { WithQueries } from '../testing/queries';
import { People } from './People';
import { mockApiClient } from '../testing/fakeApi';

const botkyrka = { id: 'botkyrka', name: 'Botkyrka kommun', municipalityCode: '0127' };
const admin: Me = {
  displayName: 'Anna Berg',
  username: 'admin.botkyrka',
  tenant: botkyrka,
  roleLevels: ['admin'],
  tenants: [botkyrka],
  capabilities: [],
};

const anna: Person = {
  id: 'p1',
  externalId: 'x1',
  givenName: 'Anna',
  familyName: 'Rektorsson',
  email: 'anna@botkyrka.se',
  linked: true,
  version: 0,
};
const bo: Person = { ...anna, id: 'p2', givenName: 'Bo', familyName: 'Lärare', linked: false };
const annasDuties: PersonDetail = {
  person: anna,
  duties: [
    {
      id: 'd1',
      externalId: 'dx1',
      dutyRole: 'Rektor',
      unitId: 'u1',
      unitName: 'Tumba skola',
      startDate: '2025-08-01',
      level: 'rektor',
    },
  ],
};

function page(items: Person[]): Page<Person> {
  return { items, total: items.length, offset: 0, limit: 50 };
}

function fakeApi(people: Person[]) {
  const api = mockApiClient();
  api.get.mockImplementation(async (path: string) => {
    if (path.startsWith('/api/people/')) return annasDuties;
    const search = new URL('http://x' + path).searchParams.get('search') ?? '';
    return page(people.filter((p) => p.givenName.toLowerCase().includes(search.toLowerCase())));
  });
  return api;
}

function renderPage(api: ReturnType<typeof fakeApi>, me: Me = admin) {
  return render(
    <I18nProvider>
      <WithQueries>
        <People api={api as unknown as ApiClient} me={me} />
      </WithQueries>
    </I18nProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('People', () => {
  it('lists the people and shows a person’s duties on request', async () => {
    renderPage(fakeApi([anna, bo]));
    const user = userEvent.setup();
    const annaButton = await screen.findByRole('button', { name: 'Anna Rektorsson' });
    expect(screen.getByText('Visar 2 av 2 personer.')).toBeTruthy();
    expect(screen.getByText(/har inte loggat in ännu/)).toBeTruthy();
    expect(annaButton.getAttribute('aria-expanded')).toBe('false');
    await user.click(annaButton);
    const table = await screen.findByRole('table', { name: 'Tjänstgöringar för Anna Rektorsson' });
    expect(within(table).getByText('Rektor')).toBeTruthy();
    expect(within(table).getByText('Tumba skola')).toBeTruthy();
    expect(annaButton.getAttribute('aria-expanded')).toBe('true');
  });

  it('searches, and says plainly when nobody matches', async () => {
    const api = fakeApi([anna, bo]);
    renderPage(api);
    const user = userEvent.setup();
    await screen.findByRole('button', { name: 'Anna Rektorsson' });
    await user.type(screen.getByLabelText('Sök på namn, e-post eller användarnamn'), 'Zed');
    await user.click(screen.getByRole('button', { name: 'Sök' }));
    expect(await screen.findByText('Ingen person matchar ”Zed”.')).toBeTruthy();
    expect(api.get).toHaveBeenLastCalledWith('/api/people?offset=0&limit=50&search=Zed');
  });

  it('tells an admin with no people yet where they come from', async () => {
    renderPage(fakeApi([]));
    expect(await screen.findByText(/Personal kommer in genom SS 12000-importen/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Importera personal' })).toBeTruthy();
  });
});
