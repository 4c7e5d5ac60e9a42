import { Link } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';

export interface Crumb {
  label: string;
  /** The address (after '#'); none for the current page, which is the last crumb. */
  to?: string;
}

/** Where the page lies: home › page › the plan or unit it shows. Nothing on the home page. */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  const { t } = useI18n();
  if (crumbs.length < 2) return null;
  return (
    <nav className="breadcrumb" aria-label={t('nav.breadcrumb')}>
      <ol>
        {crumbs.map((c, i) => (
          <li key={i}>
            {i === crumbs.length - 1 || !c.to ? (
              <span aria-current={i === crumbs.length - 1 ? 'page' : undefined}>{c.label}</span>
            ) : (
              <Link to={c.to}>{c.label}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
