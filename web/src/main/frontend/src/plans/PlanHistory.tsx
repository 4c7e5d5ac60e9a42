import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiClient } from '../api/client';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/I18nProvider';
import { codeWord } from '../i18n/codes';
import { levelName, useChain } from '../roles/chain';
import { statusKey } from './common';
import type { Comparison, FieldChange, Revision, Transition } from './types';

/** Fields that hold ids: the comparison says that they changed, not the ids. */
const ID_FIELDS = new Set(['unitId', 'priorityAreaId', 'goalIds', 'targetUnitIds']);

/** The plan's history: every step taken, every version, and two versions compared. */
export function PlanHistory({ api, planId }: { api: ApiClient; planId: string }) {
  const { t, formatDateTime, formatDate } = useI18n();
  const chain = useChain(api);
  const path = `/api/plans/${encodeURIComponent(planId)}`;
  const history = useQuery({
    queryKey: ['plans', planId, 'history'],
    queryFn: () =>
      Promise.all([
        api.get<Transition[]>(`${path}/transitions`),
        api.get<Revision[]>(`${path}/revisions`),
      ]),
  });
  const transitions = history.data?.[0] ?? null;
  const revisions = history.data?.[1] ?? [];
  const error = history.error;
  // Until one is chosen: the last two versions.
  const [chosenFrom, setFrom] = useState('');
  const [chosenTo, setTo] = useState('');
  const from =
    chosenFrom || (revisions.length >= 2 ? String(revisions[revisions.length - 2]!.revision) : '');
  const to =
    chosenTo || (revisions.length >= 2 ? String(revisions[revisions.length - 1]!.revision) : '');
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [compareError, setCompareError] = useState<unknown>(null);

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

  // A value as the rest of the app shows it: statuses and kinds in words, dates in the locale's
  // format, role levels by the municipality's names.
  const show = (field: string, v: unknown, ofActivity: boolean): string => {
    if (v === null || v === undefined || v === '') return '–';
    if (Array.isArray(v)) {
      const items = v.map((x) => String(x));
      if (items.length === 0) return '–';
      return field === 'targetLevels'
        ? items.map((l) => levelName(chain, l, t)).join(', ')
        : items.join(', ');
    }
    const text = String(v);
    if (field === 'status')
      return codeWord(t, ofActivity ? 'plans.activityStatus' : 'plans.status', text);
    if (field === 'kind') return codeWord(t, 'plans.kind', text);
    if (field === 'startsOn' || field === 'dueOn') return formatDate(text);
    return text;
  };

  const changes = (list: FieldChange[], ofActivity: boolean) => (
    <ul>
      {list.map((c, i) => {
        const field = codeWord(t, 'code.planField', c.field);
        return (
          <li key={`${c.field}-${i}`}>
            {ID_FIELDS.has(c.field)
              ? t('plans.compare.fieldChanged', { field })
              : t('plans.compare.field', {
                  field,
                  from: show(c.field, c.from, ofActivity),
                  to: show(c.field, c.to, ofActivity),
                })}
          </li>
        );
      })}
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
                change: codeWord(t, 'code.revisionKind', r.kind ?? 'OTHER', {
                  activity: r.activity ?? '',
                  status: r.status ? t(statusKey(r.status)) : '',
                }),
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
              {comparison.plan.length > 0 && changes(comparison.plan, false)}
              {comparison.added.map((a) => (
                <p key={`a-${a.id}`}>{t('plans.compare.added', { title: a.title ?? '' })}</p>
              ))}
              {comparison.removed.map((a) => (
                <p key={`r-${a.id}`}>{t('plans.compare.removed', { title: a.title ?? '' })}</p>
              ))}
              {comparison.changed.map((a) => (
                <div key={`c-${a.id}`}>
                  <p>{t('plans.compare.changed', { title: a.title ?? '' })}</p>
                  {changes(a.fields ?? [], true)}
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
