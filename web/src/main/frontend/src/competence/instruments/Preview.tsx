import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { audienceName, type References } from './references';
import { askedOf, inLocale, type Content, type Item } from './types';

/**
 * The version as a respondent at a chosen role level sees it: only the items asked of that level,
 * section by section, each as the answer it asks for. Nothing here is sent anywhere.
 */
export function Preview({ content, refs }: { content: Content; refs: References }) {
  const { t, locale } = useI18n();
  const levels = refs.chain?.levels ?? [];
  const firstAsked =
    content.sections.flatMap((s) => s.items).find((i) => i.audience.length > 0)?.audience[0] ??
    levels[0]?.key ??
    '';
  const [chosen, setChosen] = useState<string>('');
  const level = chosen || firstAsked;
  const sections = content.sections
    .map((s) => ({ ...s, items: s.items.filter((i) => askedOf(i, level)) }))
    .filter((s) => s.items.length > 0);
  const count = sections.reduce((n, s) => n + s.items.length, 0);

  return (
    <section className="panel instrument-preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('instruments.preview.heading')}</h2>
      <div className="field-inline">
        <label htmlFor="preview-level">{t('instruments.preview.level')}</label>
        <select id="preview-level" value={level} onChange={(e) => setChosen(e.target.value)}>
          {levels.map((l) => (
            <option key={l.key} value={l.key}>
              {audienceName(refs, l.key, t)}
            </option>
          ))}
        </select>
      </div>
      <p role="status" id="preview-count">
        {count === 0
          ? t('instruments.preview.none', { level: audienceName(refs, level, t) })
          : t('instruments.preview.count', { count, level: audienceName(refs, level, t) })}
      </p>
      {sections.map((s, si) => (
        <div key={s.key ?? si} className="instrument-preview-section">
          <h3>{inLocale(s.title, locale)}</h3>
          {s.description && <p>{inLocale(s.description, locale)}</p>}
          {s.items.map((item, ii) => (
            <PreviewItem key={item.key ?? ii} item={item} name={`preview-${si}-${ii}`} />
          ))}
        </div>
      ))}
    </section>
  );
}

function PreviewItem({ item, name }: { item: Item; name: string }) {
  const { t, locale } = useI18n();
  const text = inLocale(item.text, locale);
  const help = item.help ? inLocale(item.help, locale) : '';
  const helpId = help ? `${name}-help` : undefined;
  if (item.type === 'COMMENT') {
    return (
      <div className="field">
        <label htmlFor={name}>{text}</label>
        {help && (
          <p className="hint" id={helpId}>
            {help}
          </p>
        )}
        <textarea id={name} rows={3} aria-describedby={helpId} />
      </div>
    );
  }
  const options: { value: string; label: string }[] = [];
  if (item.type === 'SCALE' && item.scale) {
    for (let v = item.scale.min; v <= item.scale.max; v++) {
      const end =
        v === item.scale.min
          ? inLocale(item.scale.minLabel, locale)
          : v === item.scale.max
            ? inLocale(item.scale.maxLabel, locale)
            : '';
      options.push({ value: String(v), label: end ? `${v} – ${end}` : String(v) });
    }
  } else if (item.type === 'LEVEL') {
    for (const l of item.levels) {
      const named = [l.code, inLocale(l.name, locale)].filter(Boolean).join(' ');
      const statement = inLocale(l.statement, locale);
      options.push({ value: String(l.value), label: named ? `${named}: ${statement}` : statement });
    }
  } else {
    options.push({ value: 'yes', label: t('instruments.answer.yes') });
    options.push({ value: 'no', label: t('instruments.answer.no') });
  }
  if (item.notApplicable)
    options.push({ value: 'na', label: t('instruments.answer.notApplicable') });
  if (item.decline) options.push({ value: 'decline', label: t('instruments.answer.decline') });
  return (
    <fieldset className="checkbox-group" aria-describedby={helpId}>
      <legend>{text}</legend>
      {help && (
        <p className="hint" id={helpId}>
          {help}
        </p>
      )}
      {options.map((o) => (
        <div className="checkbox" key={o.value}>
          <input type="radio" name={name} id={`${name}-${o.value}`} value={o.value} />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
