import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import type { Note, NoteInput, Page, Tenant } from '../api/types';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { focusById } from '../components/focus';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { NoteForm } from './NoteForm';

const PAGE_SIZE = 50;

type Editor = { mode: 'create' } | { mode: 'edit'; note: Note };

/** A message the page explains itself, e.g. that someone else saved first. */
interface Notice {
  title: MessageKey;
  detail: MessageKey;
}

/** The municipality's shared notes: the sample of a tenant-owned resource. */
export function Notes({ api, tenant }: { api: ApiClient; tenant: Tenant | null }) {
  const { t } = useI18n();

  if (tenant === null) {
    return (
      <>
        <PageHeading>{t('notes.heading')}</PageHeading>
        <p className="notice">{t('notes.noTenant')}</p>
      </>
    );
  }
  return <NotesOfTenant api={api} tenant={tenant} />;
}

function NotesOfTenant({ api, tenant }: { api: ApiClient; tenant: Tenant }) {
  const { t, formatDateTime } = useI18n();
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [status, setStatus] = useState('');
  const [editor, setEditor] = useState<Editor | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  // Where focus goes once the next render is on screen (the element may not exist yet).
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (focusNext.current) {
      focusById(focusNext.current);
      focusNext.current = null;
    }
  });

  const queryClient = useQueryClient();
  // The notes a page at a time ("more" asks for the next); a write refreshes what is shown.
  const notesQuery = useInfiniteQuery({
    queryKey: ['notes'],
    queryFn: ({ pageParam }) =>
      api.get<Page<Note>>(`/api/notes?offset=${pageParam}&limit=${PAGE_SIZE}`),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const shown = pages.reduce((n, p) => n + p.items.length, 0);
      return shown < last.total ? shown : undefined;
    },
  });
  const notes = notesQuery.data?.pages.flatMap((p) => p.items) ?? [];
  const total = notesQuery.data?.pages.at(-1)?.total ?? 0;
  const loadError = notesQuery.isFetchNextPageError ? null : notesQuery.error;
  const load = () => queryClient.invalidateQueries({ queryKey: ['notes'] });

  async function loadMore() {
    setActionError(null);
    const result = await notesQuery.fetchNextPage();
    if (result.isFetchNextPageError) setActionError(result.error);
  }

  function clearMessages() {
    setStatus('');
    setNotice(null);
    setActionError(null);
  }

  function openCreate() {
    clearMessages();
    setConfirmingDelete(null);
    setEditor({ mode: 'create' });
  }

  function openEdit(note: Note) {
    clearMessages();
    setConfirmingDelete(null);
    setEditor({ mode: 'edit', note });
  }

  function closeEditor() {
    focusNext.current = editor?.mode === 'edit' ? `note-edit-${editor.note.id}` : 'note-new';
    setEditor(null);
  }

  /** Someone else changed or deleted the note: say so, and show what is there now. */
  function outdated(kind: 'conflict' | 'gone') {
    setEditor(null);
    setConfirmingDelete(null);
    setNotice(
      kind === 'conflict'
        ? { title: 'notes.conflict.title', detail: 'notes.conflict.detail' }
        : { title: 'notes.gone.title', detail: 'notes.gone.detail' },
    );
    focusNext.current = 'notes-notice';
    void load();
  }

  async function save(input: NoteInput) {
    if (editor?.mode === 'edit') {
      try {
        await api.put<Note>(`/api/notes/${encodeURIComponent(editor.note.id)}`, {
          ...input,
          version: editor.note.version,
        });
      } catch (e) {
        if (e instanceof ApiError && (e.status === 409 || e.status === 404)) {
          outdated(e.status === 409 ? 'conflict' : 'gone');
          return;
        }
        throw e;
      }
      setStatus(t('notes.updated', { title: input.title }));
    } else {
      await api.post<Note>('/api/notes', input);
      setStatus(t('notes.created', { title: input.title }));
    }
    closeEditor();
    await load();
  }

  async function remove(note: Note) {
    if (deleting) return;
    setDeleting(true);
    setActionError(null);
    try {
      await api.delete(`/api/notes/${encodeURIComponent(note.id)}`);
      setConfirmingDelete(null);
      setStatus(t('notes.deleted', { title: note.title }));
      focusNext.current = 'note-new';
      await load();
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) outdated('gone');
      else setActionError(e);
    } finally {
      setDeleting(false);
    }
  }

  return (
    <>
      <PageHeading>{t('notes.heading')}</PageHeading>
      <p className="lead">{t('notes.intro', { municipality: tenant.name })}</p>

      <p className="status" role="status" id="notes-status">
        {status}
      </p>
      {notice && (
        <div className="alert alert-warning" role="alert" id="notes-notice" tabIndex={-1}>
          <p className="alert-title">{t(notice.title)}</p>
          <p>{t(notice.detail)}</p>
        </div>
      )}
      {actionError != null && <ProblemAlert error={actionError} />}

      {editor ? (
        <NoteForm
          key={editor.mode === 'edit' ? editor.note.id : 'new'}
          mode={editor.mode}
          initial={
            editor.mode === 'edit'
              ? { title: editor.note.title, body: editor.note.body }
              : { title: '', body: '' }
          }
          onSubmit={save}
          onCancel={closeEditor}
        />
      ) : (
        <p>
          <button type="button" className="button" id="note-new" onClick={openCreate}>
            {t('notes.new')}
          </button>
        </p>
      )}

      {notesQuery.isPending ? (
        <p className="muted">{t('notes.loading')}</p>
      ) : loadError != null ? (
        <ProblemAlert error={loadError} onRetry={() => void notesQuery.refetch()} />
      ) : notes.length === 0 ? (
        <section className="empty-state" aria-labelledby="notes-empty-heading" id="notes-empty">
          <h2 id="notes-empty-heading">{t('notes.empty.heading')}</h2>
          <p>{t('notes.empty.text')}</p>
        </section>
      ) : (
        <>
          <ul className="note-list" id="note-list">
            {notes.map((note) => (
              <li key={note.id} className="note" data-note-id={note.id}>
                <article aria-labelledby={`note-heading-${note.id}`}>
                  <h2 id={`note-heading-${note.id}`} className="note-title">
                    {note.title}
                  </h2>
                  <p className="note-meta">
                    {t('notes.meta.created', {
                      author: note.createdByName ?? note.createdBy,
                      date: formatDateTime(note.createdAt),
                    })}
                    {note.updatedAt && note.updatedAt !== note.createdAt && (
                      <> · {t('notes.meta.updated', { date: formatDateTime(note.updatedAt) })}</>
                    )}
                  </p>
                  {note.body && <p className="note-body">{note.body}</p>}

                  {confirmingDelete === note.id ? (
                    <div
                      className="confirm"
                      role="group"
                      aria-labelledby={`note-confirm-${note.id}`}
                      id={`note-confirm-group-${note.id}`}
                      tabIndex={-1}
                    >
                      <p id={`note-confirm-${note.id}`}>
                        {t('notes.delete.question', { title: note.title })}
                      </p>
                      <div className="actions">
                        <button
                          type="button"
                          className="button button-danger"
                          id={`note-confirm-delete-${note.id}`}
                          aria-disabled={deleting || undefined}
                          onClick={() => void remove(note)}
                        >
                          {t('notes.delete.confirm')}
                        </button>
                        <button
                          type="button"
                          className="button button-secondary"
                          onClick={() => {
                            setConfirmingDelete(null);
                            focusNext.current = `note-delete-${note.id}`;
                          }}
                        >
                          {t('notes.cancel')}
                        </button>
                      </div>
                    </div>
                  ) : (
                    (note.allowed ?? []).length > 0 && (
                      <div className="actions">
                        {note.allowed?.includes('edit') && (
                          <button
                            type="button"
                            className="button button-secondary"
                            id={`note-edit-${note.id}`}
                            aria-label={t('notes.edit.label', { title: note.title })}
                            onClick={() => openEdit(note)}
                          >
                            {t('notes.edit')}
                          </button>
                        )}
                        {note.allowed?.includes('delete') && (
                          <button
                            type="button"
                            className="button button-secondary"
                            id={`note-delete-${note.id}`}
                            aria-label={t('notes.delete.label', { title: note.title })}
                            onClick={() => {
                              clearMessages();
                              setConfirmingDelete(note.id);
                              focusNext.current = `note-confirm-group-${note.id}`;
                            }}
                          >
                            {t('notes.delete')}
                          </button>
                        )}
                      </div>
                    )
                  )}
                </article>
              </li>
            ))}
          </ul>
          {total > notes.length && (
            <>
              <p className="muted">{t('notes.count', { shown: notes.length, total })}</p>
              <p>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void loadMore()}
                >
                  {t('notes.more')}
                </button>
              </p>
            </>
          )}
        </>
      )}
    </>
  );
}
