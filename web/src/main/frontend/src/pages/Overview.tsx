import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../api/client';
import type { Me } from '../api/types';
import { PageHeading } from '../components/PageHeading';
import { ProblemAlert } from '../components/ProblemAlert';
import {
  DeadlinesCard,
  MunicipalitiesCard,
  MyActivitiesCard,
  OrganisationCard,
  PlanCoverageCard,
  StrategyProgressCard,
  UnitPlanCard,
  WaitingCard,
} from '../home/Cards';
import { isCardKind, type Home, type HomeCard } from '../home/types';
import { useI18n } from '../i18n/I18nProvider';
import { isMessageKey } from '../i18n/messages';
import '../home/home.css';

/**
 * The home page: what waits for the caller, what falls due, and the figures their level follows
 * (GET /api/home, cards from every module), then who they are.
 */
export function Overview({ me, api }: { me: Me; api: ApiClient }) {
  const { t, formatDate } = useI18n();
  const homeQuery = useQuery({
    queryKey: ['home'],
    queryFn: async () => {
      const answer = await api.get<Home>('/api/home');
      return { ...answer, cards: Array.isArray(answer?.cards) ? answer.cards : [] };
    },
  });
  const home = homeQuery.data ?? null;
  const error = homeQuery.error;

  // A role level the app does not know yet is shown by its code rather than hidden.
  const roleName = (level: string) => {
    const key = `role.${level}`;
    return isMessageKey(key) ? t(key) : level;
  };

  return (
    <>
      <PageHeading>{t('overview.heading')}</PageHeading>
      <p className="lead">{t('overview.welcome', { name: me.displayName })}</p>
      {me.tenant === null && <p className="notice">{t('overview.noTenant')}</p>}
      {home?.schoolYear && (
        <p className="muted" id="home-school-year">
          {t('home.schoolYear', { year: home.schoolYear, today: formatDate(home.today) })}
        </p>
      )}
      {error != null && <ProblemAlert error={error} onRetry={() => void homeQuery.refetch()} />}
      {home === null && error == null && (
        <p className="muted" role="status">
          {t('home.loading')}
        </p>
      )}
      {home && (
        <div className="home-cards" id="home-cards">
          {home.cards.map((card, i) => (
            <CardOf
              key={`${card.kind}-${i}`}
              card={card}
              index={home.cards.slice(0, i).filter((c) => c.kind === card.kind).length}
              schoolYear={home.schoolYear}
            />
          ))}
        </div>
      )}

      <section aria-labelledby="about-heading" className="panel">
        <h2 id="about-heading">{t('overview.about.heading')}</h2>
        <dl className="facts">
          <dt>{t('overview.displayName')}</dt>
          <dd>{me.displayName}</dd>
          {me.tenant && (
            <>
              <dt>{t('overview.municipality')}</dt>
              <dd id="overview-municipality">{me.tenant.name}</dd>
              <dt>{t('overview.municipalityCode')}</dt>
              <dd id="overview-municipality-code">{me.tenant.municipalityCode}</dd>
            </>
          )}
          <dt>{t('overview.roles')}</dt>
          <dd>
            {me.roleLevels.length === 0 ? (
              t('overview.roles.none')
            ) : (
              <ul className="role-list" id="overview-roles">
                {me.roleLevels.map((level) => (
                  <li key={level} data-role-level={level}>
                    {roleName(level)}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>
    </>
  );
}

/** The card for its kind ({@code index}: how many of its kind came before); a kind the app does not know yet (a newer module's) is left out. */
function CardOf({
  card,
  index,
  schoolYear,
}: {
  card: HomeCard;
  index: number;
  schoolYear: string;
}) {
  if (!isCardKind(card.kind)) return null;
  switch (card.kind) {
    case 'waiting':
      return <WaitingCard card={card} />;
    case 'deadlines':
      return <DeadlinesCard card={card} />;
    case 'strategy-progress':
      return <StrategyProgressCard card={card} schoolYear={schoolYear} />;
    case 'plan-coverage':
      return <PlanCoverageCard card={card} schoolYear={schoolYear} />;
    case 'unit-plan':
      return <UnitPlanCard card={card} index={index} />;
    case 'my-activities':
      return <MyActivitiesCard card={card} />;
    case 'organisation':
      return <OrganisationCard card={card} />;
    case 'municipalities':
      return <MunicipalitiesCard card={card} />;
  }
}
