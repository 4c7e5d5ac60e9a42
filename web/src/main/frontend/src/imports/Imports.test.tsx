// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiClient } from '../api/client';
import type { ImportJob, Me, Page } from '../api/types';
import { I18nProvider } from '../i18n/I18nProvider';
import { WithQueries } from '../testing/queries';
import { Imports, POLL_MS } from './Imports';
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

function job(extra: Partial<ImportJob>): ImportJob {
  return {
    id: 'j1',
    kind: 'FILES',
    status: 'RUNNING',
    step: 'persons',
    read: 40,
    written: 30,
    skipped: 2,
    noted: 0,
    total: 100,
    percent: 40,
    startedBy: 'admin.botkyrka',
    createdAt: '2026-11-23T10:00:00Z',
    stopRequested: false,
    ...extra,
  };
}

function page(items: ImportJob[]): Page<ImportJob> {
  return { items, total: items.length, offset: 0, limit: 20 };
}

function fakeApi(answers: ImportJob[][]) {
  let call = 0;
  const api = mockApiClient();
  api.get.mockImplementation(async () => page(answers[Math.min(call++, answers.length - 1)] ?? []));
  return api;
}

function renderPage(api: ReturnType<typeof fakeApi>, me: Me = admin) {
  return render(
    <I18nProvider>
      <WithQueries>
        <Imports api={api as unknown as ApiClient} me={me} />
      </WithQueries>
    </I18nProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('Imports', () => {
  it('shows a running job’s progress and polls until it is done', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const api = fakeApi([
      [job({})],
      [job({ status: 'COMPLETED', read: 100, written: 90, skipped: 2, percent: 100 })],
    ]);
    renderPage(api);
    const bar = await screen.findByRole('progressbar', { name: 'Förlopp' });
    expect(bar.getAttribute('value')).toBe('40');
    expect(screen.getByText('Pågår')).toBeTruthy();
    expect(screen.getByText('Lästa 40, skrivna 30, överhoppade 2.')).toBeTruthy();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(POLL_MS + 10);
    });
    expect(await screen.findByText('Klar')).toBeTruthy();
    expect(screen.getByText('Lästa 100, skrivna 90, överhoppade 2.')).toBeTruthy();
    expect(
      screen.getByRole('button', {
        name: 'Ladda ner rapporten över överhoppade poster och anmärkningar (CSV)',
      }),
    ).toBeTruthy();
    const calls = api.get.mock.calls.length;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    });
    expect(api.get.mock.calls.length).toBe(calls);
  });

  it('offers the report of a job that skipped nothing but wrote records with a note', async () => {
    const api = fakeApi([[job({ status: 'COMPLETED', skipped: 0, noted: 2, percent: 100 })]]);
    renderPage(api);
    expect(await screen.findByText(/^2 skrevs med en anmärkning/)).toBeTruthy();
    expect(
      screen.getByRole('button', {
        name: 'Ladda ner rapporten över överhoppade poster och anmärkningar (CSV)',
      }),
    ).toBeTruthy();
  });

  it('offers a failed job a restart, and shows why it failed', async () => {
    const api = fakeApi([
      [job({ status: 'FAILED', message: 'persons: the SS 12000 API answered 500' })],
    ]);
    api.post.mockResolvedValue(job({ status: 'STARTING' }));
    renderPage(api);
    const user = userEvent.setup();
    expect(await screen.findByText('persons: the SS 12000 API answered 500')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Starta om' }));
    expect(api.post).toHaveBeenCalledWith('/api/imports/j1/restart', {});
  });

  it('asks for a file before uploading, and shows the server’s field errors', async () => {
    const api = fakeApi([[]]);
    api.post.mockRejectedValue(
      new ApiError(400, {
        title: 'Invalid input',
        errors: [{ field: 'baseUrl', message: 'must be an http or https URL' }],
      }),
    );
    renderPage(api);
    const user = userEvent.setup();
    expect(await screen.findByText('Inga importer ännu.')).toBeTruthy();
    const [uploadButton, remoteButton] = screen.getAllByRole('button', { name: 'Starta import' });
    await user.click(uploadButton!);
    expect(await screen.findByText('Välj minst en fil.')).toBeTruthy();
    expect(api.postForm).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Adress till tjänsten'), 'ftp://x');
    await user.type(screen.getByLabelText('Åtkomsttoken'), 'secret');
    await user.click(remoteButton!);
    expect(await screen.findByText(/must be an http or https URL/)).toBeTruthy();
  });

  it('is for the municipality admin only', () => {
    renderPage(fakeApi([[]]), { ...admin, roleLevels: ['rektor'] });
    expect(screen.getByText(/Bara kommunens administratör/)).toBeTruthy();
  });
});
