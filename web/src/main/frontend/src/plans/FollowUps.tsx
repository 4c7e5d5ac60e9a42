import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { WHILE_EDITING } from '../api/ApiProvider';
import type { ApiClient } from '../api/client';
import { FormPanel, type FieldSpec } from '../components/FormPanel';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { isStale } from './PlanDetail';
import { RATINGS, type CycleDeadline, type FollowUp, type Plan, type Rating } from './types';

export const ratingKey = (r: Rating) => `plans.rating.${r}` as MessageKey;

/**
 * The follow-ups of a running plan, one per FOLLOW_UP round of the annual cycle: what was said,
 * and a form for the round (the plan's rating, a summary, per activity a rating, narrative and
 * evidence links, one per line).
 */
export function FollowUps({
  api,
  plan,
  canWrite,
  onSaved,
}: {
  api: ApiClient;
  plan: Plan;
  canWrite: boolean;
  onSaved: () => void;
}) {
  const { t, formatDate } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const queryClient = useQueryClient();
  const path = `/api/plans/${encodeURIComponent(plan.id)}/follow-ups`;

  const writtenQuery = useQuery({
    queryKey: ['plans', plan.id, 'follow-ups'],
    ...WHILE_EDITING,
    queryFn: () => api.get<FollowUp[]>(path),
  });
  // The rounds come from the annual cycle, read under the key the cycle page uses.
  const cycleQuery = useQuery({
    queryKey: ['annual-cycle', { schoolYear: plan.schoolYear }],
    queryFn: () =>
      api.get<CycleDeadline[]>(
        `/api/annual-cycle?schoolYear=${encodeURIComponent(plan.schoolYear)}`,
      ),
  });
  const bothRead = writtenQuery.data !== undefined && cycleQuery.data !== undefined;
  const followUps = bothRead ? writtenQuery.data : null;
  const rounds = useMemo(() => {
    if (!writtenQuery.data || !cycleQuery.data) return [];
    const due = cycleQuery.data.filter((d) => d.kind === 'FOLLOW_UP').map((d) => d.due);
    return [...new Set([...due, ...writtenQuery.data.map((f) => f.roundDue)])].sort();
  }, [writtenQuery.data, cycleQuery.data]);
  const error = writtenQuery.error ?? cycleQuery.error;
  const load = () => queryClient.invalidateQueries({ queryKey: ['plans', plan.id, 'follow-ups'] });
  const retry = () => {
    if (writtenQuery.isError) void writtenQuery.refetch();
    if (cycleQuery.isError) void cycleQuery.refetch();
  };

  const title = (id: string) => plan.activities.find((a) => a.id === id)?.title ?? id;
  const ratingOptions = RATINGS.map((r) => ({ value: r, label: t(ratingKey(r)) }));

  return (
    <section aria-labelledby="followups-heading" id="followups">
      <h2 id="followups-heading">{t('plans.followUps')}</h2>
      {error != null && <ProblemAlert error={error} onRetry={retry} />}
      <p className="status" role="status">
        {notice}
      </p>
      {followUps !== null && rounds.length === 0 && (
        <p className="empty-state">{t('plans.followUps.noRounds')}</p>
      )}
      {rounds.map((round) => {
        const written = followUps?.find((f) => f.roundDue === round);
        const formId = `followup-${round}`;
        const fields: FieldSpec[] = [
          {
            name: 'rating',
            label: 'plans.followUp.rating',
            type: 'select',
            required: true,
            options: [{ value: '', label: t('plans.followUp.rating.choose') }, ...ratingOptions],
          },
          { name: 'summary', label: 'plans.followUp.summary', type: 'textarea', max: 10000 },
          ...plan.activities.flatMap((a): FieldSpec[] => [
            {
              name: `rating-${a.id}`,
              label: 'plans.followUp.activityRating',
              type: 'select',
              options: [{ value: '', label: t('plans.followUp.notRated') }, ...ratingOptions],
            },
            {
              name: `narrative-${a.id}`,
              label: 'plans.followUp.narrative',
              type: 'textarea',
              max: 10000,
            },
            {
              name: `links-${a.id}`,
              label: 'plans.followUp.links',
              type: 'textarea',
              hint: 'plans.followUp.links.hint',
            },
          ]),
        ];
        const initial: Record<string, string> = {
          rating: written?.rating ?? '',
          summary: written?.summary ?? '',
        };
        for (const a of plan.activities) {
          const said = written?.activities.find((x) => x.activityId === a.id);
          initial[`rating-${a.id}`] = said?.rating ?? '';
          initial[`narrative-${a.id}`] = said?.narrative ?? '';
          initial[`links-${a.id}`] = (said?.evidenceLinks ?? []).join('\n');
        }
        return (
          <article key={round} className="panel followup" aria-labelledby={`${formId}-title`}>
            <h3 id={`${formId}-title`}>{t('plans.followUp.round', { due: formatDate(round) })}</h3>
            {written ? (
              <>
                <p>
                  <strong>{t('plans.followUp.rating')}:</strong> {t(ratingKey(written.rating))}
                  {' · '}
                  {t('plans.followUp.writtenBy', { by: written.writtenBy })}
                </p>
                {written.summary && <p className="prewrap">{written.summary}</p>}
                {written.activities.length > 0 && (
                  <ul>
                    {written.activities.map((a) => (
                      <li key={a.activityId}>
                        <strong>{title(a.activityId)}</strong>: {t(ratingKey(a.rating))}
                        {a.narrative && <> – {a.narrative}</>}
                        {a.evidenceLinks.length > 0 && (
                          <ul>
                            {a.evidenceLinks.map((l) => (
                              <li key={l}>
                                <a href={l} rel="noreferrer noopener" target="_blank">
                                  {l}
                                </a>
                              </li>
                            ))}
                          </ul>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            ) : (
              <p className="muted">{t('plans.followUp.missing')}</p>
            )}
            {canWrite && open !== round && (
              <button
                type="button"
                className="button button-secondary"
                id={`${formId}-open`}
                onClick={() => setOpen(round)}
              >
                {written ? t('plans.followUp.edit') : t('plans.followUp.write')}
              </button>
            )}
            {canWrite && open === round && (
              <FormPanel
                id={formId}
                heading={t('plans.followUp.round', { due: formatDate(round) })}
                fields={fields.map((f) => {
                  const activity = plan.activities.find((a) => f.name.endsWith(a.id));
                  return activity ? { ...f, labelText: `${t(f.label)}: ${activity.title}` } : f;
                })}
                initial={initial}
                submitLabel="plans.save"
                onCancel={() => setOpen(null)}
                onSubmit={async (v) => {
                  try {
                    await api.put(`${path}/${round}`, {
                      rating: v.rating || null,
                      summary: v.summary?.trim() || null,
                      activities: plan.activities
                        .filter((a) => v[`rating-${a.id}`])
                        .map((a) => ({
                          activityId: a.id,
                          rating: v[`rating-${a.id}`],
                          narrative: v[`narrative-${a.id}`]?.trim() || null,
                          evidenceLinks: (v[`links-${a.id}`] ?? '')
                            .split('\n')
                            .map((l) => l.trim())
                            .filter((l) => l !== ''),
                        })),
                      version: written?.version ?? null,
                    });
                  } catch (e) {
                    if (isStale(e)) {
                      setOpen(null);
                      setNotice(t('plans.conflict.detail'));
                      await load();
                      return;
                    }
                    throw e;
                  }
                  setOpen(null);
                  setNotice(t('plans.followUp.saved', { due: formatDate(round) }));
                  await load();
                  onSaved();
                }}
              />
            )}
          </article>
        );
      })}
    </section>
  );
}
