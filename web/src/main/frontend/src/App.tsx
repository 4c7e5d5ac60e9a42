import { useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent, MouseEvent } from 'react';
import { QueryClient, QueryClientProvider, useQuery, useQueryClient } from '@tanstack/react-query';
import { HashRouter, Link, useLocation, useNavigate } from 'react-router';
import { ApiProvider, WHILE_EDITING, queryKeys } from './api/ApiProvider';
import { ApiError, createApiClient, type ApiClient } from './api/client';
import type { Me } from './api/types';
import { appBasePath, type Session } from './auth/session';
import { PageHeading } from './components/PageHeading';
import { ProblemAlert } from './components/ProblemAlert';
import { useI18n } from './i18n/I18nProvider';
import { LOCALES } from './i18n/messages';
import { Imports } from './imports/Imports';
import { Notes } from './notes/Notes';
import { People } from './people/People';
import { Organisation } from './organisation/Organisation';
import { NotFound } from './pages/NotFound';
import { Overview } from './pages/Overview';
import { Placeholder } from './pages/Placeholder';
import { RolesPage } from './roles/Roles';
import { StrategyPage } from './strategy/Strategy';
import { Tenants } from './tenants/Tenants';
import { InstrumentsPage } from './competence/instruments/InstrumentsPage';
import type { Instrument } from './competence/instruments/types';
import { CyclePage } from './plans/CyclePage';
import { InboxPage } from './plans/Inbox';
import { PlansPage } from './plans/PlansPage';
import { ProgressPage } from './plans/ProgressPage';
import type { Plan } from './plans/types';
import { Breadcrumb, type Crumb } from './shell/Breadcrumb';
import { Nav } from './shell/Nav';
import { matchPage, offers, pageById, paths, type PageMatch } from './shell/pages';

const TENANT_KEY = 'styrkedja.tenant';

function storedTenant(): string | null {
  try {
    return localStorage.getItem(TENANT_KEY);
  } catch {
    return null;
  }
}

function storeTenant(id: string | null) {
  try {
    if (id) localStorage.setItem(TENANT_KEY, id);
    else localStorage.removeItem(TENANT_KEY);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

export function App({ session }: { session: Session }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            // A refusal or a missing thing does not get better by asking again.
            retry: (count, error) =>
              count < 2 &&
              !(error instanceof ApiError && error.status >= 400 && error.status < 500),
          },
        },
      }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <Shell session={session} />
      </HashRouter>
    </QueryClientProvider>
  );
}

function Shell({ session }: { session: Session }) {
  const { t, locale, setLocale } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const match = matchPage(location.pathname);

  // The client reads language and tenant through refs so it is created once yet always current.
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const tenantRef = useRef<string | null>(storedTenant());

  const api = useMemo(
    () =>
      createApiClient({
        baseUrl: appBasePath(),
        getToken: session.getToken,
        getLanguage: () => localeRef.current,
        getTenant: () => tenantRef.current,
        onUnauthorized: session.login,
      }),
    [session],
  );

  const meQuery = useQuery({
    queryKey: queryKeys.me,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    queryFn: async () => {
      let result: Me;
      try {
        result = await api.get<Me>('/api/me');
      } catch (e) {
        // A remembered municipality the token no longer grants: fall back to the default one.
        if (tenantRef.current && e instanceof ApiError && e.status >= 400 && e.status < 500) {
          tenantRef.current = null;
          storeTenant(null);
          result = await api.get<Me>('/api/me');
        } else {
          throw e;
        }
      }
      if (tenantRef.current && !result.tenants.some((x) => x.id === tenantRef.current)) {
        tenantRef.current = null;
        storeTenant(null);
      }
      // The server leaves out what is null (the operator's municipality): say it once, here.
      return { ...result, tenant: result.tenant ?? null, capabilities: result.capabilities ?? [] };
    },
  });
  const me = meQuery.data ?? null;

  // How many things wait in the inbox, for those whose menu has it; re-read on every page change
  // (a step taken elsewhere in the app changes it); nothing is shown when it cannot be read.
  const inboxOffered = me !== null && offers(pageById('inbox'), me);
  const inbox = useQuery({
    queryKey: queryKeys.inbox,
    enabled: inboxOffered,
    queryFn: () => api.get<unknown>('/api/inbox'),
    retry: false,
  });
  const inboxCount = inboxOffered && Array.isArray(inbox.data) ? inbox.data.length : null;
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.inbox });
  }, [queryClient, location.pathname]);

  const chooseTenant = (id: string) => {
    tenantRef.current = id;
    storeTenant(id);
    // Everything read so far was of the other municipality.
    void queryClient.resetQueries();
  };

  const crumbs = useCrumbs(match, me, api);
  const pageTitle = crumbs[crumbs.length - 1]?.label ?? t('notFound.heading');
  useEffect(() => {
    document.title = t('app.documentTitle', { page: pageTitle });
  }, [t, pageTitle]);

  // On a change of page (not on first load, and not when the organisation page selects another
  // unit or a plan page points at one of its activities) move focus to the new page's heading, so
  // keyboard and screen reader users start reading the new page rather than staying in the menu.
  const pageKey = match
    ? `${match.page.id} ${match.params.planId ?? ''} ${match.params.instrumentId ?? ''}`
    : location.pathname;
  const firstPage = useRef(pageKey);
  useEffect(() => {
    if (pageKey === firstPage.current) return;
    firstPage.current = '';
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pageKey]);

  // An activity's address: its card, scrolled to and focused once the plan shows it.
  useFocusWhenShown(match?.params.activityId ? `activity-${match.params.activityId}` : null);

  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    const heading = document.querySelector<HTMLElement>('main h1');
    (heading ?? document.getElementById('main'))?.focus();
  };

  return (
    <ApiProvider client={api}>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('skip.link')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <p className="product-name">{t('app.name')}</p>
          <div className="who">
            <span className="visually-hidden">{t('header.user.label')} </span>
            <span id="user-name">{me?.displayName ?? session.tokenName ?? ''}</span>
            <span aria-hidden="true" className="separator">
              ·
            </span>
            <span className="visually-hidden">{t('header.tenant.label')}: </span>
            <span id="tenant-name">{me ? (me.tenant?.name ?? t('header.tenant.none')) : ''}</span>
          </div>
          {me && me.tenants.length > 1 && (
            <TenantChooser me={me} current={tenantRef.current} onChoose={chooseTenant} />
          )}
          <div className="header-actions">
            <div className="language" role="group" aria-label={t('header.language.label')}>
              {LOCALES.map((l) => (
                <button
                  key={l}
                  type="button"
                  id={`lang-${l}`}
                  lang={l}
                  className="link-button"
                  aria-pressed={locale === l}
                  onClick={() => setLocale(l)}
                >
                  {t(l === 'sv' ? 'lang.sv' : 'lang.en')}
                </button>
              ))}
            </div>
            <button
              type="button"
              id="logout"
              className="button button-header"
              onClick={session.logout}
            >
              {t('header.logout')}
            </button>
          </div>
        </div>
      </header>

      <div className="app-body">
        {me && <Nav me={me} current={match?.page.id ?? null} inboxCount={inboxCount} />}

        <main id="main" tabIndex={-1}>
          {me ? (
            <>
              <Breadcrumb crumbs={crumbs} />
              <Page
                match={match}
                me={me}
                api={api}
                key={me.tenant?.id ?? '-'}
                onSelectUnit={(id) => navigate(paths.unit(id))}
              />
            </>
          ) : (
            <>
              <PageHeading>{pageTitle}</PageHeading>
              {meQuery.isError ? (
                <>
                  <p>{t('me.error')}</p>
                  <ProblemAlert error={meQuery.error} onRetry={() => void meQuery.refetch()} />
                </>
              ) : (
                <p className="muted" role="status">
                  {t('me.loading')}
                </p>
              )}
            </>
          )}
        </main>
      </div>
    </ApiProvider>
  );
}

/**
 * Home, the page, and what the page shows of its own (a plan and its activity, a unit), each a
 * link but the last. The plan's and the unit's names are read through the query cache.
 */
function useCrumbs(match: PageMatch | null, me: Me | null, api: ApiClient): Crumb[] {
  const { t } = useI18n();
  const planId = match?.page.id === 'plans' ? match.params.planId : undefined;
  const unitId = match?.page.id === 'organisation' ? match.params.unitId : undefined;
  const withTenant = me?.tenant != null;
  const plan = useQuery({
    queryKey: queryKeys.plan(planId ?? ''),
    // the plan's page shares this query: no read behind its forms' back (see WHILE_EDITING)
    ...WHILE_EDITING,
    enabled: withTenant && planId !== undefined,
    queryFn: () => api.get<Plan>(`/api/plans/${encodeURIComponent(planId!)}`),
  });
  const instrumentId = match?.page.id === 'instruments' ? match.params.instrumentId : undefined;
  const instrument = useQuery({
    queryKey: ['instruments', instrumentId ?? ''],
    enabled: withTenant && instrumentId !== undefined,
    queryFn: () => api.get<Instrument>(`/api/instruments/${encodeURIComponent(instrumentId!)}`),
  });
  const unit = useQuery({
    queryKey: queryKeys.unit(unitId ?? ''),
    enabled: withTenant && unitId !== undefined,
    queryFn: () => api.get<{ name: string }>(`/api/units/${encodeURIComponent(unitId!)}`),
  });
  if (!match) return [{ label: t('nav.overview'), to: '/' }, { label: t('notFound.heading') }];
  const crumbs: Crumb[] = [{ label: t('nav.overview'), to: '/' }];
  if (match.page.id !== 'overview')
    crumbs.push({ label: t(match.page.label), to: match.page.path });
  if (planId !== undefined && plan.data) {
    crumbs.push({ label: plan.data.title, to: paths.plan(planId) });
    const activityId = match.params.activityId;
    const activity = plan.data.activities?.find((a) => a.id === activityId);
    if (activityId !== undefined) {
      crumbs.push({ label: activity?.title ?? t('nav.activity') });
    }
  }
  if (unitId !== undefined && unit.data) crumbs.push({ label: unit.data.name });
  if (instrumentId !== undefined && instrument.data) crumbs.push({ label: instrument.data.name });
  return crumbs;
}

/** Scrolls to and focuses the element with this id as soon as it is in the page. */
function useFocusWhenShown(id: string | null) {
  useEffect(() => {
    if (!id) return;
    const show = () => {
      const element = document.getElementById(id);
      if (!element) return false;
      element.scrollIntoView?.({ block: 'center' });
      element.focus();
      return true;
    };
    if (show()) return;
    const observer = new MutationObserver(() => {
      if (show()) observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 15000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [id]);
}

function Page({
  match,
  me,
  api,
  onSelectUnit,
}: {
  match: PageMatch | null;
  me: Me;
  api: ApiClient;
  onSelectUnit: (id: string) => void;
}) {
  const { t } = useI18n();
  if (!match) return <NotFound />;
  const { page, params } = match;
  // A page of one municipality's data, for someone acting for none (the operator by a typed
  // address): say so, rather than let the page look for a municipality that is not there.
  if (page.municipality && !me.tenant) {
    return (
      <>
        <PageHeading>{t(page.label)}</PageHeading>
        <p className="notice" id="municipality-only">
          {t('nav.municipalityOnly')}
        </p>
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </>
    );
  }
  switch (page.id) {
    case 'overview':
      return <Overview me={me} api={api} />;
    case 'organisation':
      return (
        <Organisation
          api={api}
          me={me}
          unitId={params.unitId ?? null}
          onSelectUnit={onSelectUnit}
        />
      );
    case 'people':
      return <People api={api} me={me} />;
    case 'imports':
      return <Imports api={api} me={me} />;
    case 'notes':
      return <Notes api={api} tenant={me.tenant} />;
    case 'strategy':
      return <StrategyPage api={api} me={me} />;
    case 'roles':
      return <RolesPage api={api} me={me} />;
    case 'plans':
      return <PlansPage api={api} me={me} planId={params.planId ?? null} />;
    case 'inbox':
      return <InboxPage api={api} me={me} />;
    case 'progress':
      return <ProgressPage api={api} me={me} />;
    case 'cycle':
      return <CyclePage api={api} me={me} />;
    case 'competence':
      return <Placeholder heading="nav.competence" text="competence.text" />;
    case 'instruments':
      return <InstrumentsPage me={me} instrumentId={params.instrumentId ?? null} />;
    case 'reports':
      return <Placeholder heading="nav.reports" text="reports.text" />;
    case 'tenants':
      return <Tenants api={api} me={me} />;
  }
}

function TenantChooser({
  me,
  current,
  onChoose,
}: {
  me: Me;
  current: string | null;
  onChoose: (id: string) => void;
}) {
  const { t } = useI18n();
  const [selected, setSelected] = useState(current ?? me.tenant?.id ?? me.tenants[0]?.id ?? '');
  // A form with a button rather than switching on change, so moving through the list with the
  // keyboard does not reload the page under the user (WCAG 3.2.2).
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected) onChoose(selected);
  };
  return (
    <form className="tenant-chooser" onSubmit={submit}>
      <label htmlFor="tenant-select">{t('header.tenant.choose')}</label>
      <select id="tenant-select" value={selected} onChange={(e) => setSelected(e.target.value)}>
        {me.tenants.map((tenant) => (
          <option key={tenant.id} value={tenant.id}>
            {tenant.name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-header" id="tenant-apply">
        {t('header.tenant.apply')}
      </button>
    </form>
  );
}
