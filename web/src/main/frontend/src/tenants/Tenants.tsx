import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { Me, Page, TenantRecord, TenantStatus } from '../api/types';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { focusById } from '../components/focus';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { FormPanel, type FieldSpec, type Values } from '../components/FormPanel';

const PAGE_SIZE = 500;

export const STATUS_LABELS: Record<TenantStatus, MessageKey> = {
  onboarding: 'tenants.status.onboarding',
  active: 'tenants.status.active',
  suspended: 'tenants.status.suspended',
  offboarded: 'tenants.status.offboarded',
};

export const TENANT_FIELDS: FieldSpec[] = [
  { name: 'name', label: 'tenants.field.name', type: 'text', required: true, max: 200 },
  {
    name: 'slug',
    label: 'tenants.field.slug',
    type: 'text',
    required: true,
    max: 63,
    hint: 'tenants.field.slug.hint',
    pattern: { regex: /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])$/, message: 'tenants.validation.slug' },
  },
  {
    name: 'municipalityCode',
    label: 'tenants.field.code',
    type: 'text',
    required: true,
    hint: 'tenants.field.code.hint',
    pattern: { regex: /^\d{4}$/, message: 'tenants.validation.code' },
  },
  {
    name: 'adminEmail',
    label: 'tenants.field.adminEmail',
    type: 'email',
    required: true,
    max: 254,
    hint: 'tenants.field.adminEmail.hint',
    pattern: { regex: /^[^@\s]+@[^@\s]+\.[^@\s]+$/, message: 'tenants.validation.email' },
  },
];

const isOidc = (v: Values) => (v.type ?? 'oidc') === 'oidc';
const isSaml = (v: Values) => v.type === 'saml';
const URL_PATTERN = /^https?:\/\/\S+$/;

export const IDP_FIELDS: FieldSpec[] = [
  {
    name: 'type',
    label: 'tenants.idp.field.type',
    type: 'select',
    required: true,
    options: [
      { value: 'oidc', labelKey: 'tenants.idp.type.oidc' },
      { value: 'saml', labelKey: 'tenants.idp.type.saml' },
    ],
  },
  { name: 'displayName', label: 'tenants.idp.field.displayName', type: 'text', max: 200 },
  {
    name: 'discoveryUrl',
    label: 'tenants.idp.field.discoveryUrl',
    type: 'text',
    required: true,
    hint: 'tenants.idp.field.discoveryUrl.hint',
    pattern: { regex: URL_PATTERN, message: 'tenants.validation.url' },
    showIf: isOidc,
  },
  {
    name: 'clientId',
    label: 'tenants.idp.field.clientId',
    type: 'text',
    required: true,
    max: 255,
    showIf: isOidc,
  },
  {
    name: 'clientSecret',
    label: 'tenants.idp.field.clientSecret',
    type: 'password',
    required: true,
    showIf: isOidc,
  },
  {
    name: 'metadataUrl',
    label: 'tenants.idp.field.metadataUrl',
    type: 'text',
    hint: 'tenants.idp.field.metadataUrl.hint',
    pattern: { regex: URL_PATTERN, message: 'tenants.validation.url' },
    showIf: isSaml,
  },
  { name: 'entityId', label: 'tenants.idp.field.entityId', type: 'text', showIf: isSaml },
  {
    name: 'ssoUrl',
    label: 'tenants.idp.field.ssoUrl',
    type: 'text',
    pattern: { regex: URL_PATTERN, message: 'tenants.validation.url' },
    showIf: isSaml,
  },
  {
    name: 'signingCertificate',
    label: 'tenants.idp.field.signingCertificate',
    type: 'textarea',
    showIf: isSaml,
  },
];

type Editor = { mode: 'create' } | { mode: 'idp'; tenant: TenantRecord };

/** The platform operator's page: every municipality, onboarding, lifecycle, identity provider. */
export function Tenants({ api, me }: { api: ApiClient; me: Me }) {
  const { t } = useI18n();
  if (!me.roleLevels.includes('operator')) {
    return (
      <>
        <PageHeading>{t('tenants.heading')}</PageHeading>
        <p className="notice">{t('tenants.operatorOnly')}</p>
      </>
    );
  }
  return <TenantList api={api} />;
}

function TenantList({ api }: { api: ApiClient }) {
  const { t, formatDateTime } = useI18n();
  const [actionError, setActionError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [editor, setEditor] = useState<Editor | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (focusNext.current) {
      focusById(focusNext.current);
      focusNext.current = null;
    }
  });

  const queryClient = useQueryClient();
  const tenantsQuery = useQuery({
    queryKey: ['tenants', { offset: 0, limit: PAGE_SIZE }],
    queryFn: () => api.get<Page<TenantRecord>>(`/api/tenants?offset=0&limit=${PAGE_SIZE}`),
  });
  const tenants = tenantsQuery.data?.items ?? [];
  const loadError = tenantsQuery.error;
  const load = () => queryClient.invalidateQueries({ queryKey: ['tenants'] });

  async function create(values: Values) {
    const created = await api.post<TenantRecord>('/api/tenants', {
      name: (values.name ?? '').trim(),
      slug: (values.slug ?? '').trim(),
      municipalityCode: (values.municipalityCode ?? '').trim(),
      adminEmail: (values.adminEmail ?? '').trim(),
    });
    setEditor(null);
    setStatus(t('tenants.created', { name: created.name, email: created.adminEmail ?? '' }));
    focusNext.current = 'tenants-status';
    await load();
  }

  async function linkIdp(tenant: TenantRecord, values: Values) {
    const body: Record<string, string> = {};
    for (const [k, v] of Object.entries(values)) {
      if (v.trim() !== '') body[k] = k === 'signingCertificate' ? v : v.trim();
    }
    await api.put<TenantRecord>(
      `/api/tenants/${encodeURIComponent(tenant.id)}/identity-provider`,
      body,
    );
    setEditor(null);
    setStatus(
      t('tenants.idp.linked', {
        name: tenant.name,
        link: `${window.location.origin}${window.location.pathname}?idp=${tenant.id}`,
      }),
    );
    focusNext.current = 'tenants-status';
    await load();
  }

  async function transition(tenant: TenantRecord, action: 'activate' | 'suspend') {
    if (busy) return;
    setBusy(tenant.id);
    setActionError(null);
    setStatus('');
    try {
      const changed = await api.post<TenantRecord>(
        `/api/tenants/${encodeURIComponent(tenant.id)}/${action}`,
        {},
      );
      setStatus(
        t(action === 'activate' ? 'tenants.activated' : 'tenants.suspended', {
          name: changed.name,
        }),
      );
      await load();
    } catch (e) {
      setActionError(e);
      await load();
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <PageHeading>{t('tenants.heading')}</PageHeading>
      <p className="lead">{t('tenants.intro')}</p>

      <p className="status" role="status" id="tenants-status" tabIndex={-1}>
        {status}
      </p>
      {actionError != null && <ProblemAlert error={actionError} />}

      {editor?.mode === 'create' ? (
        <FormPanel
          id="tenant-form"
          heading={t('tenants.form.heading')}
          fields={TENANT_FIELDS}
          initial={{ name: '', slug: '', municipalityCode: '', adminEmail: '' }}
          submitLabel="tenants.form.submit"
          onSubmit={create}
          onCancel={() => {
            setEditor(null);
            focusNext.current = 'tenant-new';
          }}
        />
      ) : editor?.mode === 'idp' ? (
        <FormPanel
          id="idp-form"
          heading={t('tenants.idp.heading', { name: editor.tenant.name })}
          fields={IDP_FIELDS}
          initial={{ type: editor.tenant.identityProvider?.type ?? 'oidc' }}
          submitLabel="tenants.idp.submit"
          onSubmit={(values) => linkIdp(editor.tenant, values)}
          onCancel={() => {
            focusNext.current = `tenant-idp-${editor.tenant.id}`;
            setEditor(null);
          }}
        >
          <p className="hint">{t('tenants.idp.explain')}</p>
        </FormPanel>
      ) : (
        <p>
          <button
            type="button"
            className="button"
            id="tenant-new"
            onClick={() => {
              setStatus('');
              setActionError(null);
              setEditor({ mode: 'create' });
            }}
          >
            {t('tenants.new')}
          </button>
        </p>
      )}

      {tenantsQuery.isPending ? (
        <p className="muted">{t('tenants.loading')}</p>
      ) : loadError != null ? (
        <ProblemAlert error={loadError} onRetry={() => void tenantsQuery.refetch()} />
      ) : tenants.length === 0 ? (
        <section className="empty-state" aria-labelledby="tenants-empty-heading">
          <h2 id="tenants-empty-heading">{t('tenants.empty.heading')}</h2>
          <p>{t('tenants.empty.text')}</p>
        </section>
      ) : (
        <div className="table-wrap">
          <table className="data-table" id="tenant-table">
            <caption className="visually-hidden">{t('tenants.table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tenants.field.name')}</th>
                <th scope="col">{t('tenants.field.code')}</th>
                <th scope="col">{t('tenants.field.slug')}</th>
                <th scope="col">{t('tenants.table.status')}</th>
                <th scope="col">{t('tenants.table.idp')}</th>
                <th scope="col">{t('tenants.table.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {tenants.map((tenant) => (
                <tr key={tenant.id} data-tenant-id={tenant.id}>
                  <th scope="row">{tenant.name}</th>
                  <td>{tenant.municipalityCode}</td>
                  <td>{tenant.id}</td>
                  <td>
                    <span
                      className={`badge status-${tenant.status}`}
                      id={`tenant-status-${tenant.id}`}
                    >
                      {t(STATUS_LABELS[tenant.status])}
                    </span>
                    {tenant.statusChangedAt && (
                      <span className="muted">
                        {' '}
                        {t('tenants.table.since', { date: formatDateTime(tenant.statusChangedAt) })}
                      </span>
                    )}
                  </td>
                  <td>
                    {tenant.identityProvider
                      ? t('tenants.table.idpLinked', {
                          type:
                            tenant.identityProvider.type?.toUpperCase() ??
                            tenant.identityProvider.alias,
                        })
                      : t('tenants.table.idpNone')}
                  </td>
                  <td>
                    <div className="actions">
                      {(tenant.status === 'onboarding' || tenant.status === 'suspended') && (
                        <button
                          type="button"
                          className="button button-secondary"
                          id={`tenant-activate-${tenant.id}`}
                          aria-label={t('tenants.activate.label', { name: tenant.name })}
                          aria-disabled={busy !== null || undefined}
                          onClick={() => void transition(tenant, 'activate')}
                        >
                          {t('tenants.activate')}
                        </button>
                      )}
                      {tenant.status === 'active' && (
                        <button
                          type="button"
                          className="button button-secondary"
                          id={`tenant-suspend-${tenant.id}`}
                          aria-label={t('tenants.suspend.label', { name: tenant.name })}
                          aria-disabled={busy !== null || undefined}
                          onClick={() => void transition(tenant, 'suspend')}
                        >
                          {t('tenants.suspend')}
                        </button>
                      )}
                      {tenant.status !== 'offboarded' && (
                        <button
                          type="button"
                          className="button button-secondary"
                          id={`tenant-idp-${tenant.id}`}
                          aria-label={t('tenants.idp.open.label', { name: tenant.name })}
                          onClick={() => {
                            setStatus('');
                            setActionError(null);
                            setEditor({ mode: 'idp', tenant });
                          }}
                        >
                          {t('tenants.idp.open')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
