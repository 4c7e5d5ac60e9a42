import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { ApiError, fieldName } from '../api/client';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/messages';
import { Field, fieldErrors } from './Field';
import { PersonPicker, type PeopleSearch } from './PersonPicker';
import { ProblemAlert } from './ProblemAlert';
import { focusById } from './focus';

export interface FieldSpec {
  name: string;
  label: MessageKey;
  /** The label already in words, e.g. naming the tenant's data ("Rating: Nanolärande"). */
  labelText?: string;
  type: 'text' | 'textarea' | 'date' | 'number' | 'email' | 'password' | 'select' | 'person';
  required?: boolean;
  max?: number;
  hint?: MessageKey;
  /**
   * A select's choices: a label already in the user's language (it may be the tenant's data), or
   * a message key.
   */
  options?: { value: string; label?: string; labelKey?: MessageKey }[];
  /** What a non-empty text value must look like, and what to say when it does not. */
  pattern?: { regex: RegExp; message: MessageKey };
  /** Shown (and checked, and sent) only when this holds for the form's current values. */
  showIf?: (values: Values) => boolean;
  /** A person field's search, and what it shows at first (the name of the person it holds). */
  person?: { search: PeopleSearch; initialText?: string; showUsername?: boolean };
}

export type Values = Record<string, string>;

interface Props {
  /** Prefix of every id in the form, e.g. 'strategy-form'. */
  id: string;
  heading: string;
  fields: FieldSpec[];
  initial: Values;
  submitLabel: MessageKey;
  /** Checks across fields (e.g. an end before the start), after the per-field checks pass. */
  validate?: (values: Values) => Record<string, string>;
  /** Resolves when saved; rejects with the error to show next to the fields. */
  onSubmit: (values: Values) => Promise<void>;
  onCancel: () => void;
  /** More inputs (e.g. framework checkboxes) between the fields and the buttons. */
  children?: ReactNode;
}

/**
 * A form of labelled fields with the same behaviour everywhere: required fields, lengths and
 * patterns are checked before anything is sent, server field errors (problem+json errors[]) land
 * next to their field, and focus goes to the first field in error.
 */
export function FormPanel({
  id,
  heading,
  fields: allFields,
  initial,
  submitLabel,
  validate,
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

  const serverFieldErrors = fieldErrors(serverError);

  function check(): Record<string, string> {
    const errors: Record<string, string> = {};
    for (const f of fields) {
      const value = (values[f.name] ?? '').trim();
      if (f.required && value === '') {
        errors[f.name] = t('form.validation.required', { field: f.labelText ?? t(f.label) });
      } else if (f.max && value.length > f.max) {
        errors[f.name] = t('form.validation.tooLong', {
          field: f.labelText ?? t(f.label),
          max: f.max,
          length: value.length,
        });
      } else if (f.type === 'date' && value !== '' && !isCalendarDate(value)) {
        errors[f.name] = t('form.validation.date', { field: f.labelText ?? t(f.label) });
      } else if (f.pattern && value !== '' && !f.pattern.regex.test(value)) {
        errors[f.name] = t(f.pattern.message, { field: t(f.label) });
      }
    }
    return Object.keys(errors).length > 0 ? errors : (validate?.(values) ?? {});
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const errors = check();
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
        return (
          <Field
            key={f.name}
            id={fieldId}
            label={f.labelText ?? t(f.label)}
            hint={f.hint ? t(f.hint, { max: f.max ?? '' }) : undefined}
            error={error}
          >
            {(describedBy) => {
              const common = {
                id: fieldId,
                name: f.name,
                value: values[f.name] ?? '',
                'aria-invalid': error ? true : undefined,
                'aria-describedby': describedBy,
                'aria-required': f.required ? true : undefined,
                onChange: (e: { target: { value: string } }) =>
                  setValues((v) => ({ ...v, [f.name]: e.target.value })),
              };
              if (f.type === 'textarea') return <textarea rows={5} {...common} />;
              if (f.type === 'person' && f.person)
                return (
                  <PersonPicker
                    id={fieldId}
                    value={values[f.name] ?? ''}
                    initialText={f.person.initialText}
                    onChange={(v) => setValues((old) => ({ ...old, [f.name]: v }))}
                    search={f.person.search}
                    describedBy={describedBy}
                    invalid={!!error}
                    required={f.required}
                    showUsername={f.person.showUsername}
                  />
                );
              if (f.type === 'select')
                return (
                  <select {...common}>
                    {(f.options ?? []).map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.labelKey ? t(o.labelKey) : o.label}
                      </option>
                    ))}
                  </select>
                );
              return (
                <input
                  type={f.type}
                  autoComplete="off"
                  step={f.type === 'number' ? 'any' : undefined}
                  // A four-digit year: without a max, browsers take a six-digit one (202612-01).
                  max={f.type === 'date' ? '9999-12-31' : undefined}
                  {...common}
                />
              );
            }}
          </Field>
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
          {saving ? t('form.saving') : t(submitLabel)}
        </button>
        <button
          type="button"
          className="button button-secondary"
          id={`${id}-cancel`}
          onClick={onCancel}
        >
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A day as the API takes it: YYYY-MM-DD with a four-digit year, and a day the calendar has. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
