import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiClient } from '../api/client';
import type { ImportJob, Me, Page } from '../api/types';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

/** How often the job list is read again while a job runs. */
export const POLL_MS = 2000;

const STATUS_KEYS: Record<ImportJob['status'], MessageKey> = {
  STARTING: 'imports.status.STARTING',
  RUNNING: 'imports.status.RUNNING',
  COMPLETED: 'imports.status.COMPLETED',
  FAILED: 'imports.status.FAILED',
  STOPPED: 'imports.status.STOPPED',
};

function running(job: ImportJob): boolean {
  return job.status === 'STARTING' || job.status === 'RUNNING';
}

/** The SS 12000 import, for the municipality admin: upload, remote API, jobs with progress. */
export function Imports({ api, me }: { api: ApiClient; me: Me }) {
  const { t } = useI18n();
  if (me.tenant === null || !me.roleLevels.includes('admin')) {
    return (
      <>
        <PageHeading>{t('imports.heading')}</PageHeading>
        <p className="notice">{t('imports.adminOnly')}</p>
      </>
    );
  }
  return <ImportsOfTenant api={api} />;
}

function ImportsOfTenant({ api }: { api: ApiClient }) {
  const { t, formatDateTime } = useI18n();
  const [actionError, setActionError] = useState<unknown>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [remoteError, setRemoteError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [baseUrl, setBaseUrl] = useState('');
  const [token, setToken] = useState('');
  const [modifiedAfter, setModifiedAfter] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);

  const queryClient = useQueryClient();
  // While a job runs, the list is read again every few seconds for its progress; the polling
  // stops once every job has finished.
  const jobsQuery = useQuery({
    queryKey: ['imports', { offset: 0, limit: 20 }],
    queryFn: () => api.get<Page<ImportJob>>('/api/imports?offset=0&limit=20'),
    refetchInterval: (query) => (query.state.data?.items.some(running) ? POLL_MS : false),
  });
  const jobs = jobsQuery.data?.items ?? [];
  const loading = jobsQuery.isLoading;
  const loadError = jobsQuery.error;
  const load = () => queryClient.invalidateQueries({ queryKey: ['imports'] });

  async function upload(event: FormEvent) {
    event.preventDefault();
    setUploadError(null);
    if (files.length === 0) {
      setUploadError(new Error('no files'));
      return;
    }
    const form = new FormData();
    files.forEach((f) => form.append('files', f, f.name));
    try {
      await api.postForm<ImportJob>('/api/imports', form);
      setFiles([]);
      if (fileInput.current) fileInput.current.value = '';
      setStatus(t('imports.started'));
      await load();
    } catch (e) {
      setUploadError(e);
    }
  }

  async function remote(event: FormEvent) {
    event.preventDefault();
    setRemoteError(null);
    try {
      await api.post<ImportJob>('/api/imports/remote', {
        baseUrl: baseUrl.trim(),
        token: token.trim(),
        modifiedAfter: modifiedAfter ? new Date(modifiedAfter).toISOString() : null,
      });
      setToken('');
      setStatus(t('imports.started'));
      await load();
    } catch (e) {
      setRemoteError(e);
    }
  }

  async function act(job: ImportJob, action: 'restart' | 'stop') {
    setActionError(null);
    try {
      await api.post<ImportJob>(`/api/imports/${job.id}/${action}`, {});
      setStatus(t(action === 'restart' ? 'imports.restarted' : 'imports.stopping'));
      await load();
    } catch (e) {
      setActionError(e);
    }
  }

  async function download(job: ImportJob) {
    setActionError(null);
    try {
      const csv = await api.getText(`/api/imports/${job.id}/rejections`);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `avvisade-${job.id}.csv`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      URL.revokeObjectURL(url);
    } catch (e) {
      setActionError(e);
    }
  }

  return (
    <>
      <PageHeading>{t('imports.heading')}</PageHeading>
      <p className="lead">{t('imports.lead')}</p>
      <p role="status" className="visually-hidden">
        {status}
      </p>

      <section aria-labelledby="upload-heading" className="panel">
        <h2 id="upload-heading">{t('imports.upload.heading')}</h2>
        <form onSubmit={(e) => void upload(e)} noValidate>
          <label htmlFor="import-files">{t('imports.upload.label')}</label>
          <p id="import-files-hint" className="muted">
            {t('imports.upload.hint')}
          </p>
          <input
            ref={fileInput}
            id="import-files"
            type="file"
            multiple
            accept=".json,.zip,application/json,application/zip"
            aria-describedby="import-files-hint"
            onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
          />
          {uploadError != null && (
            <ProblemAlert
              error={uploadError}
              fieldIds={{ files: 'import-files' }}
              fieldMessages={files.length === 0 ? { files: t('imports.upload.none') } : undefined}
            />
          )}
          <button type="submit" className="button">
            {t('imports.upload.submit')}
          </button>
        </form>
      </section>

      <section aria-labelledby="remote-heading" className="panel">
        <h2 id="remote-heading">{t('imports.remote.heading')}</h2>
        <form onSubmit={(e) => void remote(e)} noValidate>
          <label htmlFor="remote-url">{t('imports.remote.url')}</label>
          <input
            id="remote-url"
            type="url"
            value={baseUrl}
            placeholder="https://"
            onChange={(e) => setBaseUrl(e.target.value)}
          />
          <label htmlFor="remote-token">{t('imports.remote.token')}</label>
          <input
            id="remote-token"
            type="password"
            autoComplete="off"
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
          <label htmlFor="remote-after">{t('imports.remote.after')}</label>
          <p id="remote-after-hint" className="muted">
            {t('imports.remote.afterHint')}
          </p>
          <input
            id="remote-after"
            type="datetime-local"
            value={modifiedAfter}
            aria-describedby="remote-after-hint"
            onChange={(e) => setModifiedAfter(e.target.value)}
          />
          {remoteError != null && (
            <ProblemAlert
              error={remoteError}
              fieldIds={{
                baseUrl: 'remote-url',
                token: 'remote-token',
                modifiedAfter: 'remote-after',
              }}
            />
          )}
          <button type="submit" className="button">
            {t('imports.remote.submit')}
          </button>
        </form>
      </section>

      <section aria-labelledby="jobs-heading">
        <h2 id="jobs-heading">{t('imports.jobs.heading')}</h2>
        {loadError != null && (
          <ProblemAlert error={loadError} onRetry={() => void jobsQuery.refetch()} />
        )}
        {actionError != null && <ProblemAlert error={actionError} />}
        {loading ? (
          <p className="muted">{t('imports.loading')}</p>
        ) : jobs.length === 0 ? (
          <p className="notice">{t('imports.jobs.none')}</p>
        ) : (
          <ul className="import-jobs">
            {jobs.map((job) => (
              <li key={job.id} className="import-job">
                <p>
                  <strong>{t(STATUS_KEYS[job.status])}</strong>{' '}
                  <span className="muted">
                    {job.kind === 'REMOTE' ? (job.baseUrl ?? '') : t('imports.kind.FILES')} ·{' '}
                    {formatDateTime(job.createdAt)} · {job.startedBy}
                  </span>
                </p>
                <label htmlFor={`progress-${job.id}`}>{t('imports.progress')}</label>{' '}
                {job.percent != null ? (
                  <progress id={`progress-${job.id}`} max={100} value={job.percent}>
                    {job.percent} %
                  </progress>
                ) : (
                  <progress id={`progress-${job.id}`} />
                )}{' '}
                <span>{job.percent != null ? `${job.percent} %` : ''}</span>
                <p>
                  {t('imports.counts', {
                    read: job.read,
                    written: job.written,
                    skipped: job.skipped,
                  })}
                </p>
                {job.noted > 0 && <p>{t('imports.noted', { noted: job.noted })}</p>}
                {job.message && <p className="muted">{job.message}</p>}
                <div className="actions">
                  {(job.skipped > 0 || job.noted > 0) && (
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => void download(job)}
                    >
                      {t('imports.rejections')}
                    </button>
                  )}
                  {(job.status === 'FAILED' || job.status === 'STOPPED') && (
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => void act(job, 'restart')}
                    >
                      {t('imports.restart')}
                    </button>
                  )}
                  {job.status === 'RUNNING' && (
                    <button
                      type="button"
                      className="button button-secondary"
                      onClick={() => void act(job, 'stop')}
                    >
                      {t('imports.stop')}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
