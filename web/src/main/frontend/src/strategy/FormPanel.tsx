import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError, fieldName } from '../api/client';
import { ProblemAlert } from '../components/ProblemAlert';
import { focusById } from '../components/focus';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';

export interface FieldSpec {
  name: string;
  label: MessageKey;
  type: 'text' | 'textarea' | 'date' | 'number' | 'email' | 'password' | 'select';
  required?: boolean;
  max?: number;
  hint?: MessageKey;
  /** Checked before sending: a value that does not match shows {@link patternMessage}. */
  pattern?: RegExp;
  patternMessage?: MessageKey;
  /** The choices of a 'select'. */
  options?: { value: string; label: MessageKey }[];
  /** Shown (and checked) only when this holds for the form's current values. */
  showIf?: (values: Values) => boolean;
}

export type Values = Record<string, string>;

interface Props {
  /** Prefix of every id in the form, e.g. 'strategy-form'. */
  id: string;
  heading: string;
  fields: FieldSpec[];
  initial: Values;
  submitLabel: MessageKey;
  /** Resolves when saved; rejects with the error to show next to the fields. */
  onSubmit: (values: Values) => Promise<void>;
  onCancel: () => void;
  /** More inputs (e.g. framework checkboxes) between the fields and the buttons. */
  children?: ReactNode;
}

/**
 * A form of labelled fields with the same behaviour everywhere: required fields and lengths are
 * checked before anything is sent, server field errors (problem+json errors[]) land next to their
 * field, and focus goes to the first field in error.
 */
export function FormPanel({
  id,
  heading,
  fields: allFields,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: Props) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(initial);
  const fields = allFields.filter((f) => !f.showIf || f.showIf(values));
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const fieldIds = Object.fromEntries(fields.map((f) => [f.name, `${id}-${f.name}`]));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const serverFieldErrors: Record<string, string> = {};
  if (serverError instanceof ApiError) {
    for (const e of serverError.errors) {
      const name = fieldName(e.field);
      serverFieldErrors[name] = serverFieldErrors[name]
        ? `${serverFieldErrors[name]} ${e.message}`
        : e.message;
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const errors: Record<string, string> = {};
    for (const f of fields) {
      const value = (values[f.name] ?? '').trim();
      if (f.required && value === '') {
        errors[f.name] = t('strategy.validation.required', { field: t(f.label) });
      } else if (f.max && value.length > f.max) {
        errors[f.name] = t('strategy.validation.tooLong', {
          field: t(f.label),
          max: f.max,
          length: value.length,
        });
      } else if (f.pattern && value !== '' && !f.pattern.test(value)) {
        errors[f.name] = t(f.patternMessage ?? 'validation.format', { field: t(f.label) });
      }
    }
    setClientErrors(errors);
    setServerError(null);
    const first = fields.find((f) => errors[f.name]);
    if (first) {
      focusById(fieldIds[first.name]!);
      return;
    }
    setSaving(true);
    try {
      // Fields hidden by showIf are not sent.
      const hidden = new Set(allFields.filter((f) => !fields.includes(f)).map((f) => f.name));
      await onSubmit(Object.fromEntries(Object.entries(values).filter(([k]) => !hidden.has(k))));
    } catch (e) {
      setServerError(e);
      setSaving(false);
      const invalid = fields.find(
        (f) => e instanceof ApiError && e.errors.some((fe) => fieldName(fe.field) === f.name),
      );
      if (invalid) focusById(fieldIds[invalid.name]!);
    }
  }

  const hasClientErrors = Object.keys(clientErrors).length > 0;
  const headingId = `${id}-heading`;

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby={headingId} id={id}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {hasClientErrors && (
        <ProblemAlert
          error={null}
          title={t('validation.heading')}
          detail=""
          fieldIds={fieldIds}
          fieldMessages={clientErrors}
        />
      )}
      {!hasClientErrors && serverError != null && (
        <ProblemAlert error={serverError} fieldIds={fieldIds} />
      )}
      {fields.map((f) => {
        const fieldId = fieldIds[f.name]!;
        const error = clientErrors[f.name] ?? serverFieldErrors[f.name];
        const hintId = `${fieldId}-hint`;
        const errorId = `${fieldId}-error`;
        const describedBy = [f.hint ? hintId : null, error ? errorId : null]
          .filter(Boolean)
          .join(' ');
        const common = {
          id: fieldId,
          name: f.name,
          value: values[f.name] ?? '',
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy || undefined,
          'aria-required': f.required ? true : undefined,
          onChange: (e: { target: { value: string } }) =>
            setValues((v) => ({ ...v, [f.name]: e.target.value })),
        };
        return (
          <div key={f.name} className={`field${error ? ' field-invalid' : ''}`}>
            <label htmlFor={fieldId}>{t(f.label)}</label>
            {f.hint && (
              <p className="hint" id={hintId}>
                {t(f.hint, { max: f.max ?? '' })}
              </p>
            )}
            {error && (
              <p className="field-error" id={errorId}>
                {error}
              </p>
            )}
            {f.type === 'textarea' ? (
              <textarea rows={5} {...common} />
            ) : f.type === 'select' ? (
              <select {...common}>
                {(f.options ?? []).map((o) => (
                  <option key={o.value} value={o.value}>
                    {t(o.label)}
                  </option>
                ))}
              </select>
            ) : (
              <input
                type={f.type}
                autoComplete="off"
                step={f.type === 'number' ? 'any' : undefined}
                {...common}
              />
            )}
          </div>
        );
      })}
      {children}
      <div className="actions">
        <button
          type="submit"
          className="button"
          id={`${id}-save`}
          aria-disabled={saving || undefined}
        >
          {saving ? t('strategy.saving') : t(submitLabel)}
        </button>
        <button
          type="button"
          className="button button-secondary"
          id={`${id}-cancel`}
          onClick={onCancel}
        >
          {t('strategy.cancel')}
        </button>
      </div>
    </form>
  );
}
