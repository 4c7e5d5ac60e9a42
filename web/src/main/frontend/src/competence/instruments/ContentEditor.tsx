import { useState, type ReactNode } from 'react';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { codeWord } from '../../i18n/codes';
import { inputId } from './places';
import { areaName, audienceName, frameworkAreaName, goalName, type References } from './references';
import {
  ITEM_TYPES,
  inLocale,
  type Content,
  type Item,
  type ItemType,
  type LevelStatement,
  type Section,
  type Texts,
} from './types';

/** Field errors by the path the server names them with (sections[0].items[1].text.sv). */
export type PathErrors = Record<string, string>;

const DEFAULT_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

/** A new item of a type, with what that type needs to be valid once its text is written. */
export function newItem(type: ItemType): Item {
  return retype(
    {
      type,
      text: { sv: '', en: '' },
      help: null,
      scale: null,
      levels: [],
      notApplicable: false,
      decline: false,
      audience: [],
      priorityAreaIds: [],
      goalIds: [],
      frameworks: [],
    },
    type,
  );
}

/** The item as another type: a scale gets 1-5, level statements get A1-C2, the rest neither. */
function retype(item: Item, type: ItemType): Item {
  return {
    ...item,
    type,
    scale:
      type === 'SCALE'
        ? (item.scale ?? {
            min: 1,
            max: 5,
            minLabel: { sv: '', en: '' },
            maxLabel: { sv: '', en: '' },
          })
        : null,
    levels:
      type === 'LEVEL'
        ? item.levels.length > 0
          ? item.levels
          : DEFAULT_LEVELS.map((code, i) => ({
              value: i + 1,
              code,
              name: { sv: '', en: '' },
              statement: { sv: '', en: '' },
            }))
        : [],
    notApplicable: type === 'COMMENT' ? false : item.notApplicable,
  };
}

/** Texts as the server takes them: an English text left empty is none. */
function cleanTexts(texts: Texts | null | undefined): Texts | null {
  if (!texts || (!texts.sv.trim() && !texts.en?.trim())) return null;
  return { sv: texts.sv.trim(), en: texts.en?.trim() ? texts.en.trim() : null };
}

/** The draft as it is sent: texts trimmed, optional ones left out when empty, levels counted. */
export function cleaned(content: Content): Content {
  return {
    sections: content.sections.map((s) => ({
      ...s,
      title: cleanTexts(s.title) ?? { sv: '' },
      description: cleanTexts(s.description),
      items: s.items.map((i) => ({
        ...i,
        text: cleanTexts(i.text) ?? { sv: '' },
        help: cleanTexts(i.help),
        scale: i.scale
          ? {
              ...i.scale,
              minLabel: cleanTexts(i.scale.minLabel),
              maxLabel: cleanTexts(i.scale.maxLabel),
            }
          : null,
        levels: i.levels.map((l, n) => ({
          ...l,
          value: n + 1,
          code: l.code?.trim() ? l.code.trim() : null,
          name: cleanTexts(l.name),
          statement: cleanTexts(l.statement) ?? { sv: '' },
        })),
      })),
    })),
  };
}

/** What the page can tell before sending: the Swedish texts that must be there. */
export function missingTexts(content: Content, message: string): PathErrors {
  const errors: PathErrors = {};
  content.sections.forEach((s, si) => {
    if (!s.title.sv.trim()) errors[`sections[${si}].title.sv`] = message;
    s.items.forEach((i, ii) => {
      const p = `sections[${si}].items[${ii}]`;
      if (!i.text.sv.trim()) errors[`${p}.text.sv`] = message;
      i.levels.forEach((l, li) => {
        if (!l.statement.sv.trim()) errors[`${p}.levels[${li}].statement.sv`] = message;
      });
    });
  });
  return errors;
}

/** The id of the input that shows a path's error (a list's error goes to its group). */
export function targetId(path: string): string {
  let p = path
    .replace(/\.(audience|priorityAreaIds|goalIds|frameworks)\[\d+\]$/, '.$1')
    .replace(/\.levels\[(\d+)\]\.value$/, '.levels[$1].statement.sv')
    .replace(/\.scale$/, '.scale.min')
    .replace(/\.key$/, '');
  if (/^sections\[\d+\]\.items\[\d+\]$/.test(p)) p += '.text.sv';
  else if (/^sections\[\d+\]$/.test(p)) p += '.title.sv';
  else if (/\.(title|text|help|statement|name|minLabel|maxLabel|description)$/.test(p)) p += '.sv';
  return inputId(p);
}

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const copy = [...list];
  const [x] = copy.splice(from, 1);
  copy.splice(to, 0, x!);
  return copy;
}

/**
 * A version's sections and items: each item summed up (type, audience, mappings by name), and, when
 * the version is a draft the caller may edit, every text and choice editable, one item open at a
 * time or those with errors. Every input's id is its path in the content, so the server's field
 * errors find their field.
 */
export function ContentEditor({
  content,
  onChange,
  refs,
  errors,
}: {
  content: Content;
  /** Absent: read only. */
  onChange?: (content: Content) => void;
  refs: References;
  errors: PathErrors;
}) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const editable = onChange !== undefined;
  const setSections = (sections: Section[]) => onChange?.({ sections });
  const setSection = (si: number, section: Section) =>
    setSections(content.sections.map((s, i) => (i === si ? section : s)));

  return (
    <div className="instrument-content">
      {content.sections.length === 0 && (
        <p className="empty-state">{t('instruments.noSections')}</p>
      )}
      <ol className="plain-list instrument-sections">
        {content.sections.map((section, si) => {
          const sp = `sections[${si}]`;
          return (
            <li key={section.key ?? `new-${si}`} className="panel instrument-section">
              <h3 id={`${inputId(sp)}-heading`}>
                {t('instruments.place.sections', { n: si + 1 })}
                {section.title.sv.trim() ? `: ${inLocale(section.title, locale)}` : ''}
              </h3>
              {editable ? (
                <>
                  <TextsFields
                    path={`${sp}.title`}
                    label={t('instruments.field.sectionTitle')}
                    value={section.title}
                    errors={errors}
                    onChange={(title) => setSection(si, { ...section, title: title ?? { sv: '' } })}
                  />
                  <TextsFields
                    path={`${sp}.description`}
                    label={t('instruments.field.sectionDescription')}
                    value={section.description}
                    errors={errors}
                    multiline
                    onChange={(description) => setSection(si, { ...section, description })}
                  />
                  <div className="actions">
                    <button
                      type="button"
                      className="button button-secondary"
                      disabled={si === 0}
                      onClick={() => setSections(move(content.sections, si, si - 1))}
                    >
                      {t('instruments.section.up')}
                    </button>
                    <button
                      type="button"
                      className="button button-secondary"
                      disabled={si === content.sections.length - 1}
                      onClick={() => setSections(move(content.sections, si, si + 1))}
                    >
                      {t('instruments.section.down')}
                    </button>
                    <button
                      type="button"
                      className="button button-secondary"
                      id={`${inputId(sp)}-remove`}
                      onClick={() => setSections(content.sections.filter((_, i) => i !== si))}
                    >
                      {t('instruments.section.remove')}
                    </button>
                  </div>
                </>
              ) : (
                section.description && <p>{inLocale(section.description, locale)}</p>
              )}
              <ol className="plain-list instrument-items">
                {section.items.map((item, ii) => {
                  const ip = `${sp}.items[${ii}]`;
                  const hasError = Object.keys(errors).some(
                    (p) => p.startsWith(`${ip}.`) || p === ip,
                  );
                  const isOpen = editable && (open === ip || hasError);
                  const setItems = (items: Item[]) => setSection(si, { ...section, items });
                  // The visible word first, then which question (WCAG 2.5.3: the name holds the label).
                  const named = (action: string) =>
                    `${action} – ${t('instruments.place.items', { n: ii + 1 })}`;
                  return (
                    <li key={item.key ?? `new-${ii}`} className="instrument-item">
                      <ItemSummary item={item} number={ii + 1} refs={refs} />
                      {editable && (
                        <div className="actions">
                          <button
                            type="button"
                            className="button button-secondary"
                            id={`${inputId(ip)}-toggle`}
                            aria-label={named(
                              isOpen ? t('instruments.item.close') : t('instruments.item.edit'),
                            )}
                            aria-expanded={isOpen}
                            aria-controls={isOpen ? `${inputId(ip)}-editor` : undefined}
                            onClick={() => setOpen(open === ip ? null : ip)}
                          >
                            {isOpen ? t('instruments.item.close') : t('instruments.item.edit')}
                          </button>
                          <button
                            type="button"
                            className="button button-secondary"
                            disabled={ii === 0}
                            aria-label={named(t('instruments.item.up'))}
                            onClick={() => setItems(move(section.items, ii, ii - 1))}
                          >
                            {t('instruments.item.up')}
                          </button>
                          <button
                            type="button"
                            className="button button-secondary"
                            disabled={ii === section.items.length - 1}
                            aria-label={named(t('instruments.item.down'))}
                            onClick={() => setItems(move(section.items, ii, ii + 1))}
                          >
                            {t('instruments.item.down')}
                          </button>
                          <button
                            type="button"
                            className="button button-secondary"
                            aria-label={named(t('instruments.item.remove'))}
                            onClick={() => setItems(section.items.filter((_, i) => i !== ii))}
                          >
                            {t('instruments.item.remove')}
                          </button>
                        </div>
                      )}
                      {isOpen && (
                        <ItemEditor
                          path={ip}
                          item={item}
                          refs={refs}
                          errors={errors}
                          onChange={(next) =>
                            setItems(section.items.map((x, i) => (i === ii ? next : x)))
                          }
                        />
                      )}
                    </li>
                  );
                })}
              </ol>
              {editable && (
                <AddItem
                  id={`${inputId(sp)}-add`}
                  onAdd={(type) => {
                    setSection(si, { ...section, items: [...section.items, newItem(type)] });
                    setOpen(`${sp}.items[${section.items.length}]`);
                  }}
                />
              )}
            </li>
          );
        })}
      </ol>
      {editable && (
        <div className="actions">
          <button
            type="button"
            className="button button-secondary"
            id={inputId('sections')}
            onClick={() =>
              setSections([
                ...content.sections,
                { title: { sv: '', en: '' }, description: null, items: [] },
              ])
            }
          >
            {t('instruments.section.add')}
          </button>
        </div>
      )}
    </div>
  );
}

function AddItem({ id, onAdd }: { id: string; onAdd: (type: ItemType) => void }) {
  const { t } = useI18n();
  const [type, setType] = useState<ItemType>('SCALE');
  return (
    <div className="field-inline instrument-add-item">
      <label htmlFor={`${id}-type`}>{t('instruments.item.newType')}</label>
      <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as ItemType)}>
        {ITEM_TYPES.map((x) => (
          <option key={x} value={x}>
            {codeWord(t, 'competence.itemType', x)}
          </option>
        ))}
      </select>
      <button type="button" className="button button-secondary" id={id} onClick={() => onAdd(type)}>
        {t('instruments.item.add')}
      </button>
    </div>
  );
}

/** An item in a few words: its number, text, type, whom it is asked of and what it bears on. */
function ItemSummary({ item, number, refs }: { item: Item; number: number; refs: References }) {
  const { t, locale } = useI18n();
  const mapped = [
    ...item.priorityAreaIds.map((id) => areaName(refs, id, t)),
    ...item.goalIds.map((id) => goalName(refs, id, t)),
    ...item.frameworks.map((f) => frameworkAreaName(refs, f.framework, f.area, locale, t)),
  ];
  return (
    <div className="instrument-item-summary">
      <p className="instrument-item-text">
        <span className="muted">{t('instruments.place.items', { n: number })}:</span>{' '}
        {inLocale(item.text, locale) || <em>{t('instruments.item.noText')}</em>}
      </p>
      <p className="muted">
        {codeWord(t, 'competence.itemType', item.type)}
        {' · '}
        {item.audience.length === 0
          ? t('instruments.item.everyone')
          : t('instruments.item.audience', {
              levels: item.audience.map((l) => audienceName(refs, l, t)).join(', '),
            })}
        {mapped.length > 0 && (
          <>
            {' · '}
            {t('instruments.item.mapped', { names: mapped.join('; ') })}
          </>
        )}
      </p>
    </div>
  );
}

/** A text's Swedish and English fields. */
function TextsFields({
  path,
  label,
  value,
  onChange,
  errors,
  multiline = false,
}: {
  path: string;
  label: string;
  value: Texts | null | undefined;
  onChange: (texts: Texts | null) => void;
  errors: PathErrors;
  multiline?: boolean;
}) {
  const { t } = useI18n();
  const texts = value ?? { sv: '', en: '' };
  return (
    <div className="instrument-texts">
      {(['sv', 'en'] as const).map((lang) => {
        const id = inputId(`${path}.${lang}`);
        const error = errors[`${path}.${lang}`];
        const props = {
          id,
          lang,
          value: texts[lang] ?? '',
          'aria-invalid': error ? true : undefined,
          onChange: (e: { target: { value: string } }) =>
            onChange({ ...texts, [lang]: e.target.value }),
        };
        return (
          <Field
            key={lang}
            id={id}
            label={`${label} (${t(lang === 'sv' ? 'instruments.lang.sv' : 'instruments.lang.en')})`}
            error={error}
          >
            {(describedBy) =>
              multiline ? (
                <textarea rows={2} aria-describedby={describedBy} {...props} />
              ) : (
                <input type="text" aria-describedby={describedBy} {...props} />
              )
            }
          </Field>
        );
      })}
    </div>
  );
}

function Group({
  path,
  legend,
  errors,
  children,
}: {
  path: string;
  legend: string;
  errors: PathErrors;
  children: ReactNode;
}) {
  const error = Object.entries(errors).find(([p]) => p === path || p.startsWith(`${path}[`))?.[1];
  const id = inputId(path);
  return (
    <fieldset
      className="checkbox-group"
      id={id}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}

function Check({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="checkbox">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

function toggled<T>(list: T[], value: T, on: boolean, same = (a: T, b: T) => a === b): T[] {
  const without = list.filter((x) => !same(x, value));
  return on ? [...without, value] : without;
}

/** One item's every field. */
function ItemEditor({
  path,
  item,
  refs,
  errors,
  onChange,
}: {
  path: string;
  item: Item;
  refs: References;
  errors: PathErrors;
  onChange: (item: Item) => void;
}) {
  const { t, locale } = useI18n();
  const typeId = inputId(`${path}.type`);
  const levels = refs.chain?.levels ?? [];
  const areas = refs.strategy?.areas ?? [];
  const setLevel = (li: number, level: LevelStatement) =>
    onChange({ ...item, levels: item.levels.map((l, i) => (i === li ? level : l)) });

  return (
    <div className="instrument-item-editor" id={`${inputId(path)}-editor`}>
      <Field id={typeId} label={t('instruments.field.type')} error={errors[`${path}.type`]}>
        {(describedBy) => (
          <select
            id={typeId}
            value={item.type}
            aria-describedby={describedBy}
            onChange={(e) => onChange(retype(item, e.target.value as ItemType))}
          >
            {ITEM_TYPES.map((x) => (
              <option key={x} value={x}>
                {codeWord(t, 'competence.itemType', x)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextsFields
        path={`${path}.text`}
        label={t('instruments.field.text')}
        value={item.text}
        errors={errors}
        multiline
        onChange={(text) => onChange({ ...item, text: text ?? { sv: '' } })}
      />
      <TextsFields
        path={`${path}.help`}
        label={t('instruments.field.help')}
        value={item.help}
        errors={errors}
        multiline
        onChange={(help) => onChange({ ...item, help })}
      />

      {item.type === 'SCALE' && item.scale && (
        <fieldset className="checkbox-group">
          <legend>{t('instruments.field.scale')}</legend>
          {(['min', 'max'] as const).map((end) => {
            const id = inputId(`${path}.scale.${end}`);
            return (
              <Field
                key={end}
                id={id}
                label={t(
                  end === 'min' ? 'instruments.field.scaleMin' : 'instruments.field.scaleMax',
                )}
                error={end === 'min' ? errors[`${path}.scale`] : undefined}
              >
                {(describedBy) => (
                  <input
                    id={id}
                    type="number"
                    min={0}
                    max={10}
                    value={item.scale![end]}
                    aria-describedby={describedBy}
                    onChange={(e) =>
                      onChange({
                        ...item,
                        scale: { ...item.scale!, [end]: Number(e.target.value) },
                      })
                    }
                  />
                )}
              </Field>
            );
          })}
          <TextsFields
            path={`${path}.scale.minLabel`}
            label={t('instruments.field.minLabel')}
            value={item.scale.minLabel}
            errors={errors}
            onChange={(minLabel) => onChange({ ...item, scale: { ...item.scale!, minLabel } })}
          />
          <TextsFields
            path={`${path}.scale.maxLabel`}
            label={t('instruments.field.maxLabel')}
            value={item.scale.maxLabel}
            errors={errors}
            onChange={(maxLabel) => onChange({ ...item, scale: { ...item.scale!, maxLabel } })}
          />
        </fieldset>
      )}

      {item.type === 'LEVEL' && (
        <fieldset className="checkbox-group" id={inputId(`${path}.levels`)} tabIndex={-1}>
          <legend>{t('instruments.field.levels')}</legend>
          {errors[`${path}.levels`] && <p className="field-error">{errors[`${path}.levels`]}</p>}
          <ol className="plain-list">
            {item.levels.map((level, li) => {
              const lp = `${path}.levels[${li}]`;
              const codeId = inputId(`${lp}.code`);
              return (
                <li key={li} className="instrument-level">
                  <p className="instrument-level-heading">
                    {t('instruments.place.levels', { n: li + 1 })}
                  </p>
                  <Field
                    id={codeId}
                    label={t('instruments.field.levelCode')}
                    error={errors[`${lp}.code`]}
                  >
                    {(describedBy) => (
                      <input
                        id={codeId}
                        type="text"
                        maxLength={10}
                        value={level.code ?? ''}
                        aria-describedby={describedBy}
                        onChange={(e) => setLevel(li, { ...level, code: e.target.value })}
                      />
                    )}
                  </Field>
                  <TextsFields
                    path={`${lp}.name`}
                    label={t('instruments.field.levelName')}
                    value={level.name}
                    errors={errors}
                    onChange={(name) => setLevel(li, { ...level, name })}
                  />
                  <TextsFields
                    path={`${lp}.statement`}
                    label={t('instruments.field.statement')}
                    value={level.statement}
                    errors={errors}
                    multiline
                    onChange={(statement) =>
                      setLevel(li, { ...level, statement: statement ?? { sv: '' } })
                    }
                  />
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={item.levels.length <= 2}
                    onClick={() =>
                      onChange({ ...item, levels: item.levels.filter((_, i) => i !== li) })
                    }
                  >
                    {t('instruments.level.remove', { n: li + 1 })}
                  </button>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            className="button button-secondary"
            disabled={item.levels.length >= 10}
            onClick={() =>
              onChange({
                ...item,
                levels: [
                  ...item.levels,
                  {
                    value: item.levels.length + 1,
                    code: '',
                    name: { sv: '', en: '' },
                    statement: { sv: '', en: '' },
                  },
                ],
              })
            }
          >
            {t('instruments.level.add')}
          </button>
        </fieldset>
      )}

      <fieldset className="checkbox-group">
        <legend>{t('instruments.field.answers')}</legend>
        {item.type !== 'COMMENT' && (
          <Check
            id={inputId(`${path}.notApplicable`)}
            label={t('instruments.field.notApplicable')}
            checked={item.notApplicable}
            onChange={(notApplicable) => onChange({ ...item, notApplicable })}
          />
        )}
        <Check
          id={inputId(`${path}.decline`)}
          label={t('instruments.field.decline')}
          checked={item.decline}
          onChange={(decline) => onChange({ ...item, decline })}
        />
      </fieldset>

      <Group path={`${path}.audience`} legend={t('instruments.field.audience')} errors={errors}>
        <p className="hint">{t('instruments.field.audienceHint')}</p>
        {levels.map((l) => (
          <Check
            key={l.key}
            id={inputId(`${path}.audience.${l.key}`)}
            label={audienceName(refs, l.key, t)}
            checked={item.audience.includes(l.key)}
            onChange={(on) => onChange({ ...item, audience: toggled(item.audience, l.key, on) })}
          />
        ))}
      </Group>

      <Group
        path={`${path}.priorityAreaIds`}
        legend={t('instruments.field.priorityAreas')}
        errors={errors}
      >
        {areas.length === 0 && <p className="hint">{t('instruments.field.noStrategy')}</p>}
        {areas.map((a) => (
          <Check
            key={a.id}
            id={inputId(`${path}.priorityAreaIds.${a.id}`)}
            label={a.title}
            checked={item.priorityAreaIds.includes(a.id)}
            onChange={(on) =>
              onChange({ ...item, priorityAreaIds: toggled(item.priorityAreaIds, a.id, on) })
            }
          />
        ))}
      </Group>

      {areas.some((a) => a.goals.length > 0) && (
        <Group path={`${path}.goalIds`} legend={t('instruments.field.goals')} errors={errors}>
          {areas
            .filter((a) => a.goals.length > 0)
            .map((a) => (
              <div key={a.id} role="group" aria-labelledby={inputId(`${path}.goalIds.${a.id}`)}>
                <p className="instrument-level-heading" id={inputId(`${path}.goalIds.${a.id}`)}>
                  {a.title}
                </p>
                {a.goals.map((g) => (
                  <Check
                    key={g.id}
                    id={inputId(`${path}.goalIds.${g.id}`)}
                    label={g.title}
                    checked={item.goalIds.includes(g.id)}
                    onChange={(on) =>
                      onChange({ ...item, goalIds: toggled(item.goalIds, g.id, on) })
                    }
                  />
                ))}
              </div>
            ))}
        </Group>
      )}

      <Group path={`${path}.frameworks`} legend={t('instruments.field.frameworks')} errors={errors}>
        {refs.frameworks.map((f) => (
          <div
            key={f.framework}
            role="group"
            aria-labelledby={inputId(`${path}.frameworks.${f.framework}`)}
          >
            <p
              className="instrument-level-heading"
              id={inputId(`${path}.frameworks.${f.framework}`)}
            >
              {locale === 'en' ? f.en : f.sv}
            </p>
            {f.areas.map((a) => {
              const ref = { framework: f.framework, area: a.code };
              return (
                <Check
                  key={a.code}
                  id={inputId(`${path}.frameworks.${f.framework}.${a.code}`)}
                  label={locale === 'en' ? a.en : a.sv}
                  checked={item.frameworks.some(
                    (x) => x.framework === f.framework && x.area === a.code,
                  )}
                  onChange={(on) =>
                    onChange({
                      ...item,
                      frameworks: toggled(
                        item.frameworks,
                        ref,
                        on,
                        (x, y) => x.framework === y.framework && x.area === y.area,
                      ),
                    })
                  }
                />
              );
            })}
          </div>
        ))}
      </Group>
    </div>
  );
}
