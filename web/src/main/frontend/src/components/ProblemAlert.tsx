import type { MouseEvent } from 'react';
import { ApiError, fieldName } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import { supportReference } from '../i18n/problems';
import { focusById } from './focus';

interface Props {
  error: unknown;
  /** Shown instead of the server's title, e.g. for a conflict the page explains itself. */
  title?: string;
  detail?: string;
  /** Field name -> id of its input: field errors for these become links to the field. */
  fieldIds?: Record<string, string>;
  /** Field-level messages found by client-side validation, keyed like fieldIds. */
  fieldMessages?: Record<string, string>;
  onRetry?: () => void;
}

/**
 * An RFC 9457 problem (or a failure that never reached the server) as an alert: the title and
 * detail, then each field error, linking to the field when the form has it.
 */
export function ProblemAlert({ error, title, detail, fieldIds, fieldMessages, onRetry }: Props) {
  const { t } = useI18n();
  const apiError = error instanceof ApiError ? error : null;

  const fallback = (() => {
    if (!apiError) return { title: t('error.generic.title'), detail: t('error.generic.detail') };
    if (apiError.isNetworkError)
      return { title: t('error.generic.title'), detail: t('error.network') };
    if (apiError.status === 403) return { title: t('error.forbidden'), detail: undefined };
    if (apiError.status === 404) return { title: t('error.notFound'), detail: undefined };
    return { title: t('error.generic.title'), detail: t('error.generic.detail') };
  })();

  const shownTitle = title ?? apiError?.title ?? fallback.title;
  const shownDetail = detail ?? apiError?.detail ?? (apiError?.title ? undefined : fallback.detail);

  const items = fieldMessages
    ? Object.entries(fieldMessages).map(([field, message]) => ({ field, message }))
    : (apiError?.errors ?? []).map((e) => ({ field: fieldName(e.field), message: e.message }));

  // A fault asks the user to quote this to support; the server logs it with the fault.
  const reference =
    apiError && apiError.status >= 500 ? supportReference(apiError.instance) : undefined;

  const jump = (id: string) => (event: MouseEvent) => {
    event.preventDefault();
    focusById(id);
  };

  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{shownTitle}</p>
      {shownDetail && <p>{shownDetail}</p>}
      {reference && <p className="problem-reference">{t('problem.reference', { reference })}</p>}
      {items.length > 0 && (
        <ul className="alert-list">
          {items.map(({ field, message }, index) => {
            const id = fieldIds?.[field];
            return (
              <li key={`${field}-${index}`}>
                {id ? (
                  <a href={`#${id}`} onClick={jump(id)}>
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            );
          })}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
