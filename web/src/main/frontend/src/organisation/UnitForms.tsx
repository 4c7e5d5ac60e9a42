import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { Unit, UnitType } from '../api/types';
import { Field, fieldErrors } from '../components/Field';
import { ProblemAlert } from '../components/ProblemAlert';
import { focusById } from '../components/focus';
import { useI18n } from '../i18n/I18nProvider';
import { isMessageKey } from '../i18n/messages';
import {
  COMMON_SCHOOL_FORMS,
  NAME_MAX,
  UNIT_TYPES,
  hasSchoolUnitCode,
  servesSchoolForms,
} from './tree';

type Errors = Record<string, string>;

/** Field name (as the API names it) -> id of its input, so error links and focus find it. */
const FIELD_IDS: Record<string, string> = {
  type: 'unit-type',
  name: 'unit-name',
  parentId: 'unit-parent',
  schoolUnitCode: 'unit-code',
  schoolForms: `unit-form-${COMMON_SCHOOL_FORMS[0]}`,
  closedOn: 'unit-closed-on',
};
const FIELD_ORDER = Object.keys(FIELD_IDS);

/**
 * The frame every unit form shares: heading that takes focus, client and server errors (linked to
 * their fields), save and cancel. `validate` returns client-side errors; `submit` saves and rejects
 * with the API's error, which is then shown next to the fields it names.
 */
function UnitFormFrame({
  id,
  heading,
  hint,
  validate,
  submit,
  onCancel,
  children,
}: {
  id: string;
  heading: string;
  hint?: string;
  validate: () => Errors;
  submit: () => Promise<void>;
  onCancel: () => void;
  children: (errorFor: (field: string) => string | undefined) => ReactNode;
}) {
  const { t } = useI18n();
  const [clientErrors, setClientErrors] = useState<Errors>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const fromServer = fieldErrors(serverError);
  const errorFor = (field: string) => clientErrors[field] ?? fromServer[field];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const found = validate();
    setClientErrors(found);
    setServerError(null);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first) {
      focusById(FIELD_IDS[first]!);
      return;
    }
    setSaving(true);
    try {
      await submit();
    } catch (e) {
      setServerError(e);
      setSaving(false);
      const invalid = FIELD_ORDER.find((f) => fieldErrors(e)[f]);
      if (invalid) focusById(FIELD_IDS[invalid]!);
    }
  }

  const hasClientErrors = Object.keys(clientErrors).length > 0;
  return (
    <form
      className="panel unit-form"
      id={id}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      {hint && <p className="hint">{hint}</p>}
      {hasClientErrors && (
        <ProblemAlert
          error={null}
          title={t('validation.heading')}
          detail=""
          fieldIds={FIELD_IDS}
          fieldMessages={clientErrors}
        />
      )}
      {!hasClientErrors && serverError != null && (
        <ProblemAlert error={serverError} fieldIds={FIELD_IDS} />
      )}
      {children(errorFor)}
      <div className="actions">
        <button type="submit" className="button" id="unit-save" aria-disabled={saving || undefined}>
          {saving ? t('org.saving') : t('org.save')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          id="unit-cancel"
          onClick={onCancel}
        >
          {t('org.cancel')}
        </button>
      </div>
    </form>
  );
}

export interface UnitInput {
  type: UnitType;
  name: string;
  parentId: string | null;
  schoolUnitCode: string | null;
  schoolForms: string[];
}

/** Creates a unit (under a chosen parent) or edits one's name, code and school forms. */
export function UnitForm({
  mode,
  unit,
  parents,
  initialParentId,
  onSubmit,
  onCancel,
}: {
  mode: 'create' | 'edit';
  unit?: Unit;
  /** Open units a new one can go under; empty when the tree has no units yet. */
  parents: Unit[];
  initialParentId?: string | null;
  onSubmit: (input: UnitInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [type, setType] = useState<UnitType>(
    unit?.type ?? (parents.length === 0 ? 'ADMINISTRATION' : 'SCHOOL_UNIT'),
  );
  const [name, setName] = useState(unit?.name ?? '');
  const [parentId, setParentId] = useState(initialParentId ?? '');
  const [code, setCode] = useState(unit?.schoolUnitCode ?? '');
  const [forms, setForms] = useState<string[]>(unit?.schoolForms ?? []);
  const offered = [
    ...COMMON_SCHOOL_FORMS,
    ...forms.filter((f) => !COMMON_SCHOOL_FORMS.includes(f as never)),
  ];
  const parentName = parents.find((p) => p.id === initialParentId)?.name;

  function validate(): Errors {
    const errors: Errors = {};
    const trimmed = name.trim();
    if (!trimmed) errors.name = t('org.validation.name.required');
    else if (trimmed.length > NAME_MAX)
      errors.name = t('org.validation.name.tooLong', { max: NAME_MAX, length: trimmed.length });
    if (mode === 'create' && parents.length > 0 && !parentId)
      errors.parentId = t('org.validation.parent.required');
    if (hasSchoolUnitCode(type) && code.trim() && !/^\d{8}$/.test(code.trim()))
      errors.schoolUnitCode = t('org.validation.code');
    return errors;
  }

  const submit = () =>
    onSubmit({
      type,
      name: name.trim(),
      parentId: parentId || null,
      schoolUnitCode: hasSchoolUnitCode(type) && code.trim() ? code.trim() : null,
      schoolForms: servesSchoolForms(type) ? forms : [],
    });

  const schoolTypeName = (code: string) => {
    const key = `schoolType.${code}`;
    return isMessageKey(key) ? `${t(key)} (${code})` : code;
  };

  return (
    <UnitFormFrame
      id="unit-form"
      heading={
        mode === 'edit'
          ? t('org.form.editHeading', { name: unit!.name })
          : parentName
            ? t('org.form.createUnder', { parent: parentName })
            : t('org.form.createHeading')
      }
      validate={validate}
      submit={submit}
      onCancel={onCancel}
    >
      {(errorFor) => (
        <>
          {mode === 'create' && (
            <Field id="unit-type" label={t('org.field.type')} error={errorFor('type')}>
              {(describedBy) => (
                <select
                  id="unit-type"
                  value={type}
                  aria-describedby={describedBy}
                  aria-invalid={errorFor('type') ? true : undefined}
                  onChange={(e) => setType(e.target.value as UnitType)}
                >
                  {UNIT_TYPES.map((ut) => (
                    <option key={ut} value={ut}>
                      {t(`unitType.${ut}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {mode === 'create' && parents.length > 0 && (
            <Field id="unit-parent" label={t('org.field.parent')} error={errorFor('parentId')}>
              {(describedBy) => (
                <select
                  id="unit-parent"
                  value={parentId}
                  aria-required="true"
                  aria-describedby={describedBy}
                  aria-invalid={errorFor('parentId') ? true : undefined}
                  onChange={(e) => setParentId(e.target.value)}
                >
                  <option value="">{t('org.form.choose')}</option>
                  {parents.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field
            id="unit-name"
            label={t('org.field.name')}
            hint={t('org.field.name.hint', { max: NAME_MAX })}
            error={errorFor('name')}
          >
            {(describedBy) => (
              <input
                id="unit-name"
                type="text"
                autoComplete="off"
                aria-required="true"
                aria-describedby={describedBy}
                aria-invalid={errorFor('name') ? true : undefined}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          {hasSchoolUnitCode(type) && (
            <Field
              id="unit-code"
              label={t('org.field.schoolUnitCode')}
              hint={t('org.field.schoolUnitCode.hint')}
              error={errorFor('schoolUnitCode')}
            >
              {(describedBy) => (
                <input
                  id="unit-code"
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  aria-describedby={describedBy}
                  aria-invalid={errorFor('schoolUnitCode') ? true : undefined}
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                />
              )}
            </Field>
          )}
          {servesSchoolForms(type) && (
            <fieldset
              className={`field checkboxes${errorFor('schoolForms') ? ' field-invalid' : ''}`}
            >
              <legend>{t('org.field.schoolForms')}</legend>
              {errorFor('schoolForms') && (
                <p className="field-error" id="unit-forms-error">
                  {errorFor('schoolForms')}
                </p>
              )}
              {offered.map((code) => (
                <label key={code} className="checkbox">
                  <input
                    type="checkbox"
                    id={`unit-form-${code}`}
                    checked={forms.includes(code)}
                    aria-describedby={errorFor('schoolForms') ? 'unit-forms-error' : undefined}
                    onChange={(e) =>
                      setForms((current) =>
                        e.target.checked ? [...current, code] : current.filter((f) => f !== code),
                      )
                    }
                  />{' '}
                  {schoolTypeName(code)}
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
    </UnitFormFrame>
  );
}

/** Moves a unit, with everything under it, under another open unit. */
export function MoveForm({
  unit,
  targets,
  onSubmit,
  onCancel,
}: {
  unit: Unit;
  targets: Unit[];
  onSubmit: (parentId: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [parentId, setParentId] = useState('');
  return (
    <UnitFormFrame
      id="unit-move-form"
      heading={t('org.form.moveHeading', { name: unit.name })}
      hint={t('org.form.moveHint')}
      validate={(): Errors => (parentId ? {} : { parentId: t('org.validation.moveTo.required') })}
      submit={() => onSubmit(parentId)}
      onCancel={onCancel}
    >
      {(errorFor) => (
        <Field id="unit-parent" label={t('org.form.moveTo')} error={errorFor('parentId')}>
          {(describedBy) => (
            <select
              id="unit-parent"
              value={parentId}
              aria-required="true"
              aria-describedby={describedBy}
              aria-invalid={errorFor('parentId') ? true : undefined}
              onChange={(e) => setParentId(e.target.value)}
            >
              <option value="">{t('org.form.choose')}</option>
              {targets.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </UnitFormFrame>
  );
}

/** Today in the user's own calendar, as the API writes dates (2026-11-23). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Closes a unit on a day; it keeps its history. */
export function CloseForm({
  unit,
  onSubmit,
  onCancel,
}: {
  unit: Unit;
  onSubmit: (closedOn: string) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [closedOn, setClosedOn] = useState(today());
  return (
    <UnitFormFrame
      id="unit-close-form"
      heading={t('org.form.closeHeading', { name: unit.name })}
      hint={t('org.form.closeHint')}
      validate={(): Errors => (closedOn ? {} : { closedOn: t('org.validation.closedOn.required') })}
      submit={() => onSubmit(closedOn)}
      onCancel={onCancel}
    >
      {(errorFor) => (
        <Field
          id="unit-closed-on"
          label={t('org.field.closedOn')}
          hint={t('org.field.closedOn.hint')}
          error={errorFor('closedOn')}
        >
          {(describedBy) => (
            <input
              id="unit-closed-on"
              type="date"
              aria-required="true"
              aria-describedby={describedBy}
              aria-invalid={errorFor('closedOn') ? true : undefined}
              max={today()}
              value={closedOn}
              onChange={(e) => setClosedOn(e.target.value)}
            />
          )}
        </Field>
      )}
    </UnitFormFrame>
  );
}
