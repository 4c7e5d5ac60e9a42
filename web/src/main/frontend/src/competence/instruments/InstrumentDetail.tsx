import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../../api/ApiProvider';
import { ApiError } from '../../api/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { focusById } from '../../components/focus';
import { useI18n } from '../../i18n/I18nProvider';
import { saveBlob } from '../../plans/common';
import { ContentEditor, cleaned, missingTexts, targetId, type PathErrors } from './ContentEditor';
import { StatusBadge } from './InstrumentList';
import { Preview } from './Preview';
import { placeOf } from './places';
import { useReferences } from './references';
import {
  instrumentKeys,
  paths,
  type Content,
  type Instrument,
  type InstrumentVersion,
} from './types';
import './instruments.css';

/** One instrument: its versions, the chosen version's content, its draft's editor and a preview. */
export function InstrumentDetail({ instrumentId }: { instrumentId: string }) {
  const { t, formatDateTime } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const base = `/api/instruments/${encodeURIComponent(instrumentId)}`;
  const instrument = useQuery({
    queryKey: instrumentKeys.one(instrumentId),
    queryFn: () => api.get<Instrument>(base),
  });
  const [chosen, setChosen] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [actionError, setActionError] = useState<unknown>(null);
  const versions = instrument.data?.versions ?? [];
  const number = chosen ?? versions[versions.length - 1]?.number ?? null;

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: instrumentKeys.all });
  };

  const newVersion = useMutation({
    mutationFn: () => api.post<InstrumentVersion>(`${base}/versions`, {}),
    onSuccess: async (draft) => {
      setActionError(null);
      queryClient.setQueryData(instrumentKeys.version(instrumentId, draft.number), draft);
      await refresh();
      setChosen(draft.number);
      setStatus(t('instruments.version.started', { number: draft.number }));
    },
    onError: setActionError,
  });

  if (instrument.isError) {
    return (
      <>
        <PageHeading>{t('nav.instruments')}</PageHeading>
        <p>
          <Link to={paths.list}>{t('instruments.back')}</Link>
        </p>
        <ProblemAlert error={instrument.error} onRetry={() => void instrument.refetch()} />
      </>
    );
  }
  if (!instrument.data) {
    return (
      <>
        <PageHeading>{t('nav.instruments')}</PageHeading>
        <p className="muted" role="status">
          {t('instruments.loading')}
        </p>
      </>
    );
  }
  const data = instrument.data;

  return (
    <>
      <PageHeading>{data.name}</PageHeading>
      <p>
        <Link to={paths.list}>{t('instruments.back')}</Link>
      </p>
      {data.description && <p className="lead prewrap">{data.description}</p>}
      <p id="instrument-status" role="status" className={status ? 'notice' : 'visually-hidden'}>
        {status}
      </p>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">{t('instruments.versions.heading')}</h2>
        <div className="table-wrap">
          <table className="data-table" id="version-list">
            <caption className="visually-hidden">{t('instruments.versions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('instruments.versions.number')}</th>
                <th scope="col">{t('instruments.versions.status')}</th>
                <th scope="col">{t('instruments.versions.items')}</th>
                <th scope="col">{t('instruments.versions.created')}</th>
                <th scope="col">{t('instruments.versions.published')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('instruments.versions.show')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.id} aria-current={v.number === number ? 'true' : undefined}>
                  <th scope="row">{t('instruments.version.number', { number: v.number })}</th>
                  <td>
                    <StatusBadge status={v.status} />
                  </td>
                  <td>{v.itemCount}</td>
                  <td>{formatDateTime(v.createdAt)}</td>
                  <td>{v.frozenAt ? formatDateTime(v.frozenAt) : '–'}</td>
                  <td>
                    {v.number === number ? (
                      <span className="muted">{t('instruments.versions.shown')}</span>
                    ) : (
                      <button
                        type="button"
                        className="link-button"
                        id={`show-version-${v.number}`}
                        onClick={() => {
                          setStatus('');
                          setChosen(v.number);
                        }}
                      >
                        {t('instruments.versions.showNumber', { number: v.number })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {data.allowed.includes('new-version') && (
          <div className="actions">
            <button
              type="button"
              className="button"
              id="new-version"
              disabled={newVersion.isPending}
              onClick={() => newVersion.mutate()}
            >
              {t('instruments.version.new')}
            </button>
          </div>
        )}
        {actionError != null && <ProblemAlert error={actionError} />}
      </section>

      {number !== null && (
        <VersionView
          key={number}
          instrument={data}
          number={number}
          onStatus={setStatus}
          onGone={async (instrumentGone) => {
            // Away from what is gone first, so nothing asks for it again in between.
            if (instrumentGone) {
              void navigate(paths.list);
              queryClient.removeQueries({ queryKey: instrumentKeys.one(instrumentId) });
              await queryClient.invalidateQueries({ queryKey: instrumentKeys.all, exact: true });
            } else {
              await queryClient.invalidateQueries({
                queryKey: instrumentKeys.one(instrumentId),
                exact: true,
              });
              await queryClient.invalidateQueries({ queryKey: instrumentKeys.all, exact: true });
              setChosen(null);
            }
          }}
        />
      )}
    </>
  );
}

function VersionView({
  instrument,
  number,
  onStatus,
  onGone,
}: {
  instrument: Instrument;
  number: number;
  onStatus: (status: string) => void;
  onGone: (instrumentGone: boolean) => Promise<void>;
}) {
  const { t, formatDateTime } = useI18n();
  const api = useApi();
  const queryClient = useQueryClient();
  const refs = useReferences();
  const path = `/api/instruments/${encodeURIComponent(instrument.id)}/versions/${number}`;
  const version = useQuery({
    queryKey: instrumentKeys.version(instrument.id, number),
    queryFn: () => api.get<InstrumentVersion>(path),
  });
  const [draft, setDraft] = useState<Content | null>(null);
  const [errors, setErrors] = useState<PathErrors>({});
  const [problem, setProblem] = useState<unknown>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);

  useEffect(() => {
    if (focusAfter) {
      focusById(focusAfter);
      setFocusAfter(null);
    }
  }, [focusAfter]);

  const done = async (v: InstrumentVersion, message: string) => {
    queryClient.setQueryData(instrumentKeys.version(instrument.id, number), v);
    await queryClient.invalidateQueries({
      queryKey: instrumentKeys.one(instrument.id),
      exact: true,
    });
    await queryClient.invalidateQueries({ queryKey: instrumentKeys.all, exact: true });
    setDraft(null);
    setErrors({});
    setProblem(null);
    onStatus(message);
  };

  const failed = (e: unknown) => {
    setProblem(e);
    if (e instanceof ApiError && e.status === 400) {
      setErrors(Object.fromEntries(e.errors.map((x) => [x.field, x.message])));
    }
    setFocusAfter('version-problem');
  };

  const save = useMutation({
    mutationFn: (content: Content) =>
      api.put<InstrumentVersion>(path, { version: version.data!.version, content }),
    onSuccess: (v) => done(v, t('instruments.saved')),
    onError: failed,
  });
  const publish = useMutation({
    mutationFn: () =>
      api.post<InstrumentVersion>(`${path}/publish`, { version: version.data!.version }),
    onSuccess: (v) => done(v, t('instruments.published', { number })),
    onError: failed,
  });
  const discard = useMutation({
    mutationFn: () => api.delete(`${path}?version=${version.data!.version}`),
    onSuccess: async () => {
      onStatus(t('instruments.discarded', { number }));
      await onGone(instrument.versions.length <= 1);
      queryClient.removeQueries({ queryKey: instrumentKeys.version(instrument.id, number) });
    },
    onError: failed,
  });

  if (version.isError)
    return <ProblemAlert error={version.error} onRetry={() => void version.refetch()} />;
  if (!version.data) {
    return (
      <p className="muted" role="status">
        {t('instruments.loading')}
      </p>
    );
  }
  const v = version.data;
  const editable = v.allowed.includes('edit');
  const dirty = draft !== null;
  const content = draft ?? v.content;
  const stale =
    problem instanceof ApiError &&
    problem.status === 409 &&
    (problem.code === 'competence.instrument.stale-version' ||
      problem.code === 'competence.instrument.not-draft');

  const submit = () => {
    setProblem(null);
    const body = cleaned(content);
    const missing = missingTexts(body, t('instruments.error.svRequired'));
    if (Object.keys(missing).length > 0) {
      setErrors(missing);
      setProblem('local');
      setFocusAfter('version-problem');
      return;
    }
    setErrors({});
    save.mutate(body);
  };

  const reload = async () => {
    setDraft(null);
    setErrors({});
    setProblem(null);
    await queryClient.invalidateQueries({ queryKey: instrumentKeys.one(instrument.id) });
    onStatus(t('instruments.reloaded'));
  };

  const exportSurvey = async () => {
    try {
      const file = await api.download(`${path}/surveyjs`);
      saveBlob(file.blob, file.fileName ?? `${fileNameOf(instrument.name)}-v${number}.json`);
      onStatus(t('instruments.exported'));
    } catch (e) {
      setProblem(e);
    }
  };

  const placed = Object.entries(errors).map(([p, message]) => {
    const place = placeOf(p, t);
    return [p, place ? `${place}: ${message}` : message] as const;
  });

  return (
    <section aria-labelledby="version-heading" className="instrument-version">
      <h2 id="version-heading">
        {t('instruments.version.number', { number: v.number })} <StatusBadge status={v.status} />
      </h2>
      <p className="muted">
        {v.frozenAt
          ? t('instruments.version.frozenAt', { at: formatDateTime(v.frozenAt) })
          : editable
            ? t('instruments.version.draftEditable')
            : t('instruments.version.draftReadOnly')}
      </p>

      <div id="version-problem" tabIndex={-1}>
        {problem != null && (
          <>
            <ProblemAlert
              error={problem === 'local' ? null : problem}
              title={problem === 'local' ? t('instruments.error.localTitle') : undefined}
              detail={problem === 'local' ? t('instruments.error.localDetail') : undefined}
              fieldMessages={placed.length > 0 ? Object.fromEntries(placed) : undefined}
              fieldIds={Object.fromEntries(placed.map(([p]) => [p, targetId(p)]))}
            />
            {stale && (
              <div className="actions">
                <button
                  type="button"
                  className="button"
                  id="reload-version"
                  onClick={() => void reload()}
                >
                  {t('instruments.reload')}
                </button>
              </div>
            )}
          </>
        )}
      </div>

      <div className="actions">
        <button
          type="button"
          className="button button-secondary"
          id="export-surveyjs"
          onClick={() => void exportSurvey()}
        >
          {t('instruments.export')}
        </button>
        {editable && (
          <button
            type="button"
            className="button"
            id="save-draft"
            disabled={!dirty || save.isPending}
            onClick={submit}
          >
            {t('instruments.save')}
          </button>
        )}
        {v.allowed.includes('publish') &&
          (dirty ? (
            <span className="hint" id="publish-after-save">
              {t('instruments.publish.saveFirst')}
            </span>
          ) : (
            <ConfirmDialog
              id="publish"
              label={t('instruments.publish')}
              question={t('instruments.publish.question', { number: v.number })}
              detail={t('instruments.publish.detail')}
              confirmLabel={t('instruments.publish.confirm')}
              cancelLabel={t('instruments.cancel')}
              onConfirm={() =>
                publish.mutateAsync().then(
                  () => undefined,
                  () => undefined,
                )
              }
            />
          ))}
        {v.allowed.includes('discard') && (
          <ConfirmDialog
            id="discard"
            label={t('instruments.discard')}
            question={t('instruments.discard.question', { number: v.number })}
            detail={
              instrument.versions.length <= 1
                ? t('instruments.discard.detailOnly')
                : t('instruments.discard.detail')
            }
            confirmLabel={t('instruments.discard.confirm')}
            cancelLabel={t('instruments.cancel')}
            onConfirm={() =>
              discard.mutateAsync().then(
                () => undefined,
                () => undefined,
              )
            }
          />
        )}
      </div>
      {dirty && (
        <p className="notice" id="unsaved">
          {t('instruments.unsaved')}
        </p>
      )}

      <h3 className="visually-hidden">{t('instruments.content.heading')}</h3>
      <ContentEditor
        content={content}
        refs={refs}
        errors={errors}
        onChange={
          editable
            ? (next) => {
                setDraft(next);
                onStatus('');
              }
            : undefined
        }
      />
      {editable && dirty && (
        <div className="actions">
          <button
            type="button"
            className="button"
            id="save-draft-bottom"
            disabled={save.isPending}
            onClick={submit}
          >
            {t('instruments.save')}
          </button>
        </div>
      )}
      <Preview content={content} refs={refs} />
    </section>
  );
}

/** A file name from an instrument's name: letters, digits and dashes. */
function fileNameOf(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase() || 'instrument'
  );
}
