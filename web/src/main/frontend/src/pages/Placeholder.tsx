import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

/** A module that is planned but not built yet: says plainly what will come here. */
export function Placeholder({ heading, text }: { heading: MessageKey; text: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t(heading)}</PageHeading>
      <p className="notice">{t('placeholder.notYet')}</p>
      <p className="lead">{t(text)}</p>
    </>
  );
}
