import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import type { Me, Page, Unit } from '../api/types';
import { FormPanel, type FieldSpec } from '../components/FormPanel';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/I18nProvider';
import { StatusBadge, YearSelect, statusKey, useSchoolYears } from './common';
import { PlanDetail } from './PlanDetail';
import { PLAN_STATUSES, type Creatable, type Plan, type PlanSummary } from './types';

export const planHref = (id: string) => `#/handlingsplaner/${encodeURIComponent(id)}`;

/** The plans page: the list of a school year's plans, or one plan when the path names it. */
export function PlansPage({ api, me, planId }: { api: ApiClient; me: Me; planId: string | null }) {
  const { t } = useI18n();
  if (me.tenant === null) {
    return (
      <>
        <PageHeading>{t('nav.plans')}</PageHeading>
        <p className="notice">{t('plans.noTenant')}</p>
      </>
    );
  }
  if (planId) return <PlanDetail api={api} me={me} planId={planId} key={planId} />;
  return <PlanList api={api} me={me} />;
}

function PlanList({ api, me }: { api: ApiClient; me: Me }) {
  const { t, formatDateTime } = useI18n();
  const { years, year, setYear, error: yearsError } = useSchoolYears(api);
  const [status, setStatus] = useState('');
  const [creating, setCreating] = useState(false);
  const queryClient = useQueryClient();
  // The units and kinds of plan the server lets the caller start: "Ny plan" only when there are.
  const creatableQuery = useQuery({
    queryKey: ['plans', 'creatable'],
    queryFn: () => api.get<Creatable[]>('/api/plans/creatable'),
  });
  const creatable = Array.isArray(creatableQuery.data) ? creatableQuery.data : [];

  const schoolYear = year ?? '';
  // The plans shown stay while another year or status loads, as before.
  const plansQuery = useQuery({
    queryKey: ['plans', { schoolYear, status }],
    enabled: year !== null,
    placeholderData: keepPreviousData,
    queryFn: () =>
      api.get<PlanSummary[]>(
        `/api/plans?schoolYear=${encodeURIComponent(schoolYear)}${status ? `&status=${status}` : ''}`,
      ),
  });
  const plans =
    plansQuery.data === undefined ? null : Array.isArray(plansQuery.data) ? plansQuery.data : [];
  const error = plansQuery.error;
  const unitsQuery = useQuery({
    queryKey: ['units', { limit: 500 }],
    queryFn: () => api.get<Page<Unit>>('/api/units?limit=500'),
  });
  const units = unitsQuery.data?.items ?? [];

  // The municipality's plan templates, offered when a unit starts its plan.
  const templatesQuery = useQuery({
    queryKey: ['plan-templates'],
    enabled: creating,
    queryFn: () => api.get<{ id: string; name: string }[]>('/api/plan-templates'),
  });
  const templates = (creating ? templatesQuery.data : undefined) ?? [];

  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? '';
  const kinds = [...new Set(creatable.map((c) => c.kind))];

  const fields: FieldSpec[] = [
    {
      name: 'kind',
      label: 'plans.field.kind',
      type: 'select',
      required: true,
      options: kinds.map((k) => ({ value: k, label: t(`plans.kind.${k}`) })),
    },
    {
      name: 'schoolYear',
      label: 'plans.schoolYear',
      type: 'text',
      required: true,
      pattern: { regex: /^\d{4}\/\d{2}$/, message: 'plans.field.schoolYear.pattern' },
      hint: 'plans.field.schoolYear.hint',
    },
    {
      name: 'unitId',
      label: 'plans.field.unit',
      type: 'select',
      required: true,
      options: [
        { value: '', label: t('plans.field.unit.choose') },
        ...creatable.map((c) => ({ value: c.unitId, label: c.unitName })),
      ],
    },
    { name: 'title', label: 'plans.field.title', type: 'text', required: true, max: 200 },
    { name: 'summary', label: 'plans.field.summary', type: 'textarea', max: 10000 },
    {
      name: 'templateId',
      label: 'plans.field.template',
      type: 'select',
      hint: 'plans.field.template.hint',
      options: [
        { value: '', label: t('plans.field.template.none') },
        ...templates.map((tpl) => ({ value: tpl.id, label: tpl.name })),
      ],
      showIf: (v) => v.kind === 'LOCAL' && templates.length > 0,
    },
  ];

  return (
    <>
      <PageHeading>{t('nav.plans')}</PageHeading>
      <p className="lead">{t('plans.intro')}</p>
      {yearsError != null && <ProblemAlert error={yearsError} />}
      <div className="toolbar">
        {year && <YearSelect id="plans-year" years={years} year={year} onChange={setYear} />}
        <div className="field field-inline">
          <label htmlFor="plans-status">{t('plans.filter.status')}</label>
          <select id="plans-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('plans.filter.all')}</option>
            {PLAN_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))}
              </option>
            ))}
          </select>
        </div>
        {!creating && creatable.length > 0 && (
          <button type="button" className="button" id="plan-new" onClick={() => setCreating(true)}>
            {t('plans.new')}
          </button>
        )}
      </div>
      {creating && (
        <FormPanel
          id="plan-form"
          heading={t('plans.new')}
          fields={fields}
          initial={{
            kind: kinds[0] ?? 'LOCAL',
            schoolYear: year ?? '',
            unitId: creatable.length === 1 ? (creatable[0]?.unitId ?? '') : '',
            title: '',
            summary: '',
            templateId: '',
          }}
          submitLabel="plans.create"
          onCancel={() => setCreating(false)}
          onSubmit={async (v) => {
            if (v.templateId) {
              const started = await api.post<{ planId: string }>(
                `/api/plan-templates/${encodeURIComponent(v.templateId)}/plans`,
                {
                  schoolYear: v.schoolYear?.trim(),
                  unitId: v.unitId || null,
                  title: v.title?.trim(),
                },
              );
              void queryClient.invalidateQueries({ queryKey: ['plans'] });
              window.location.hash = planHref(started.planId);
              return;
            }
            const plan = await api.post<Plan>('/api/plans', {
              kind: v.kind,
              schoolYear: v.schoolYear?.trim(),
              unitId: v.unitId || null,
              title: v.title?.trim(),
              summary: v.summary?.trim() || null,
            });
            void queryClient.invalidateQueries({ queryKey: ['plans'] });
            window.location.hash = planHref(plan.id);
          }}
        />
      )}
      {error != null && <ProblemAlert error={error} onRetry={() => void plansQuery.refetch()} />}
      {plans === null && error == null && (
        <p className="muted" role="status">
          {t('plans.loading')}
        </p>
      )}
      {plans !== null && plans.length === 0 && (
        <div className="empty-state" id="plans-empty">
          <p>{t('plans.empty', { year: year ?? '' })}</p>
        </div>
      )}
      {plans !== null && plans.length > 0 && (
        <table className="data-table" id="plan-list">
          <caption className="visually-hidden">
            {t('plans.list.caption', { year: year ?? '' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.field.title')}</th>
              <th scope="col">{t('plans.field.unit')}</th>
              <th scope="col">{t('plans.field.kind')}</th>
              <th scope="col">{t('plans.field.status')}</th>
              <th scope="col">{t('plans.field.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <a href={planHref(p.id)} className="plan-link">
                    {p.title}
                  </a>
                </th>
                <td>{unitName(p.unitId)}</td>
                <td>{t(p.kind === 'LOCAL' ? 'plans.kind.LOCAL' : 'plans.kind.ADMINISTRATION')}</td>
                <td>
                  <StatusBadge status={p.status} />
                </td>
                <td>{formatDateTime(p.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {me.roleLevels.length === 0 && <p className="muted">{t('plans.noRole')}</p>}
    </>
  );
}
