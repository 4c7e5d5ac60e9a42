import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nProvider';

export function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t('notFound.heading')}</PageHeading>
      <p>{t('notFound.text')}</p>
      <p>
        <a href="#/">{t('notFound.home')}</a>
      </p>
    </>
  );
}
