import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiClient } from '../api/client';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/I18nProvider';
import { statusKey } from './common';
import type { Comparison, FieldChange, Revision, Transition } from './types';

const show = (v: unknown) =>
  v === null || v === undefined || v === '' ? '–' : typeof v === 'string' ? v : JSON.stringify(v);

/** The plan's history: every step taken, every version, and two versions compared. */
export function PlanHistory({ api, planId }: { api: ApiClient; planId: string }) {
  const { t, formatDateTime } = useI18n();
  const [transitions, setTransitions] = useState<Transition[] | null>(null);
  const [revisions, setRevisions] = useState<Revision[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [compareError, setCompareError] = useState<unknown>(null);
  const path = `/api/plans/${encodeURIComponent(planId)}`;

  useEffect(() => {
    Promise.all([
      api.get<Transition[]>(`${path}/transitions`),
      api.get<Revision[]>(`${path}/revisions`),
    ])
      .then(([ts, rs]) => {
        setTransitions(ts);
        setRevisions(rs);
        if (rs.length >= 2) {
          setFrom(String(rs[rs.length - 2]!.revision));
          setTo(String(rs[rs.length - 1]!.revision));
        }
      })
      .catch(setError);
  }, [api, path]);

  const compare = async (event: FormEvent) => {
    event.preventDefault();
    setCompareError(null);
    try {
      setComparison(await api.get<Comparison>(`${path}/compare?from=${from}&to=${to}`));
    } catch (e) {
      setComparison(null);
      setCompareError(e);
    }
  };

  const changes = (list: FieldChange[]) => (
    <ul>
      {list.map((c, i) => (
        <li key={`${c.field}-${i}`}>
          {t('plans.compare.field', { field: c.field, from: show(c.from), to: show(c.to) })}
        </li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="plan-history-heading" id="plan-history">
      <h2 id="plan-history-heading">{t('plans.history')}</h2>
      {error != null && <ProblemAlert error={error} />}
      <h3>{t('plans.transitions')}</h3>
      {transitions !== null && transitions.length === 0 && (
        <p className="muted">{t('plans.transitions.none')}</p>
      )}
      {transitions !== null && transitions.length > 0 && (
        <ol className="version-list" id="plan-transitions">
          {transitions.map((tr, i) => (
            <li key={i}>
              {t('plans.transition', {
                from: t(statusKey(tr.from)),
                to: t(statusKey(tr.to)),
                by: tr.byName ?? tr.by,
                at: formatDateTime(tr.at),
              })}
              {tr.comment && <p className="prewrap">“{tr.comment}”</p>}
            </li>
          ))}
        </ol>
      )}
      <h3>{t('plans.revisions')}</h3>
      {revisions.length === 0 ? (
        <p className="muted">{t('plans.revisions.none')}</p>
      ) : (
        <ol className="version-list" id="plan-revisions">
          {revisions.map((r) => (
            <li key={r.revision}>
              {t('plans.revision', {
                n: r.revision,
                change: r.change,
                by: r.byName ?? r.by,
                at: formatDateTime(r.at),
              })}
            </li>
          ))}
        </ol>
      )}
      {revisions.length >= 2 && (
        <form className="toolbar" onSubmit={compare} aria-label={t('plans.compare')}>
          <div className="field field-inline">
            <label htmlFor="compare-from">{t('plans.compare.from')}</label>
            <select id="compare-from" value={from} onChange={(e) => setFrom(e.target.value)}>
              {revisions.map((r) => (
                <option key={r.revision} value={r.revision}>
                  {r.revision}
                </option>
              ))}
            </select>
          </div>
          <div className="field field-inline">
            <label htmlFor="compare-to">{t('plans.compare.to')}</label>
            <select id="compare-to" value={to} onChange={(e) => setTo(e.target.value)}>
              {revisions.map((r) => (
                <option key={r.revision} value={r.revision}>
                  {r.revision}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary" id="compare-go">
            {t('plans.compare')}
          </button>
        </form>
      )}
      {compareError != null && <ProblemAlert error={compareError} />}
      {comparison && (
        <div id="plan-comparison" aria-live="polite">
          <h4>{t('plans.compare.result', { from: comparison.from, to: comparison.to })}</h4>
          {comparison.plan.length === 0 &&
          comparison.added.length === 0 &&
          comparison.removed.length === 0 &&
          comparison.changed.length === 0 &&
          !comparison.reordered ? (
            <p>{t('plans.compare.same')}</p>
          ) : (
            <>
              {comparison.plan.length > 0 && changes(comparison.plan)}
              {comparison.added.map((a) => (
                <p key={`a-${a.id}`}>{t('plans.compare.added', { title: a.title ?? '' })}</p>
              ))}
              {comparison.removed.map((a) => (
                <p key={`r-${a.id}`}>{t('plans.compare.removed', { title: a.title ?? '' })}</p>
              ))}
              {comparison.changed.map((a) => (
                <div key={`c-${a.id}`}>
                  <p>{t('plans.compare.changed', { title: a.title ?? '' })}</p>
                  {changes(a.fields ?? [])}
                </div>
              ))}
              {comparison.reordered && <p>{t('plans.compare.reordered')}</p>}
            </>
          )}
        </div>
      )}
    </section>
  );
}
