import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiClient } from '../api/client';
import type { Me, Page, Unit } from '../api/types';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/I18nProvider';
import { activityStatusKey } from './ActivityBoard';
import { StatusBadge, YearSelect, useSchoolYears } from './common';
import { planHref } from './PlansPage';
import { ACTIVITY_STATUSES, type ProgressOverview } from './types';

/**
 * Progress for leadership: totals, a bar chart of activities by status (SVG with a text
 * alternative and the same figures as a table), and a row per unit leading to its plan.
 */
export function ProgressPage({ api, me }: { api: ApiClient; me: Me }) {
  const { t, formatNumber, formatDate } = useI18n();
  const { years, year, setYear } = useSchoolYears(api);
  const [under, setUnder] = useState('');

  // The parts of the organisation to narrow to: the units that have units under them.
  const units = useQuery({
    queryKey: ['units', { limit: 500 }],
    enabled: me.tenant !== null,
    queryFn: () => api.get<Page<Unit>>('/api/units?limit=500'),
  });
  const all = units.data?.items ?? [];
  const parts = all.filter((u) => all.some((c) => c.parentId === u.id));

  const schoolYear = year ?? '';
  // The figures shown stay while another year or part loads, as they did before.
  const overview = useQuery({
    queryKey: ['plans', 'overview', { schoolYear, under }],
    enabled: Boolean(year && me.tenant),
    placeholderData: keepPreviousData,
    queryFn: () =>
      api.get<ProgressOverview>(
        `/api/plans/overview?schoolYear=${encodeURIComponent(schoolYear)}` +
          (under ? `&under=${encodeURIComponent(under)}` : ''),
      ),
  });
  const data = overview.data ?? null;
  const error = overview.error;
  const load = () => overview.refetch();

  if (!me.tenant) {
    return (
      <>
        <PageHeading>{t('nav.progress')}</PageHeading>
        <p className="notice">{t('plans.noTenant')}</p>
      </>
    );
  }

  const percent = (share: number) => `${formatNumber(Math.round(share * 1000) / 10)} %`;

  return (
    <>
      <PageHeading>{t('nav.progress')}</PageHeading>
      <p className="lead">{t('progress.intro')}</p>
      <div className="toolbar">
        {year && <YearSelect id="progress-year" years={years} year={year} onChange={setYear} />}
        {parts.length > 0 && (
          <div className="field field-inline">
            <label htmlFor="progress-under">{t('progress.under')}</label>
            <select id="progress-under" value={under} onChange={(e) => setUnder(e.target.value)}>
              <option value="">{t('progress.under.all')}</option>
              {parts.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {error != null && <ProblemAlert error={error} onRetry={() => void load()} />}
      {data === null && error == null && (
        <p className="muted" role="status">
          {t('progress.loading')}
        </p>
      )}
      {data !== null && (
        <>
          <section aria-labelledby="progress-totals-heading">
            <h2 id="progress-totals-heading">{t('progress.totals')}</h2>
            <dl className="facts" id="progress-totals">
              <dt>{t('progress.units')}</dt>
              <dd>{data.totals.units}</dd>
              <dt>{t('progress.withApproved')}</dt>
              <dd>
                {data.totals.withApprovedPlan} ({percent(data.totals.shareWithApprovedPlan)})
              </dd>
              <dt>{t('progress.withoutApproved')}</dt>
              <dd>{data.totals.withoutApprovedPlan}</dd>
              <dt>{t('progress.activities')}</dt>
              <dd>{data.totals.activities}</dd>
              <dt>{t('progress.delayed')}</dt>
              <dd>{data.totals.delayed}</dd>
              <dt>{t('progress.followUpsMissing')}</dt>
              <dd>{data.totals.followUpsMissing}</dd>
            </dl>
          </section>
          <section aria-labelledby="progress-chart-heading">
            <h2 id="progress-chart-heading">{t('progress.chart')}</h2>
            <StatusChart data={data} />
          </section>
          <section aria-labelledby="progress-units-heading">
            <h2 id="progress-units-heading">{t('progress.perUnit')}</h2>
            {data.units.length === 0 ? (
              <div className="empty-state">
                <p>{t('progress.noUnits')}</p>
              </div>
            ) : (
              <div className="table-scroll">
                <table className="data-table" id="progress-units">
                  <thead>
                    <tr>
                      <th scope="col">{t('plans.field.unit')}</th>
                      <th scope="col">{t('plans.plan')}</th>
                      <th scope="col">{t('progress.activities')}</th>
                      <th scope="col">{t('progress.delayed')}</th>
                      <th scope="col">{t('progress.lastFollowUp')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.units.map((u) => (
                      <tr key={u.unitId}>
                        <th scope="row">{u.unitName}</th>
                        <td>
                          {u.planId && u.planStatus ? (
                            <>
                              <a href={planHref(u.planId)}>{u.planTitle}</a>{' '}
                              <StatusBadge status={u.planStatus} />
                            </>
                          ) : (
                            <span>{t('progress.noPlan')}</span>
                          )}
                        </td>
                        <td>
                          {u.activities}
                          {u.activities > 0 && (
                            <span className="muted">
                              {' '}
                              (
                              {ACTIVITY_STATUSES.filter((s) => (u.activitiesByStatus[s] ?? 0) > 0)
                                .map((s) => `${t(activityStatusKey(s))} ${u.activitiesByStatus[s]}`)
                                .join(', ')}
                              )
                            </span>
                          )}
                        </td>
                        <td>{u.delayed}</td>
                        <td>
                          {u.lastFollowUp ? formatDate(u.lastFollowUp) : '–'}
                          {u.followUpMissing && (
                            <>
                              {' '}
                              <span className="badge badge-draft">{t('progress.missing')}</span>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
}

/** Horizontal bars, one per activity status, labelled with numbers; the table carries the same. */
function StatusChart({ data }: { data: ProgressOverview }) {
  const { t } = useI18n();
  const counts = ACTIVITY_STATUSES.map((s) => ({ s, n: data.totals.activitiesByStatus[s] ?? 0 }));
  const max = Math.max(1, ...counts.map((c) => c.n));
  const description = counts.map((c) => `${t(activityStatusKey(c.s))}: ${c.n}`).join(', ');
  const row = 32;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-labelledby="chart-title"
        viewBox={`0 0 400 ${counts.length * row}`}
        width="100%"
        style={{ maxWidth: '32rem' }}
      >
        <title id="chart-title">{t('progress.chart.alt', { counts: description })}</title>
        {counts.map((c, i) => (
          <g key={c.s} transform={`translate(0 ${i * row})`}>
            <text x="0" y="20" fontSize="14" fill="currentColor">
              {t(activityStatusKey(c.s))}
            </text>
            <rect
              x="120"
              y="6"
              height="18"
              width={(c.n / max) * 240}
              className={`bar bar-${c.s.toLowerCase()}`}
            />
            <text x={126 + (c.n / max) * 240} y="20" fontSize="14" fill="currentColor">
              {c.n}
            </text>
          </g>
        ))}
      </svg>
      <figcaption className="visually-hidden">{description}</figcaption>
    </figure>
  );
}
