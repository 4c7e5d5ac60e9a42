import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ApiError, fieldName } from '../api/client';
import type { NoteInput } from '../api/types';
import { ProblemAlert } from '../components/ProblemAlert';
import { focusById } from '../components/focus';
import { useI18n } from '../i18n/I18nProvider';
import { BODY_MAX, TITLE_MAX, validateNote, type NoteField } from './validation';

const FIELD_IDS: Record<NoteField, string> = { title: 'note-title', body: 'note-body' };

interface Props {
  mode: 'create' | 'edit';
  initial: NoteInput;
  /** Resolves when saved; rejects with the error to show (the form stays open). */
  onSubmit: (input: NoteInput) => Promise<void>;
  onCancel: () => void;
}

export function NoteForm({ mode, initial, onSubmit, onCancel }: Props) {
  const { t, formatNumber } = useI18n();
  const [values, setValues] = useState<NoteInput>(initial);
  const [clientErrors, setClientErrors] = useState<Partial<Record<NoteField, string>>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const serverFieldErrors: Partial<Record<string, string>> = {};
  if (serverError instanceof ApiError) {
    for (const e of serverError.errors) {
      const name = fieldName(e.field);
      serverFieldErrors[name] = serverFieldErrors[name]
        ? `${serverFieldErrors[name]} ${e.message}`
        : e.message;
    }
  }
  const errorFor = (field: NoteField) => clientErrors[field] ?? serverFieldErrors[field];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const found = validateNote(values);
    const messages: Partial<Record<NoteField, string>> = {};
    for (const [field, error] of Object.entries(found) as [
      NoteField,
      (typeof found)[NoteField],
    ][]) {
      if (error) messages[field] = t(error.key, error.params);
    }
    setClientErrors(messages);
    setServerError(null);
    const firstInvalid = (['title', 'body'] as const).find((f) => messages[f]);
    if (firstInvalid) {
      focusById(FIELD_IDS[firstInvalid]);
      return;
    }
    setSaving(true);
    try {
      await onSubmit({ title: values.title.trim(), body: values.body });
    } catch (e) {
      setServerError(e);
      setSaving(false);
      const invalid = (['title', 'body'] as const).find(
        (f) => e instanceof ApiError && e.errors.some((fe) => fieldName(fe.field) === f),
      );
      if (invalid) focusById(FIELD_IDS[invalid]);
    }
  }

  const field = (name: NoteField) => {
    const error = errorFor(name);
    const hintId = `${FIELD_IDS[name]}-hint`;
    const errorId = `${FIELD_IDS[name]}-error`;
    return {
      id: FIELD_IDS[name],
      name,
      value: values[name],
      onChange: (e: { target: { value: string } }) =>
        setValues((v) => ({ ...v, [name]: e.target.value })),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${hintId} ${errorId}` : hintId,
      error,
      hintId,
      errorId,
    };
  };
  const title = field('title');
  const body = field('body');
  const hasClientErrors = Object.keys(clientErrors).length > 0;

  return (
    <form
      className="panel note-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="note-form-heading"
    >
      <h2 id="note-form-heading" ref={headingRef} tabIndex={-1}>
        {mode === 'create' ? t('notes.form.createHeading') : t('notes.form.editHeading')}
      </h2>

      {hasClientErrors && (
        <ProblemAlert
          error={null}
          title={t('validation.heading')}
          detail=""
          fieldIds={FIELD_IDS}
          fieldMessages={clientErrors as Record<string, string>}
        />
      )}
      {!hasClientErrors && serverError != null && (
        <ProblemAlert error={serverError} fieldIds={FIELD_IDS} />
      )}

      <div className={`field${title.error ? ' field-invalid' : ''}`}>
        <label htmlFor={title.id}>{t('notes.field.title')}</label>
        <p className="hint" id={title.hintId}>
          {t('notes.field.title.hint', { max: TITLE_MAX })}
        </p>
        {title.error && (
          <p className="field-error" id={title.errorId}>
            {title.error}
          </p>
        )}
        <input
          id={title.id}
          name={title.name}
          type="text"
          autoComplete="off"
          aria-required="true"
          aria-invalid={title['aria-invalid']}
          aria-describedby={title['aria-describedby']}
          value={title.value}
          onChange={title.onChange}
        />
      </div>

      <div className={`field${body.error ? ' field-invalid' : ''}`}>
        <label htmlFor={body.id}>{t('notes.field.body')}</label>
        <p className="hint" id={body.hintId}>
          {t('notes.field.body.hint', { max: formatNumber(BODY_MAX) })}
        </p>
        {body.error && (
          <p className="field-error" id={body.errorId}>
            {body.error}
          </p>
        )}
        <textarea
          id={body.id}
          name={body.name}
          rows={8}
          aria-invalid={body['aria-invalid']}
          aria-describedby={body['aria-describedby']}
          value={body.value}
          onChange={body.onChange}
        />
      </div>

      <div className="actions">
        <button type="submit" className="button" id="note-save" aria-disabled={saving || undefined}>
          {saving ? t('notes.saving') : t('notes.save')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          id="note-cancel"
          onClick={onCancel}
        >
          {t('notes.cancel')}
        </button>
      </div>
    </form>
  );
}
