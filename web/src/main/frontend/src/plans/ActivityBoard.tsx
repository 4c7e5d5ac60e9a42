import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Strategy } from '../api/types';
import { Field, fieldErrors } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { ACTIVITY_STATUSES, type Activity, type ActivityStatus, type Plan } from './types';

export const activityStatusKey = (s: ActivityStatus) => `plans.activityStatus.${s}` as MessageKey;

/**
 * The plan's activities in four columns by status. A delayed activity says so in words and with a
 * symbol, not by colour alone.
 */
export function ActivityBoard({
  plan,
  strategy,
  canEdit,
  canReport,
  onEdit,
  onRemove,
  onReport,
}: {
  plan: Plan;
  strategy: Strategy | null;
  canEdit: boolean;
  canReport: boolean;
  onEdit: (a: Activity) => void;
  onRemove: (a: Activity) => Promise<void>;
  onReport: (a: Activity, next: { status: ActivityStatus; progress: number }) => Promise<void>;
}) {
  const { t, formatDate } = useI18n();
  const [removing, setRemoving] = useState<string | null>(null);
  const [reporting, setReporting] = useState<string | null>(null);

  if (plan.activities.length === 0) {
    return (
      <div className="empty-state" id="activities-empty">
        <p>{t('plans.activities.empty')}</p>
      </div>
    );
  }
  const areaTitle = (id: string) => strategy?.areas.find((a) => a.id === id)?.title ?? '';

  return (
    <div className="board" id="activity-board">
      {ACTIVITY_STATUSES.map((status) => {
        const items = plan.activities.filter((a) => a.status === status);
        return (
          <section
            className="board-column"
            key={status}
            aria-labelledby={`board-${status}`}
            id={`board-column-${status.toLowerCase()}`}
          >
            <h3 id={`board-${status}`}>
              {t(activityStatusKey(status))} <span className="muted">({items.length})</span>
            </h3>
            {items.length === 0 ? (
              <p className="muted">{t('plans.board.none')}</p>
            ) : (
              <ul className="card-list">
                {items.map((a) => (
                  <li
                    key={a.id}
                    id={`activity-${a.id}`}
                    tabIndex={-1}
                    className={a.delayed ? 'card card-delayed' : 'card'}
                  >
                    <h4 className="card-title">{a.title}</h4>
                    {a.delayed && (
                      <p className="delayed">
                        <span aria-hidden="true">⚠ </span>
                        {t('plans.activity.delayed')}
                      </p>
                    )}
                    <dl className="card-facts">
                      {areaTitle(a.priorityAreaId) && (
                        <>
                          <dt>{t('plans.activity.area')}</dt>
                          <dd>{areaTitle(a.priorityAreaId)}</dd>
                        </>
                      )}
                      <dt>{t('plans.activity.owner')}</dt>
                      <dd>{a.ownerName ?? a.owner}</dd>
                      <dt>{t('plans.activity.period')}</dt>
                      <dd>
                        {formatDate(a.startsOn)} – {formatDate(a.dueOn)}
                      </dd>
                      <dt>{t('plans.activity.progress')}</dt>
                      <dd>{a.progress} %</dd>
                    </dl>
                    {canEdit && (a.allowed ?? []).some((x) => x === 'edit' || x === 'delete') && (
                      <div className="actions">
                        {a.allowed?.includes('edit') && (
                          <button
                            type="button"
                            className="link-button link-button-dark"
                            aria-label={t('plans.activity.editLabel', { title: a.title })}
                            onClick={() => onEdit(a)}
                          >
                            {t('plans.edit.short')}
                          </button>
                        )}
                        {a.allowed?.includes('delete') && (
                          <button
                            type="button"
                            className="link-button link-button-dark"
                            aria-label={t('plans.activity.removeLabel', { title: a.title })}
                            onClick={() => setRemoving(a.id)}
                          >
                            {t('plans.remove')}
                          </button>
                        )}
                      </div>
                    )}
                    {removing === a.id && (
                      <div className="confirm" role="group" aria-label={t('plans.remove')}>
                        <p>{t('plans.activity.removeQuestion', { title: a.title })}</p>
                        <div className="actions">
                          <button
                            type="button"
                            className="button button-danger"
                            onClick={() => {
                              setRemoving(null);
                              void onRemove(a);
                            }}
                          >
                            {t('plans.remove.confirm')}
                          </button>
                          <button
                            type="button"
                            className="button button-secondary"
                            onClick={() => setRemoving(null)}
                          >
                            {t('form.cancel')}
                          </button>
                        </div>
                      </div>
                    )}
                    {canReport && a.allowed?.includes('progress') && reporting !== a.id && (
                      <button
                        type="button"
                        className="button button-secondary"
                        aria-label={t('plans.progress.reportLabel', { title: a.title })}
                        onClick={() => setReporting(a.id)}
                      >
                        {t('plans.progress.report')}
                      </button>
                    )}
                    {canReport && a.allowed?.includes('progress') && reporting === a.id && (
                      <ProgressForm
                        activity={a}
                        onCancel={() => setReporting(null)}
                        onSave={async (next) => {
                          await onReport(a, next);
                          setReporting(null);
                        }}
                      />
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function ProgressForm({
  activity,
  onSave,
  onCancel,
}: {
  activity: Activity;
  onSave: (next: { status: ActivityStatus; progress: number }) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<ActivityStatus>(activity.status);
  const [progress, setProgress] = useState(String(activity.progress));
  const [error, setError] = useState<unknown>(null);
  const [clientError, setClientError] = useState<string | undefined>();
  const id = `progress-${activity.id}`;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = Number(progress);
    if (progress.trim() === '' || !Number.isInteger(value) || value < 0 || value > 100) {
      setClientError(t('plans.progress.range'));
      document.getElementById(`${id}-progress`)?.focus();
      return;
    }
    setClientError(undefined);
    setError(null);
    try {
      await onSave({ status, progress: value });
    } catch (e) {
      setError(e);
    }
  };
  const server = fieldErrors(error);
  return (
    <form
      className="progress-form"
      onSubmit={submit}
      noValidate
      aria-label={t('plans.progress.reportLabel', { title: activity.title })}
    >
      {error != null && <ProblemAlert error={error} />}
      <Field id={`${id}-status`} label={t('plans.field.status')} error={server.status}>
        {(describedBy) => (
          <select
            id={`${id}-status`}
            value={status}
            aria-describedby={describedBy}
            onChange={(e) => setStatus(e.target.value as ActivityStatus)}
          >
            {ACTIVITY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(activityStatusKey(s))}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={`${id}-progress`}
        label={t('plans.progress.percent')}
        hint={t('plans.progress.hint')}
        error={clientError ?? server.progress}
      >
        {(describedBy) => (
          <input
            id={`${id}-progress`}
            type="number"
            min={0}
            max={100}
            value={progress}
            aria-invalid={clientError || server.progress ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => setProgress(e.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button">
          {t('plans.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
