import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { WHILE_EDITING, queryKeys } from '../api/ApiProvider';
import type { FormEvent } from 'react';
import { ApiError, type ApiClient } from '../api/client';
import type { Me, Page, Strategy, Unit } from '../api/types';
import { Field } from '../components/Field';
import { FormPanel } from '../components/FormPanel';
import { PageHeading } from '../components/PageHeading';
import { peopleSearch } from '../components/PersonPicker';
import { ProblemAlert } from '../components/ProblemAlert';
import { focusById } from '../components/focus';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { useChain } from '../roles/chain';
import { ActivityBoard } from './ActivityBoard';
import { ActivityForm } from './ActivityForm';
import { FollowUps } from './FollowUps';
import { PlanHistory } from './PlanHistory';
import { StatusBadge, saveBlob } from './common';
import type { Activity, Plan, PlanStatus, Step } from './types';

/**
 * The steps to offer: exactly those the server says the caller may take now (allowedSteps), by the
 * same rules, from the municipality's own role assignments, it applies when a step is taken.
 */
export function stepsFor(plan: Plan): Step[] {
  return plan.allowedSteps ?? [];
}

/** The school year after "2025/26": "2026/27". */
export function nextSchoolYear(year: string): string {
  const first = Number(year.slice(0, 4)) + 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

export const isEditable = (s: PlanStatus) => s === 'DRAFT' || s === 'RETURNED';
export const isRunning = (s: PlanStatus) =>
  s === 'APPROVED' || s === 'ACTIVE' || s === 'FOLLOWED_UP';

/** A conflict that a reload answers: someone else saved first. */
export function isStale(e: unknown): boolean {
  return (
    e instanceof ApiError &&
    e.status === 409 &&
    (e.code === 'plans.plan.stale-version' || e.code === 'core.concurrent-update' || !e.code)
  );
}

type Editing =
  | { kind: 'plan' }
  | { kind: 'activity'; activity?: Activity }
  | { kind: 'copy' }
  | { kind: 'template' }
  | null;

export function PlanDetail({ api, planId }: { api: ApiClient; me: Me; planId: string }) {
  const { t, locale } = useI18n();
  const searchPeople = useMemo(() => peopleSearch(api), [api]);
  const chain = useChain(api);
  const [actionError, setActionError] = useState<unknown>(null);
  const [conflict, setConflict] = useState(false);
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [returning, setReturning] = useState(false);
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();
  const focusNext = useRef<string | null>(null);

  useEffect(() => {
    if (focusNext.current) {
      focusById(focusNext.current);
      focusNext.current = null;
    }
  });

  const planQuery = useQuery({
    queryKey: queryKeys.plan(planId),
    ...WHILE_EDITING,
    queryFn: () => api.get<Plan>(`/api/plans/${encodeURIComponent(planId)}`),
  });
  // The plan's references, by the keys other pages read them under; a plan shows without them.
  const strategyQuery = useQuery({
    queryKey: ['strategies', 'adopted'],
    queryFn: async () => {
      try {
        return await api.get<Strategy>('/api/strategies/adopted');
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
  const unitsQuery = useQuery({
    queryKey: ['units', { limit: 500 }],
    queryFn: () => api.get<Page<Unit>>('/api/units?limit=500'),
  });
  const plan = planQuery.data ?? null;
  const strategy = strategyQuery.data ?? null;
  const units = unitsQuery.data?.items ?? [];
  const loadError = planQuery.error;

  /**
   * After a write (or a conflict): the plan, its history and follow-ups, the plan lists and the
   * figures (every key under plans), and the inbox its state may have entered or left. Resolves
   * when the plan shown is the new one.
   */
  const load = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['plans'] }),
      queryClient.invalidateQueries({ queryKey: queryKeys.inbox }),
    ]);

  /** Runs a write; a stale version reloads the plan and says why. */
  async function act(run: () => Promise<unknown>, done: string, focus = 'plan-status') {
    setStatus('');
    setActionError(null);
    setConflict(false);
    setBusy(true);
    try {
      await run();
      setStatus(done);
      setEditing(null);
      setReturning(false);
      focusNext.current = focus;
      await load();
    } catch (e) {
      if (isStale(e)) {
        setConflict(true);
        setEditing(null);
        setReturning(false);
        focusNext.current = 'plan-conflict';
        await load();
      } else {
        setActionError(e);
        focusNext.current = 'plan-error';
      }
    } finally {
      setBusy(false);
    }
  }

  /** Form writes: a stale version reloads; any other failure goes back to the form's fields. */
  async function save(run: () => Promise<unknown>, done: string) {
    setStatus('');
    setConflict(false);
    try {
      await run();
    } catch (e) {
      if (isStale(e)) {
        setConflict(true);
        setEditing(null);
        focusNext.current = 'plan-conflict';
        await load();
        return;
      }
      throw e;
    }
    setStatus(done);
    setEditing(null);
    focusNext.current = 'plan-status';
    await load();
  }

  async function exportAs(format: 'pdf' | 'xlsx' | 'csv') {
    setActionError(null);
    try {
      const file = await api.download(
        `/api/plans/${encodeURIComponent(planId)}/export/${format}?lang=${locale}`,
      );
      saveBlob(file.blob, file.fileName ?? `plan.${format}`);
      setStatus(t('plans.export.done', { format: format.toUpperCase() }));
    } catch (e) {
      setActionError(e);
    }
  }

  if (loadError != null && plan === null) {
    return (
      <>
        <PageHeading>{t('plans.plan')}</PageHeading>
        <p>
          <a href="#/handlingsplaner">{t('plans.back')}</a>
        </p>
        <ProblemAlert error={loadError} onRetry={() => void planQuery.refetch()} />
      </>
    );
  }
  if (plan === null) {
    return (
      <>
        <PageHeading>{t('plans.plan')}</PageHeading>
        <p className="muted" role="status">
          {t('plans.loadingPlan')}
        </p>
      </>
    );
  }

  const steps = stepsFor(plan);
  const running = isRunning(plan.status);
  // What the server lets the caller do with the plan now; it refuses anything else.
  const allowed = plan.allowed ?? [];
  const editable = allowed.includes('edit');
  const nameOf = (username: string) => plan.names?.[username] ?? username;
  const unitName = units.find((u) => u.id === plan.unitId)?.name ?? '';
  const path = `/api/plans/${encodeURIComponent(plan.id)}`;

  const takeStep = (step: Step, comment?: string) =>
    act(
      () =>
        api.post<Plan>(`${path}/steps`, { step, version: plan.version, comment: comment ?? null }),
      t(`plans.step.done.${step}` as MessageKey),
    );

  return (
    <>
      <PageHeading>{plan.title}</PageHeading>
      <p>
        <a href="#/handlingsplaner" id="plan-back">
          {t('plans.back')}
        </a>
      </p>
      <dl className="facts" id="plan-facts">
        <dt>{t('plans.field.status')}</dt>
        <dd id="plan-status-value">
          <StatusBadge status={plan.status} />
        </dd>
        <dt>{t('plans.field.kind')}</dt>
        <dd>{t(plan.kind === 'LOCAL' ? 'plans.kind.LOCAL' : 'plans.kind.ADMINISTRATION')}</dd>
        <dt>{t('plans.schoolYear')}</dt>
        <dd>{plan.schoolYear}</dd>
        {unitName && (
          <>
            <dt>{t('plans.field.unit')}</dt>
            <dd>{unitName}</dd>
          </>
        )}
        {plan.administrationPlanId && (
          <>
            <dt>{t('plans.field.administrationPlan')}</dt>
            <dd>
              <a
                href={`#/handlingsplaner/${encodeURIComponent(plan.administrationPlanId)}`}
                id="plan-administration-link"
              >
                {plan.administrationPlanTitle}
              </a>
            </dd>
          </>
        )}
        {plan.submittedBy && (
          <>
            <dt>{t('plans.field.submittedBy')}</dt>
            <dd>{nameOf(plan.submittedBy)}</dd>
          </>
        )}
        {plan.decidedBy && (
          <>
            <dt>{t('plans.field.decidedBy')}</dt>
            <dd>{nameOf(plan.decidedBy)}</dd>
          </>
        )}
      </dl>
      {plan.summary && <p className="prewrap">{plan.summary}</p>}

      <p className="status" role="status" id="plan-status" tabIndex={-1}>
        {status}
      </p>
      {conflict && (
        <div className="alert alert-warning" id="plan-conflict" tabIndex={-1} role="alert">
          <p className="alert-title">{t('plans.conflict.title')}</p>
          <p>{t('plans.conflict.detail')}</p>
        </div>
      )}
      {actionError != null && (
        <div id="plan-error" tabIndex={-1}>
          <ProblemAlert error={actionError} />
        </div>
      )}

      <section aria-labelledby="plan-actions-heading">
        <h2 id="plan-actions-heading">{t('plans.actions')}</h2>
        {steps.length === 0 && <p className="muted">{t('plans.steps.none')}</p>}
        <div className="actions">
          {steps.map((step) => (
            <button
              key={step}
              type="button"
              id={`plan-step-${step.toLowerCase()}`}
              className={step === 'RETURN' ? 'button button-secondary' : 'button'}
              aria-disabled={busy || undefined}
              onClick={() => {
                if (busy) return;
                if (step === 'RETURN') setReturning(true);
                else void takeStep(step);
              }}
            >
              {t(`plans.step.${step}` as MessageKey)}
            </button>
          ))}
          {editable && editing === null && (
            <button
              type="button"
              className="button button-secondary"
              id="plan-edit"
              onClick={() => setEditing({ kind: 'plan' })}
            >
              {t('plans.edit')}
            </button>
          )}
        </div>
        {returning && (
          <ReturnForm
            onCancel={() => {
              setReturning(false);
              focusNext.current = 'plan-step-return';
            }}
            onReturn={(comment) => takeStep('RETURN', comment)}
          />
        )}
        {editing?.kind === 'plan' && (
          <FormPanel
            id="plan-edit-form"
            heading={t('plans.edit')}
            fields={[
              { name: 'title', label: 'plans.field.title', type: 'text', required: true, max: 200 },
              { name: 'summary', label: 'plans.field.summary', type: 'textarea', max: 10000 },
            ]}
            initial={{ title: plan.title, summary: plan.summary ?? '' }}
            submitLabel="plans.save"
            onCancel={() => {
              setEditing(null);
              focusNext.current = 'plan-edit';
            }}
            onSubmit={(v) =>
              save(
                () =>
                  api.put(path, {
                    title: v.title?.trim(),
                    summary: v.summary?.trim() || null,
                    version: plan.version,
                  }),
                t('plans.saved'),
              )
            }
          />
        )}
        <div className="actions" role="group" aria-labelledby="plan-export-label">
          <span id="plan-export-label" className="export-label">
            {t('plans.export')}
          </span>
          {(['pdf', 'xlsx', 'csv'] as const).map((f) => (
            <button
              key={f}
              type="button"
              className="button button-secondary"
              id={`plan-export-${f}`}
              onClick={() => void exportAs(f)}
            >
              {t(`plans.export.${f}` as MessageKey)}
            </button>
          ))}
        </div>
        {editing === null && (allowed.includes('copy') || allowed.includes('template')) && (
          <div className="actions" role="group" aria-labelledby="plan-reuse-label">
            <span id="plan-reuse-label" className="export-label">
              {t('plans.reuse')}
            </span>
            {allowed.includes('copy') && (
              <button
                type="button"
                className="button button-secondary"
                id="plan-copy"
                onClick={() => setEditing({ kind: 'copy' })}
              >
                {t('plans.copy')}
              </button>
            )}
            {allowed.includes('template') && (
              <button
                type="button"
                className="button button-secondary"
                id="plan-template"
                onClick={() => setEditing({ kind: 'template' })}
              >
                {t('plans.template.save')}
              </button>
            )}
          </div>
        )}
        {editing?.kind === 'copy' && (
          <FormPanel
            id="copy-form"
            heading={t('plans.copy')}
            fields={[
              {
                name: 'schoolYear',
                label: 'plans.schoolYear',
                type: 'text',
                required: true,
                pattern: { regex: /^\d{4}\/\d{2}$/, message: 'plans.field.schoolYear.pattern' },
                hint: 'plans.copy.hint',
              },
            ]}
            initial={{ schoolYear: nextSchoolYear(plan.schoolYear) }}
            submitLabel="plans.copy.submit"
            onCancel={() => {
              setEditing(null);
              focusNext.current = 'plan-copy';
            }}
            onSubmit={async (v) => {
              const copy = await api.post<{ planId: string }>(`${path}/copy`, {
                schoolYear: v.schoolYear?.trim(),
              });
              setEditing(null);
              void queryClient.invalidateQueries({ queryKey: ['plans'] });
              window.location.hash = `#/handlingsplaner/${encodeURIComponent(copy.planId)}`;
            }}
          />
        )}
        {editing?.kind === 'template' && (
          <FormPanel
            id="template-form"
            heading={t('plans.template.save')}
            fields={[
              {
                name: 'name',
                label: 'plans.template.name',
                type: 'text',
                required: true,
                max: 200,
              },
              {
                name: 'description',
                label: 'plans.template.description',
                type: 'textarea',
                max: 4000,
              },
            ]}
            initial={{ name: '', description: '' }}
            submitLabel="plans.template.submit"
            onCancel={() => {
              setEditing(null);
              focusNext.current = 'plan-template';
            }}
            onSubmit={async (v) => {
              await api.post('/api/plan-templates', {
                name: v.name?.trim(),
                description: v.description?.trim() || null,
                fromPlanId: plan.id,
              });
              void queryClient.invalidateQueries({ queryKey: ['plan-templates'] });
              setEditing(null);
              setStatus(t('plans.template.saved', { name: v.name?.trim() ?? '' }));
              focusNext.current = 'plan-status';
            }}
          />
        )}
      </section>

      <section aria-labelledby="plan-activities-heading">
        <h2 id="plan-activities-heading">{t('plans.activities')}</h2>
        {editable && editing === null && (
          <button
            type="button"
            className="button"
            id="activity-new"
            onClick={() => setEditing({ kind: 'activity' })}
          >
            {t('plans.activity.new')}
          </button>
        )}
        {editing?.kind === 'activity' && (
          <ActivityForm
            searchPeople={searchPeople}
            strategy={strategy}
            chain={chain}
            units={units}
            activity={editing.activity}
            onCancel={() => {
              setEditing(null);
              focusNext.current = 'activity-new';
            }}
            onSubmit={(body) =>
              save(
                () =>
                  editing.activity
                    ? api.put(`${path}/activities/${editing.activity.id}`, {
                        ...body,
                        version: editing.activity.version,
                      })
                    : api.post(`${path}/activities`, body),
                t('plans.activity.saved', { title: String(body.title) }),
              )
            }
          />
        )}
        <ActivityBoard
          plan={plan}
          strategy={strategy}
          canEdit={editing === null}
          canReport={running}
          onEdit={(activity) => setEditing({ kind: 'activity', activity })}
          onRemove={(activity) =>
            act(
              () => api.delete(`${path}/activities/${activity.id}?version=${activity.version}`),
              t('plans.activity.removed', { title: activity.title }),
            )
          }
          onReport={(activity, next) =>
            save(
              () =>
                api.put(`${path}/activities/${activity.id}/progress`, {
                  ...next,
                  version: activity.version,
                }),
              t('plans.progress.saved', { title: activity.title }),
            )
          }
        />
      </section>

      {(running || plan.status === 'CLOSED') && (
        <FollowUps
          api={api}
          plan={plan}
          canWrite={allowed.includes('follow-up')}
          onSaved={() => void load()}
        />
      )}

      <PlanHistory api={api} planId={plan.id} />
    </>
  );
}

/** Returning a plan needs a comment saying what to change. */
function ReturnForm({
  onCancel,
  onReturn,
}: {
  onCancel: () => void;
  onReturn: (comment: string) => Promise<void>;
}) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (comment.trim() === '') {
      setError(t('plans.return.required'));
      focusById('return-comment');
      return;
    }
    await onReturn(comment.trim());
  };
  return (
    <form
      className="panel"
      id="return-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="return-heading"
    >
      <h3 id="return-heading" ref={heading} tabIndex={-1}>
        {t('plans.return.heading')}
      </h3>
      <Field
        id="return-comment"
        label={t('plans.return.comment')}
        hint={t('plans.return.hint')}
        error={error}
      >
        {(describedBy) => (
          <textarea
            id="return-comment"
            rows={4}
            value={comment}
            aria-required
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => setComment(e.target.value)}
          />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="button" id="return-save">
          {t('plans.step.RETURN')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          id="return-cancel"
          onClick={onCancel}
        >
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
