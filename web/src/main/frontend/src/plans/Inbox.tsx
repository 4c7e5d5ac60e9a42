import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/ApiProvider';
import type { ApiClient } from '../api/client';
import type { Me } from '../api/types';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { StatusBadge } from './common';
import { planHref } from './PlansPage';
import type { InboxItem } from './types';

/** What waits for the caller: plans to decide on, to revise, to start, to follow up. */
export function InboxPage({ api, me }: { api: ApiClient; me: Me }) {
  const { t, formatDateTime, formatDate } = useI18n();
  // The same query as the menu's count: reading the page refreshes the count too.
  const inbox = useQuery({
    queryKey: queryKeys.inbox,
    enabled: me.tenant !== null,
    queryFn: () => api.get<InboxItem[]>('/api/inbox'),
  });
  const items = inbox.data ?? null;
  const error = inbox.error;

  if (!me.tenant) {
    return (
      <>
        <PageHeading>{t('nav.inbox')}</PageHeading>
        <p className="notice">{t('plans.noTenant')}</p>
      </>
    );
  }

  return (
    <>
      <PageHeading>{t('nav.inbox')}</PageHeading>
      <p className="lead">{t('inbox.intro')}</p>
      {error != null && <ProblemAlert error={error} onRetry={() => void inbox.refetch()} />}
      {items === null && error == null && (
        <p className="muted" role="status">
          {t('inbox.loading')}
        </p>
      )}
      {items !== null && items.length === 0 && (
        <div className="empty-state" id="inbox-empty">
          <p>{t('inbox.empty')}</p>
        </div>
      )}
      {items !== null && items.length > 0 && (
        <ul className="inbox-list" id="inbox-list">
          {items.map((item, i) => (
            <li key={`${item.planId}-${item.reason}-${i}`} className="inbox-item">
              <p className="inbox-reason">
                <strong>{t(`inbox.reason.${item.reason}` as MessageKey)}</strong>
              </p>
              <p>
                <a href={planHref(item.planId)} className="inbox-plan">
                  {item.planTitle}
                </a>{' '}
                <StatusBadge status={item.planStatus} />
              </p>
              <p className="muted">
                {t('inbox.meta', {
                  unit: item.unitName,
                  year: item.schoolYear,
                  since: formatDateTime(item.since),
                })}
                {item.by && <> · {t('inbox.by', { by: item.byName ?? item.by })}</>}
                {item.due && <> · {t('inbox.due', { due: formatDate(item.due) })}</>}
              </p>
              {item.comment && <p className="prewrap">“{item.comment}”</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
