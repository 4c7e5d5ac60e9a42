import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/ApiProvider';
import { ApiError } from '../../api/client';
import type { Me } from '../../api/types';
import { Field } from '../../components/Field';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useI18n } from '../../i18n/I18nProvider';
import { codeWord } from '../../i18n/codes';
import { placeOf } from './places';
import {
  inLocale,
  instrumentKeys,
  paths,
  type Instrument,
  type InstrumentSummary,
  type InstrumentTemplate,
} from './types';

/** The municipality's instruments with their latest version; writers create and import. */
export function InstrumentList({ me }: { me: Me }) {
  const { t, formatDateTime } = useI18n();
  const api = useApi();
  const writes = (me.capabilities ?? []).includes('WRITE_INSTRUMENTS');
  const list = useQuery({
    queryKey: instrumentKeys.all,
    queryFn: () => api.get<InstrumentSummary[]>('/api/instruments'),
  });

  return (
    <>
      <PageHeading>{t('nav.instruments')}</PageHeading>
      <p className="lead">{t('instruments.lead')}</p>
      {list.isError ? (
        <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <p className="muted" role="status">
          {t('instruments.loading')}
        </p>
      ) : list.data.length === 0 ? (
        <p className="empty-state" id="instrument-list-empty">
          {writes ? t('instruments.empty.writer') : t('instruments.empty.reader')}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" id="instrument-list">
            <caption className="visually-hidden">{t('instruments.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('instruments.list.name')}</th>
                <th scope="col">{t('instruments.list.latest')}</th>
                <th scope="col">{t('instruments.list.items')}</th>
                <th scope="col">{t('instruments.list.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    <Link to={paths.instrument(i.id)} id={`instrument-${i.id}`}>
                      {i.name}
                    </Link>
                  </th>
                  <td>
                    {i.latestNumber != null && i.latestStatus ? (
                      <>
                        {t('instruments.version.number', { number: i.latestNumber })}{' '}
                        <StatusBadge status={i.latestStatus} />
                      </>
                    ) : (
                      t('instruments.list.noVersion')
                    )}
                  </td>
                  <td>{i.itemCount}</td>
                  <td>{formatDateTime(i.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {writes && (
        <>
          <CreateInstrument />
          <ImportSurvey />
        </>
      )}
    </>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <span className={`badge ${status === 'DRAFT' ? 'badge-draft' : 'badge-adopted'}`}>
      {codeWord(t, 'competence.versionStatus', status)}
    </span>
  );
}

/** A new instrument: a copy of a built-in template, or a blank one with a name. */
function CreateInstrument() {
  const { t, locale } = useI18n();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const templates = useQuery({
    queryKey: instrumentKeys.templates,
    queryFn: () => api.get<InstrumentTemplate[]>('/api/instrument-templates'),
  });
  const [from, setFrom] = useState<string>('');
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();
  const chosen = from || templates.data?.[0]?.key || 'blank';
  const create = useMutation({
    mutationFn: (body: { template?: string; name?: string }) =>
      api.post<Instrument>('/api/instruments', body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: instrumentKeys.all });
      queryClient.setQueryData(instrumentKeys.one(created.id), created);
      void navigate(paths.instrument(created.id));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const blank = chosen === 'blank';
    if (blank && !name.trim()) {
      setNameError(t('instruments.create.nameRequired'));
      document.getElementById('create-name')?.focus();
      return;
    }
    setNameError(undefined);
    create.mutate(
      blank ? { name: name.trim() } : { template: chosen, name: name.trim() || undefined },
    );
  };

  return (
    <section className="panel" aria-labelledby="create-heading">
      <h2 id="create-heading">{t('instruments.create.heading')}</h2>
      <form onSubmit={submit} noValidate>
        <fieldset className="checkboxes">
          <legend>{t('instruments.create.from')}</legend>
          {(templates.data ?? []).map((tpl) => (
            <div className="checkbox" key={tpl.key}>
              <input
                type="radio"
                name="create-from"
                id={`create-from-${tpl.key}`}
                value={tpl.key}
                checked={chosen === tpl.key}
                onChange={() => setFrom(tpl.key)}
                aria-describedby={`create-from-${tpl.key}-hint`}
              />
              <label htmlFor={`create-from-${tpl.key}`}>{inLocale(tpl.name, locale)}</label>
              <p className="hint" id={`create-from-${tpl.key}-hint`}>
                {inLocale(tpl.description, locale)}{' '}
                {t('instruments.create.size', {
                  sections: tpl.sectionCount,
                  items: tpl.itemCount,
                })}
              </p>
            </div>
          ))}
          <div className="checkbox">
            <input
              type="radio"
              name="create-from"
              id="create-from-blank"
              value="blank"
              checked={chosen === 'blank'}
              onChange={() => setFrom('blank')}
            />
            <label htmlFor="create-from-blank">{t('instruments.create.blank')}</label>
          </div>
        </fieldset>
        {templates.isError && <ProblemAlert error={templates.error} />}
        <Field
          id="create-name"
          label={t('instruments.create.name')}
          hint={chosen === 'blank' ? undefined : t('instruments.create.nameHint')}
          error={nameError}
        >
          {(describedBy) => (
            <input
              id="create-name"
              type="text"
              value={name}
              maxLength={200}
              onChange={(e) => setName(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={nameError ? true : undefined}
            />
          )}
        </Field>
        {create.isError && <ProblemAlert error={create.error} fieldIds={{ name: 'create-name' }} />}
        <div className="actions">
          <button type="submit" className="button" id="create-submit" disabled={create.isPending}>
            {t('instruments.create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A SurveyJS survey brought in, from a file or pasted; the server's refusals by their place. */
function ImportSurvey() {
  const { t } = useI18n();
  const api = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [survey, setSurvey] = useState<unknown>(null);
  const send = useMutation({
    mutationFn: (body: unknown) => api.post<Instrument>('/api/instruments/import', body),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: instrumentKeys.all });
      queryClient.setQueryData(instrumentKeys.one(created.id), created);
      void navigate(paths.instrument(created.id));
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setLocalError(null);
    send.reset();
    const source = file ? await file.text() : text;
    if (!source.trim()) {
      setLocalError(t('instruments.import.nothing'));
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch {
      setLocalError(t('instruments.import.notJson'));
      return;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      setLocalError(t('instruments.import.notSurvey'));
      return;
    }
    setSurvey(parsed);
    send.mutate(parsed);
  };

  const refusals =
    send.error instanceof ApiError
      ? send.error.errors.map((e) => ({ path: e.field, message: e.message }))
      : [];

  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('instruments.import.heading')}</h2>
      <p>{t('instruments.import.lead')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Field id="import-file" label={t('instruments.import.file')}>
          {(describedBy) => (
            <input
              id="import-file"
              type="file"
              accept="application/json,.json"
              aria-describedby={describedBy}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
        <Field
          id="import-text"
          label={t('instruments.import.paste')}
          hint={t('instruments.import.pasteHint')}
        >
          {(describedBy) => (
            <textarea
              id="import-text"
              rows={6}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-describedby={describedBy}
            />
          )}
        </Field>
        {localError && (
          <div className="alert alert-error" role="alert" id="import-local-error">
            <p className="alert-title">{localError}</p>
          </div>
        )}
        {send.isError && (
          <ProblemAlert
            error={send.error}
            fieldMessages={Object.fromEntries(
              refusals.map((r, i) => [
                `${i}`,
                `${describeElement(r.path, survey, t)}: ${r.message}`,
              ]),
            )}
          />
        )}
        <div className="actions">
          <button type="submit" className="button" id="import-submit" disabled={send.isPending}>
            {t('instruments.import.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * A refused part of the survey by its place and, for an element, its title or name and type, as the
 * author wrote them: "Sida 1 › Fråga 4 (”Vilka verktyg?”, matrix)".
 */
function describeElement(path: string, survey: unknown, t: Parameters<typeof placeOf>[1]): string {
  const place = placeOf(path, t) || t('instruments.place.survey');
  const m = /^pages\[(\d+)\]\.elements\[(\d+)\]/.exec(path);
  if (!m || !survey || typeof survey !== 'object') return place;
  const pages = (survey as { pages?: unknown }).pages;
  const element = Array.isArray(pages)
    ? (pages[Number(m[1])] as { elements?: unknown } | undefined)?.elements
    : undefined;
  const found = Array.isArray(element) ? (element[Number(m[2])] as Record<string, unknown>) : null;
  if (!found || typeof found !== 'object') return place;
  const title = typeof found.title === 'string' ? found.title : null;
  const name = typeof found.name === 'string' ? found.name : null;
  const type = typeof found.type === 'string' ? found.type : null;
  const label = [title ?? name, type].filter(Boolean).join(', ');
  return label ? `${place} (${label})` : place;
}
