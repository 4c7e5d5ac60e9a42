// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ApiClient } from '../api/client';
import type { Note, Page, Tenant } from '../api/types';
import { I18nProvider } from '../i18n/I18nProvider';
import { Notes } from './Notes';
import { WithQueries } from '../testing/queries';
import { mockApiClient } from '../testing/fakeApi';

const botkyrka: Tenant = { id: 'botkyrka', name: 'Botkyrka kommun', municipalityCode: '0127' };

const note: Note = {
  id: '7d0c1f3e-0000-4000-8000-000000000001',
  title: 'Nätverksträff IKT-pedagoger',
  body: 'Vi ses i Tumba.',
  createdBy: 'rektor.botkyrka',
  createdByName: 'Eva Lindqvist',
  createdAt: '2026-11-23T10:00:00Z',
  updatedBy: 'rektor.botkyrka',
  updatedAt: '2026-11-23T10:00:00Z',
  version: 3,
  allowed: ['edit', 'delete'],
};

function page(items: Note[]): Page<Note> {
  return { items, total: items.length, offset: 0, limit: 50 };
}

function fakeApi(): { [K in keyof ApiClient]: ReturnType<typeof vi.fn> } {
  return mockApiClient();
}

function renderNotes(api: ReturnType<typeof fakeApi>, tenant: Tenant | null = botkyrka) {
  return render(
    <I18nProvider>
      <WithQueries>
        <Notes api={api as unknown as ApiClient} tenant={tenant} />
      </WithQueries>
    </I18nProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('Notes', () => {
  it('says clearly that there are no notes yet', async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(page([]));

    renderNotes(api);

    expect(await screen.findByRole('heading', { name: 'Inga anteckningar ännu' })).toBeTruthy();
    expect(api.get).toHaveBeenCalledWith('/api/notes?offset=0&limit=50');
  });

  it('offers only what the server allows on each note, and names its author', async () => {
    const api = fakeApi();
    const others: Note = { ...note, id: 'other', title: 'Admins anteckning', allowed: [] };
    const removable: Note = { ...note, id: 'removable', title: 'Lärarens', allowed: ['delete'] };
    api.get.mockResolvedValue(page([note, others, removable]));

    renderNotes(api);

    expect(
      await screen.findByRole('button', { name: 'Redigera ”Nätverksträff IKT-pedagoger”' }),
    ).toBeTruthy();
    expect(screen.getAllByText(/Eva Lindqvist/).length).toBe(3);
    expect(screen.queryByText(/rektor\.botkyrka/)).toBeNull();
    expect(screen.queryByRole('button', { name: /”Admins anteckning”/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Redigera ”Lärarens”' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Ta bort ”Lärarens”' })).toBeTruthy();
  });

  it('does not ask the server when the user belongs to no municipality', () => {
    const api = fakeApi();

    renderNotes(api, null);

    expect(screen.getByText(/ditt konto är inte kopplat till någon kommun/i)).toBeTruthy();
    expect(api.get).not.toHaveBeenCalled();
  });

  it('requires a title before sending anything', async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(page([]));
    renderNotes(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Ny anteckning' }));
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    const title = screen.getByLabelText('Rubrik');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(title)).toContain('Skriv en rubrik.');
    expect(document.activeElement).toBe(title);
    expect(api.post).not.toHaveBeenCalled();
  });

  it('shows the server problem in an alert and its field errors next to the fields', async () => {
    const api = fakeApi();
    api.get.mockResolvedValue(page([]));
    api.post.mockRejectedValue(
      new ApiError(400, {
        title: 'Ogiltig anteckning',
        detail: 'Rubriken finns redan',
        errors: [{ field: 'create.arg0.title', message: 'måste vara unik' }],
      }),
    );
    renderNotes(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Ny anteckning' }));
    await user.type(screen.getByLabelText('Rubrik'), 'Årshjul');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Ogiltig anteckning')).toBeTruthy();
    expect(within(alert).getByText('Rubriken finns redan')).toBeTruthy();
    const title = screen.getByLabelText('Rubrik');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(describedBy(title)).toContain('måste vara unik');
    expect(api.post).toHaveBeenCalledWith('/api/notes', { title: 'Årshjul', body: '' });
  });

  it('explains a conflict when someone else saved first, and reloads the list', async () => {
    const api = fakeApi();
    const newer = { ...note, title: 'Nätverksträff flyttad', version: 4 };
    api.get.mockResolvedValueOnce(page([note])).mockResolvedValueOnce(page([newer]));
    api.put.mockRejectedValue(new ApiError(409, { title: 'Conflict' }));
    renderNotes(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: `Redigera ”${note.title}”` }));
    await user.type(screen.getByLabelText('Rubrik'), ' (ändrad)');
    await user.click(screen.getByRole('button', { name: 'Spara' }));

    expect(await screen.findByText('Någon annan har ändrat anteckningen')).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Nätverksträff flyttad' })).toBeTruthy();
    expect(api.put).toHaveBeenCalledWith(`/api/notes/${note.id}`, {
      title: `${note.title} (ändrad)`,
      body: note.body,
      version: 3,
    });
    expect(api.get).toHaveBeenCalledTimes(2);
    expect(screen.queryByLabelText('Rubrik')).toBeNull();
  });

  it('deletes only after the user confirms', async () => {
    const api = fakeApi();
    api.get.mockResolvedValueOnce(page([note])).mockResolvedValueOnce(page([]));
    api.delete.mockResolvedValue(undefined);
    renderNotes(api);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: `Ta bort ”${note.title}”` }));
    expect(api.delete).not.toHaveBeenCalled();
    expect(screen.getByText(/Vill du ta bort anteckningen/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Ja, ta bort' }));

    await waitFor(() => expect(api.delete).toHaveBeenCalledWith(`/api/notes/${note.id}`));
    expect(await screen.findByText(`Anteckningen ”${note.title}” togs bort.`)).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Inga anteckningar ännu' })).toBeTruthy();
  });
});

function describedBy(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}
