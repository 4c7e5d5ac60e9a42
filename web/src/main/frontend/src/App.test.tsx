// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
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
};

const session: Session = {
  getToken: async () => 'token',
  tokenName: 'Eva Lindqvist',
  login: () => undefined,
  logout: () => undefined,
};

/** Answers /api/me with `me`, whatever municipality is asked for, and records every request. */
function serve(me: (tenantHeader: string | null) => Me) {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    const tenant = new Headers(init?.headers).get('X-Styrkedja-Tenant');
    const body = url.endsWith('/api/me')
      ? me(tenant)
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
    expect(screen.getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(document.title).toBe('Översikt – Styrkedja');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('shows the municipalities in the menu to the operator only', async () => {
    serve(() => rektor);
    renderApp();
    await screen.findByText('Rektor');
    expect(screen.queryByRole('link', { name: 'Kommuner' })).toBeNull();
    cleanup();

    serve(() => ({
      displayName: 'Plattformsoperatör',
      username: 'operator',
      tenant: null,
      roleLevels: ['operator'],
      tenants: [],
    }));
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
    expect(document.activeElement).toBe(heading);
    expect(document.title).toBe('Handlingsplaner – Styrkedja');
    expect(screen.getByRole('link', { name: 'Handlingsplaner' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(screen.getByRole('link', { name: 'Översikt' }).getAttribute('aria-current')).toBeNull();
    expect(screen.getByText(/lokala handlingsplaner/)).toBeTruthy();
  });

  it('tells the platform operator that there is no municipality', async () => {
    serve(() => ({
      displayName: 'Ola Operatör',
      username: 'operator',
      tenant: null,
      roleLevels: ['operator'],
      tenants: [],
    }));
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
});
