import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiClient } from '../api/client';
import type { Me } from '../api/types';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { YearSelect, useSchoolYears } from './common';
import type { CycleDeadline, DeadlineKind, ProgressOverview, UnitDeadline } from './types';

const KINDS: DeadlineKind[] = ['ADMINISTRATION_PLAN', 'LOCAL_PLAN', 'FOLLOW_UP'];
const stateKey = (s: UnitDeadline['state']) => `cycle.state.${s}` as MessageKey;
const STATE_MARK: Record<UnitDeadline['state'], string> = {
  DONE: '✓',
  UPCOMING: '○',
  OVERDUE: '!',
};

interface Row {
  kind: DeadlineKind;
  month: string;
  day: string;
  label: string;
}

/** The annual cycle: the year's deadlines, where each unit stands, and the admin's editing. */
export function CyclePage({ api, me }: { api: ApiClient; me: Me }) {
  const { t, formatDate } = useI18n();
  const { years, year, setYear } = useSchoolYears(api);
  const [editing, setEditing] = useState<Row[] | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const isAdmin = me.roleLevels.includes('admin');

  const queryClient = useQueryClient();
  const enabled = Boolean(year && me.tenant);
  const schoolYear = year ?? '';
  const cycle = useQuery({
    queryKey: ['annual-cycle', { schoolYear }],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () =>
      api.get<CycleDeadline[]>(`/api/annual-cycle?schoolYear=${encodeURIComponent(schoolYear)}`),
  });
  // Where each unit stands is a part the page can do without (someone who may not read it).
  const progress = useQuery({
    queryKey: ['plans', 'overview', { schoolYear }],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: () =>
      api
        .get<ProgressOverview>(`/api/plans/overview?schoolYear=${encodeURIComponent(schoolYear)}`)
        .catch(() => null),
  });
  const deadlines = cycle.data ?? null;
  const overview = progress.data ?? null;
  const error = cycle.error;
  const load = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['annual-cycle'] }),
      queryClient.invalidateQueries({ queryKey: ['plans'] }),
    ]);

  if (!me.tenant) {
    return (
      <>
        <PageHeading>{t('nav.cycle')}</PageHeading>
        <p className="notice">{t('plans.noTenant')}</p>
      </>
    );
  }

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing || !year) return;
    setSaveError(null);
    try {
      await api.put(`/api/annual-cycle?schoolYear=${encodeURIComponent(year)}`, {
        deadlines: editing.map((r) => ({
          kind: r.kind,
          month: Number(r.month),
          day: Number(r.day),
          label: r.label.trim(),
        })),
      });
      setEditing(null);
      setStatus(t('cycle.saved'));
      await load();
    } catch (e) {
      setSaveError(e);
    }
  };

  const set = (i: number, patch: Partial<Row>) =>
    setEditing((rows) => rows && rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const units = overview?.units.filter((u) => u.deadlines.length > 0) ?? [];

  return (
    <>
      <PageHeading>{t('nav.cycle')}</PageHeading>
      <p className="lead">{t('cycle.intro')}</p>
      {year && <YearSelect id="cycle-year" years={years} year={year} onChange={setYear} />}
      <p className="status" role="status">
        {status}
      </p>
      {error != null && <ProblemAlert error={error} onRetry={() => void load()} />}
      {deadlines !== null && (
        <section aria-labelledby="cycle-deadlines-heading">
          <h2 id="cycle-deadlines-heading">{t('cycle.deadlines')}</h2>
          {deadlines.length === 0 ? (
            <div className="empty-state">
              <p>{t('cycle.empty')}</p>
            </div>
          ) : (
            <ol className="version-list" id="cycle-deadlines">
              {deadlines.map((d, i) => (
                <li key={i}>
                  <strong>{formatDate(d.due)}</strong>: {d.label}{' '}
                  <span className="muted">({t(`cycle.kind.${d.kind}` as MessageKey)})</span>
                </li>
              ))}
            </ol>
          )}
          {isAdmin && editing === null && (
            <button
              type="button"
              className="button button-secondary"
              id="cycle-edit"
              onClick={() =>
                setEditing(
                  deadlines.map((d) => ({
                    kind: d.kind,
                    month: String(d.month),
                    day: String(d.day),
                    label: d.label,
                  })),
                )
              }
            >
              {t('cycle.edit')}
            </button>
          )}
        </section>
      )}
      {editing !== null && (
        <form
          className="panel"
          onSubmit={save}
          noValidate
          aria-labelledby="cycle-form-heading"
          id="cycle-form"
        >
          <h3 id="cycle-form-heading">{t('cycle.edit')}</h3>
          {saveError != null && <ProblemAlert error={saveError} />}
          {editing.map((r, i) => (
            <fieldset key={i} className="checkbox-group">
              <legend>{t('cycle.row', { n: i + 1 })}</legend>
              <div className="field">
                <label htmlFor={`cycle-${i}-kind`}>{t('cycle.field.kind')}</label>
                <select
                  id={`cycle-${i}-kind`}
                  value={r.kind}
                  onChange={(e) => set(i, { kind: e.target.value as DeadlineKind })}
                >
                  {KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`cycle.kind.${k}` as MessageKey)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`cycle-${i}-month`}>{t('cycle.field.month')}</label>
                <input
                  id={`cycle-${i}-month`}
                  type="number"
                  min={1}
                  max={12}
                  value={r.month}
                  onChange={(e) => set(i, { month: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`cycle-${i}-day`}>{t('cycle.field.day')}</label>
                <input
                  id={`cycle-${i}-day`}
                  type="number"
                  min={1}
                  max={31}
                  value={r.day}
                  onChange={(e) => set(i, { day: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`cycle-${i}-label`}>{t('cycle.field.label')}</label>
                <input
                  id={`cycle-${i}-label`}
                  type="text"
                  value={r.label}
                  onChange={(e) => set(i, { label: e.target.value })}
                />
              </div>
              <button
                type="button"
                className="link-button link-button-dark"
                onClick={() => setEditing((rows) => rows && rows.filter((_, j) => j !== i))}
              >
                {t('cycle.removeRow', { n: i + 1 })}
              </button>
            </fieldset>
          ))}
          <div className="actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                setEditing((rows) => [
                  ...(rows ?? []),
                  { kind: 'FOLLOW_UP', month: '', day: '', label: '' },
                ])
              }
            >
              {t('cycle.addRow')}
            </button>
            <button type="submit" className="button" id="cycle-save">
              {t('plans.save')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setEditing(null)}
            >
              {t('form.cancel')}
            </button>
          </div>
        </form>
      )}
      {units.length > 0 && (
        <section aria-labelledby="cycle-units-heading">
          <h2 id="cycle-units-heading">{t('cycle.perUnit')}</h2>
          <div className="table-scroll">
            <table className="data-table" id="cycle-units">
              <thead>
                <tr>
                  <th scope="col">{t('plans.field.unit')}</th>
                  <th scope="col">{t('cycle.deadlines')}</th>
                </tr>
              </thead>
              <tbody>
                {units.map((u) => (
                  <tr key={u.unitId}>
                    <th scope="row">{u.unitName}</th>
                    <td>
                      <ul className="plain-list">
                        {u.deadlines.map((d, i) => (
                          <li key={i} className={`state state-${d.state.toLowerCase()}`}>
                            <span aria-hidden="true">{STATE_MARK[d.state]} </span>
                            {d.label} ({formatDate(d.due)}): <strong>{t(stateKey(d.state))}</strong>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </>
  );
}
