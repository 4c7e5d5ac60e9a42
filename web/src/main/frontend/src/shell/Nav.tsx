import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { Me } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { menuOf, type PageDef, type PageId } from './pages';

/**
 * The main menu: the home page, then the pages grouped by task (each group a labelled list), only
 * those the caller's capabilities let them use. A side navigation on wide screens (it grows down,
 * not across, with more modules); behind a disclosure button ("Meny") on narrow ones.
 */
export function Nav({
  me,
  current,
  inboxCount,
}: {
  me: Me;
  current: PageId | null;
  inboxCount: number | null;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { pathname } = useLocation();
  // Choosing a page closes the menu on a narrow screen.
  useEffect(() => setOpen(false), [pathname]);
  const menu = menuOf(me);

  const link = (page: PageDef) => (
    <li key={page.id}>
      <Link
        to={page.path}
        id={`nav-${page.id}`}
        aria-current={current === page.id ? 'page' : undefined}
      >
        {t(page.label)}
        {page.id === 'inbox' && inboxCount !== null && inboxCount > 0 && (
          <>
            {' '}
            <span className="nav-count" id="inbox-count">
              {inboxCount}
              <span className="visually-hidden"> {t('inbox.count')}</span>
            </span>
          </>
        )}
      </Link>
    </li>
  );

  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <button
        type="button"
        className="nav-toggle"
        id="nav-toggle"
        aria-expanded={open}
        aria-controls="nav-menu"
        onClick={() => setOpen((o) => !o)}
      >
        {t('nav.menu')}
      </button>
      <div id="nav-menu" className={open ? 'nav-menu nav-menu-open' : 'nav-menu'}>
        <ul className="nav-list">{menu.home.map(link)}</ul>
        {menu.groups.map((g) => (
          <div className="nav-group" key={g.id}>
            <p className="nav-group-label" id={`nav-group-${g.id}`}>
              {t(g.label)}
            </p>
            <ul className="nav-list" aria-labelledby={`nav-group-${g.id}`}>
              {g.pages.map(link)}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
