// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiClient } from '../api/client';
import type { Me, Page, TenantRecord } from '../api/types';
import { I18nProvider } from '../i18n/I18nProvider';
import { wordProblem } from '../i18n/problems';
import { WithQueries } from '../testing/queries';
import { Tenants } from './Tenants';
import { mockApiClient } from '../testing/fakeApi';

const operator: Me = {
  displayName: 'Plattformsoperatör',
  username: 'operator',
  tenant: null,
  roleLevels: ['operator'],
  tenants: [],
  capabilities: [],
};

const botkyrka: TenantRecord = {
  id: 'botkyrka',
  name: 'Botkyrka kommun',
  municipalityCode: '0127',
  status: 'active',
  adminEmail: null,
  identityProvider: null,
  createdAt: '2026-11-23T10:00:00Z',
  statusChangedAt: '2026-11-23T10:00:00Z',
  version: 0,
};

const ystad: TenantRecord = {
  ...botkyrka,
  id: 'ystad',
  name: 'Ystads kommun',
  municipalityCode: '1286',
  status: 'onboarding',
  adminEmail: 'admin@ystad.se',
};

function page(items: TenantRecord[]): Page<TenantRecord> {
  return { items, total: items.length, offset: 0, limit: 500 };
}

function fakeApi(): { [K in keyof ApiClient]: ReturnType<typeof vi.fn> } {
  return mockApiClient();
}

function renderTenants(api: ReturnType<typeof fakeApi>, me: Me = operator) {
  return render(
    <I18nProvider>
      <WithQueries>
        <Tenants api={api as unknown as ApiClient} me={me} />
      </WithQueries>
    </I18nProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('Tenants', () => {
  it('lists the municipalities with their status and the step each can take', async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(page([botkyrka, ystad]));

    renderTenants(api);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]!).getByText('Aktiv')).toBeTruthy();
    expect(within(rows[1]!).getByRole('button', { name: 'Stäng av Botkyrka kommun' })).toBeTruthy();
    expect(within(rows[2]!).getByText('Införs')).toBeTruthy();
    expect(within(rows[2]!).getByRole('button', { name: 'Aktivera Ystads kommun' })).toBeTruthy();
  });

  it('says clearly when there are no municipalities', async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(page([]));

    renderTenants(api);

    expect(await screen.findByRole('heading', { name: 'Inga kommuner ännu' })).toBeTruthy();
  });

  it('is only for the operator and then asks the server nothing', () => {
    const api = fakeApi();

    renderTenants(api, { ...operator, roleLevels: ['admin'] });

    expect(screen.getByText('Den här sidan är bara för plattformens operatör.')).toBeTruthy();
    expect(api.get).not.toHaveBeenCalled();
  });

  it('checks the form before sending and names each wrong field', async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(page([botkyrka]));
    const user = userEvent.setup();
    renderTenants(api);

    await user.click(await screen.findByRole('button', { name: 'Ny kommun' }));
    await user.type(screen.getByLabelText('Namn'), 'Ystads kommun');
    await user.type(screen.getByLabelText('Kortnamn'), 'Ystad');
    await user.type(screen.getByLabelText('Kommunkod'), '128');
    await user.type(screen.getByLabelText('Administratörens e-postadress'), 'admin');
    await user.click(screen.getByRole('button', { name: 'Skapa kommunen' }));

    const alert = screen.getByRole('alert');
    expect(within(alert).getByText(/Kortnamn får bara innehålla/)).toBeTruthy();
    expect(within(alert).getByText('Kommunkod ska vara fyra siffror.')).toBeTruthy();
    expect(
      within(alert).getByText(/Administratörens e-postadress ska vara en e-postadress/),
    ).toBeTruthy();
    expect(api.post).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(screen.getByLabelText('Kortnamn'));
  });

  it('creates a municipality and shows the server naming a taken code next to the field', async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(page([botkyrka]));
    api.post
      .mockRejectedValueOnce(
        new ApiError(
          409,
          wordProblem(
            {
              title: 'Already taken',
              code: 'tenant.registry.taken',
              errors: [
                {
                  field: 'municipalityCode',
                  message: 'Another municipality already has this municipality code.',
                },
              ],
            },
            'sv',
          ),
        ),
      )
      .mockResolvedValueOnce(ystad);
    const user = userEvent.setup();
    renderTenants(api);

    await user.click(await screen.findByRole('button', { name: 'Ny kommun' }));
    await user.type(screen.getByLabelText('Namn'), 'Ystads kommun');
    await user.type(screen.getByLabelText('Kortnamn'), 'ystad');
    await user.type(screen.getByLabelText('Kommunkod'), '0127');
    await user.type(screen.getByLabelText('Administratörens e-postadress'), 'admin@ystad.se');
    await user.click(screen.getByRole('button', { name: 'Skapa kommunen' }));

    expect(
      await screen.findAllByText('En annan kommun har redan det här värdet.'),
    ).not.toHaveLength(0);
    expect(screen.getByLabelText('Kommunkod').getAttribute('aria-invalid')).toBe('true');

    await user.clear(screen.getByLabelText('Kommunkod'));
    await user.type(screen.getByLabelText('Kommunkod'), '1286');
    api.get.mockResolvedValue(page([botkyrka, ystad]));
    await user.click(screen.getByRole('button', { name: 'Skapa kommunen' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Ystads kommun har skapats'),
    );
    expect(api.post).toHaveBeenLastCalledWith('/api/tenants', {
      name: 'Ystads kommun',
      slug: 'ystad',
      municipalityCode: '1286',
      adminEmail: 'admin@ystad.se',
    });
  });

  it('links an OIDC identity provider with only the fields of that protocol', async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(page([ystad]));
    api.put.mockResolvedValue({ ...ystad, identityProvider: { alias: 'ystad', type: 'oidc' } });
    const user = userEvent.setup();
    renderTenants(api);

    await user.click(
      await screen.findByRole('button', { name: 'Koppla inloggning för Ystads kommun' }),
    );
    expect(screen.queryByLabelText('Entity-id')).toBeNull();
    await user.type(
      screen.getByLabelText('Discovery-adress'),
      'https://idp.ystad.se/.well-known/openid-configuration',
    );
    await user.type(screen.getByLabelText('Klient-id'), 'styrkedja');
    await user.type(screen.getByLabelText('Klienthemlighet'), 'hemligt');
    await user.click(screen.getByRole('button', { name: 'Koppla inloggningen' }));

    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'Inloggningen för Ystads kommun är kopplad.',
      ),
    );
    expect(api.put).toHaveBeenCalledWith('/api/tenants/ystad/identity-provider', {
      type: 'oidc',
      discoveryUrl: 'https://idp.ystad.se/.well-known/openid-configuration',
      clientId: 'styrkedja',
      clientSecret: 'hemligt',
    });
  });

  it('shows the conflict when a step is no longer possible', async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(page([botkyrka]));
    api.post.mockRejectedValue(
      new ApiError(409, {
        title: 'Not possible in the tenant’s current status',
        detail: "The tenant 'botkyrka' is suspended: it cannot be suspended from there.",
      }),
    );
    const user = userEvent.setup();
    renderTenants(api);

    await user.click(await screen.findByRole('button', { name: 'Stäng av Botkyrka kommun' }));

    expect((await screen.findByRole('alert')).textContent).toContain('is suspended');
  });
});
