import type { Me } from '../api/types';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nProvider';
import { isMessageKey } from '../i18n/messages';

export function Overview({ me }: { me: Me }) {
  const { t } = useI18n();
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

      <section aria-labelledby="about-heading" className="panel">
        <h2 id="about-heading">{t('overview.about.heading')}</h2>
        <dl className="facts">
          <dt>{t('overview.displayName')}</dt>
          <dd>{me.displayName}</dd>
          <dt>{t('overview.username')}</dt>
          <dd>{me.username}</dd>
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
