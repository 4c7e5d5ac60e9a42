import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { FormEvent, MouseEvent } from 'react';
import { ApiError, createApiClient } from './api/client';
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
import { CyclePage } from './plans/CyclePage';
import { InboxPage } from './plans/Inbox';
import { PlansPage } from './plans/PlansPage';
import { ProgressPage } from './plans/ProgressPage';
import { ROUTES, href, subPath, useHashRoute, type Route } from './router';

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
  const { t, locale, setLocale } = useI18n();
  const { path, route } = useHashRoute();

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

  const [me, setMe] = useState<Me | null>(null);
  const [meError, setMeError] = useState<unknown>(null);

  const loadMe = useCallback(async () => {
    setMeError(null);
    try {
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
      setMe(result);
    } catch (e) {
      setMeError(e);
    }
  }, [api]);

  useEffect(() => {
    void loadMe();
  }, [loadMe]);

  // How many things wait in the inbox, re-read on every page change (a step taken elsewhere in
  // the app changes it); nothing is shown when it cannot be read.
  const [inboxCount, setInboxCount] = useState<number | null>(null);
  const tenantId = me?.tenant?.id ?? null;
  useEffect(() => {
    if (!tenantId) {
      setInboxCount(null);
      return;
    }
    let live = true;
    api
      .get<unknown>('/api/inbox')
      .then((items) => {
        if (live) setInboxCount(Array.isArray(items) ? items.length : null);
      })
      .catch(() => {
        if (live) setInboxCount(null);
      });
    return () => {
      live = false;
    };
  }, [api, tenantId, path]);

  const chooseTenant = (id: string) => {
    tenantRef.current = id;
    storeTenant(id);
    setMe(null);
    void loadMe();
  };

  // Page title per route and language.
  const pageLabel = route ? t(route.label) : t('notFound.heading');
  useEffect(() => {
    document.title = t('app.documentTitle', { page: pageLabel });
  }, [t, pageLabel]);

  // On a route change (not on first load) move focus to the new page's heading, so keyboard and
  // screen reader users start reading the new page rather than staying in the menu.
  const firstPath = useRef(path);
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [path]);

  const skipToMain = (event: MouseEvent) => {
    event.preventDefault();
    const heading = document.querySelector<HTMLElement>('main h1');
    (heading ?? document.getElementById('main'))?.focus();
  };

  return (
    <>
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

      <nav className="site-nav" aria-label={t('nav.label')}>
        <ul>
          {ROUTES.filter((r) => !r.roleLevel || me?.roleLevels.includes(r.roleLevel)).map((r) => (
            <li key={r.id}>
              <a
                href={href(r)}
                id={`nav-${r.id}`}
                aria-current={route?.id === r.id ? 'page' : undefined}
              >
                {t(r.label)}
                {r.id === 'inbox' && inboxCount !== null && inboxCount > 0 && (
                  <>
                    {' '}
                    <span className="nav-count" id="inbox-count">
                      {inboxCount}
                      <span className="visually-hidden"> {t('inbox.count')}</span>
                    </span>
                  </>
                )}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <main id="main" tabIndex={-1}>
        {me ? (
          <Page route={route} path={path} me={me} api={api} key={me.tenant?.id ?? '-'} />
        ) : (
          <>
            <PageHeading>{pageLabel}</PageHeading>
            {meError != null ? (
              <>
                <p>{t('me.error')}</p>
                <ProblemAlert error={meError} onRetry={() => void loadMe()} />
              </>
            ) : (
              <p className="muted" role="status">
                {t('me.loading')}
              </p>
            )}
          </>
        )}
      </main>
    </>
  );
}

function Page({
  route,
  path,
  me,
  api,
}: {
  route: Route | null;
  path: string;
  me: Me;
  api: ReturnType<typeof createApiClient>;
}) {
  switch (route?.id) {
    case 'overview':
      return <Overview me={me} api={api} />;
    case 'organisation':
      return <Organisation api={api} me={me} />;
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
      return <PlansPage api={api} me={me} planId={subPath(route, path)} />;
    case 'inbox':
      return <InboxPage api={api} me={me} />;
    case 'progress':
      return <ProgressPage api={api} me={me} />;
    case 'cycle':
      return <CyclePage api={api} me={me} />;
    case 'competence':
      return <Placeholder heading="nav.competence" text="competence.text" />;
    case 'reports':
      return <Placeholder heading="nav.reports" text="reports.text" />;
    case 'tenants':
      return <Tenants api={api} me={me} />;
    default:
      return <NotFound />;
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
