import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { isMessageKey, type MessageKey } from '../i18n/messages';
import { ProgressChart } from './ProgressChart';
import { PROGRESS_CODES, figure, type CardKind, type HomeCard, type HomeItem } from './types';

/** Colours of the activity counts, each with a decal in the chart and a word everywhere. */
const PROGRESS_COLOURS: Record<string, string> = {
  DONE: '#2e7d32',
  ON_TRACK: '#1565c0',
  DELAYED: '#c62828',
  PLANNED: '#6b6b6b',
};

/** A code shown in words: the message if there is one, else the code rather than nothing. */
function useWords() {
  const { t } = useI18n();
  return (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
}

/** One card: a titled section that may lead on to the page behind it. */
function Card({
  card,
  kind,
  title,
  children,
}: {
  card: HomeCard;
  kind: CardKind;
  title: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const headingId = `home-card-${kind}-heading`;
  return (
    <section className="panel home-card" id={`home-card-${kind}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
      {card.href && (
        <p className="home-card-more">
          <a href={card.href}>{t(`home.card.${kind}.more` as MessageKey)}</a>
        </p>
      )}
    </section>
  );
}

function ItemDate({ item }: { item: HomeItem }) {
  const { t, formatDate } = useI18n();
  if (!item.date) return null;
  return (
    <>
      {' · '}
      <span className={item.late ? 'home-late' : undefined}>
        {item.late ? t('home.item.late', { date: formatDate(item.date) }) : formatDate(item.date)}
      </span>
    </>
  );
}

function PlanStatus({ status }: { status?: string | null }) {
  const words = useWords();
  if (!status) return null;
  return (
    <span className={`badge badge-plan badge-${status.toLowerCase()}`}>
      {words(`plans.status.${status}`, status)}
    </span>
  );
}

/** Done, on track, late, not started: as a definition list, so every figure is read as text. */
function ProgressFigures({ card, id }: { card: HomeCard; id: string }) {
  const { t } = useI18n();
  return (
    <dl className="facts home-figures" id={id}>
      {PROGRESS_CODES.map((code) => (
        <div key={code} className={`home-figure home-figure-${code.toLowerCase()}`}>
          <dt>{t(`home.figure.${code}` as MessageKey)}</dt>
          <dd data-code={code}>{figure(card, code)?.value ?? 0}</dd>
        </div>
      ))}
    </dl>
  );
}

export function WaitingCard({ card }: { card: HomeCard }) {
  const { t } = useI18n();
  const words = useWords();
  return (
    <Card card={card} kind="waiting" title={t('home.card.waiting', { n: card.items.length })}>
      {card.items.length === 0 ? (
        <p className="muted">{t('home.card.waiting.empty')}</p>
      ) : (
        <ul className="home-list" id="home-waiting">
          {card.items.map((item, i) => (
            <li key={`${item.href}-${item.code}-${i}`}>
              <strong>{words(`inbox.reason.${item.code}`, item.code)}</strong>:{' '}
              {item.href ? <a href={item.href}>{item.title}</a> : item.title}{' '}
              <PlanStatus status={item.status} />
              <span className="muted">
                {item.detail ? ` · ${item.detail}` : ''}
                <ItemDate item={item} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function DeadlinesCard({ card }: { card: HomeCard }) {
  const { t, formatDate } = useI18n();
  return (
    <Card card={card} kind="deadlines" title={t('home.card.deadlines')}>
      {card.items.length === 0 ? (
        <p className="muted">{t('home.card.deadlines.empty')}</p>
      ) : (
        <ol className="home-list home-deadlines" id="home-deadlines">
          {card.items.map((item, i) => (
            <li key={`${item.code}-${item.date}-${i}`}>
              {item.date && (
                <time dateTime={item.date} className="home-date">
                  {formatDate(item.date)}
                </time>
              )}{' '}
              {item.title}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}

/** Progress per priority area: the chart, the totals in words, and the same figures as a table. */
export function StrategyProgressCard({ card, schoolYear }: { card: HomeCard; schoolYear: string }) {
  const { t } = useI18n();
  const names = PROGRESS_CODES.map((code) => t(`home.figure.${code}` as MessageKey));
  const total = card.figures[0]?.total ?? 0;
  const done = figure(card, 'DONE')?.value ?? 0;
  const summary = t('home.progress.summary', {
    done,
    total,
    onTrack: figure(card, 'ON_TRACK')?.value ?? 0,
    delayed: figure(card, 'DELAYED')?.value ?? 0,
    year: schoolYear,
  });
  const description = [
    summary,
    ...card.series.map(
      (s) =>
        `${s.label}: ` +
        PROGRESS_CODES.map((code, i) => `${names[i]} ${s.counts[code] ?? 0}`).join(', '),
    ),
  ].join('. ');
  return (
    <Card card={card} kind="strategy-progress" title={t('home.card.strategy-progress')}>
      <p id="home-progress-summary">{summary}</p>
      {card.series.length === 0 ? (
        <p className="muted">{t('home.progress.noStrategy')}</p>
      ) : (
        <>
          {total > 0 && (
            <ProgressChart
              id="home-progress-chart"
              categories={card.series.map((s) => s.label)}
              series={PROGRESS_CODES.map((code, i) => ({
                name: names[i] ?? code,
                values: card.series.map((s) => s.counts[code] ?? 0),
                color: PROGRESS_COLOURS[code] ?? '#333',
              }))}
              description={description}
            />
          )}
          <div className="table-scroll">
            <table className="data-table" id="home-progress-table">
              <caption>{t('home.progress.caption', { year: schoolYear })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('home.progress.area')}</th>
                  {names.map((n) => (
                    <th scope="col" key={n}>
                      {n}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {card.series.map((s) => (
                  <tr key={s.label}>
                    <th scope="row">{s.label}</th>
                    {PROGRESS_CODES.map((code) => (
                      <td key={code}>{s.counts[code] ?? 0}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Card>
  );
}

export function PlanCoverageCard({ card, schoolYear }: { card: HomeCard; schoolYear: string }) {
  const { t } = useI18n();
  const approved = figure(card, 'WITH_APPROVED_PLAN');
  const rest = ['SUBMITTED', 'RETURNED', 'DRAFT', 'NO_PLAN'];
  return (
    <Card card={card} kind="plan-coverage" title={t('home.card.plan-coverage')}>
      <p className="home-big" id="home-coverage">
        {t('home.coverage.approved', {
          n: approved?.value ?? 0,
          total: approved?.total ?? 0,
          year: schoolYear,
        })}
      </p>
      <dl className="facts">
        {rest.map((code) => (
          <div key={code}>
            <dt>{t(`home.coverage.${code}` as MessageKey)}</dt>
            <dd data-code={code}>{figure(card, code)?.value ?? 0}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

export function UnitPlanCard({ card, index }: { card: HomeCard; index: number }) {
  const { t, formatDate } = useI18n();
  const plan = card.items.find((i) => i.code === 'PLAN');
  const none = card.items.find((i) => i.code === 'NO_PLAN');
  const next = card.items.find((i) => i.code === 'NEXT_FOLLOW_UP');
  const due = card.items.find((i) => i.code === 'PLAN_DUE');
  const unit = (plan ?? none)?.detail ?? '';
  return (
    <Card card={card} kind="unit-plan" title={t('home.card.unit-plan', { unit })}>
      {plan && (
        <>
          <p>
            <a
              href={plan.href ?? '#/handlingsplaner'}
              id={index === 0 ? 'home-unit-plan' : undefined}
            >
              {plan.title}
            </a>{' '}
            <PlanStatus status={plan.status} />
          </p>
          <ProgressFigures card={card} id={`home-unit-plan-figures-${index}`} />
          {next?.date && <p>{t('home.unitPlan.nextFollowUp', { date: formatDate(next.date) })}</p>}
        </>
      )}
      {none && <p>{t('home.unitPlan.none')}</p>}
      {due?.date && (
        <p
          className={due.late ? 'home-late' : undefined}
          id={index === 0 ? 'home-plan-due' : undefined}
        >
          {t(due.late ? 'home.unitPlan.dueLate' : 'home.unitPlan.due', {
            date: formatDate(due.date),
          })}
        </p>
      )}
    </Card>
  );
}

export function MyActivitiesCard({ card }: { card: HomeCard }) {
  const { t } = useI18n();
  const words = useWords();
  return (
    <Card card={card} kind="my-activities" title={t('home.card.my-activities')}>
      {card.items.length === 0 ? (
        <p className="muted">{t('home.myActivities.none')}</p>
      ) : (
        <>
          <ProgressFigures card={card} id="home-my-activities-figures" />
          <ul className="home-list" id="home-my-activities">
            {card.items.map((item, i) => (
              <li key={`${item.href}-${i}`}>
                {item.href ? <a href={item.href}>{item.title}</a> : item.title}{' '}
                <span className="badge">
                  {words(`plans.activityStatus.${item.status}`, item.status ?? '')}
                </span>
                <span className="muted">
                  {item.detail ? ` · ${item.detail}` : ''}
                  <ItemDate item={item} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

export function OrganisationCard({ card }: { card: HomeCard }) {
  const { t, formatDate } = useI18n();
  const words = useWords();
  const last = card.items.find((i) => i.code === 'LAST_IMPORT');
  return (
    <Card card={card} kind="organisation" title={t('home.card.organisation')}>
      <dl className="facts" id="home-organisation">
        {['UNITS', 'PEOPLE', 'ROLE_ASSIGNMENTS'].map((code) => (
          <div key={code}>
            <dt>{t(`home.organisation.${code}` as MessageKey)}</dt>
            <dd data-code={code}>{figure(card, code)?.value ?? 0}</dd>
          </div>
        ))}
        <div>
          <dt>{t('home.organisation.lastImport')}</dt>
          <dd>
            {last ? (
              <a href={last.href ?? '#/import'}>
                {words(`imports.status.${last.status}`, last.status ?? '')}
                {last.date ? `, ${formatDate(last.date)}` : ''}
              </a>
            ) : (
              t('home.organisation.noImport')
            )}
          </dd>
        </div>
      </dl>
    </Card>
  );
}

export function MunicipalitiesCard({ card }: { card: HomeCard }) {
  const { t } = useI18n();
  const words = useWords();
  const status = (code: string) => words(`tenants.status.${code.toLowerCase()}`, code);
  return (
    <Card card={card} kind="municipalities" title={t('home.card.municipalities')}>
      <dl className="facts">
        {card.figures.map((f) => (
          <div key={f.code}>
            <dt>{status(f.code)}</dt>
            <dd data-code={f.code}>{f.value}</dd>
          </div>
        ))}
      </dl>
      <ul className="home-list" id="home-municipalities">
        {card.items.map((item) => (
          <li key={`${item.title}-${item.detail}`}>
            {item.title} <span className="muted">({item.detail})</span>{' '}
            <span className="badge">{status(item.status ?? '')}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
