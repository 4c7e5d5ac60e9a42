import { useState } from 'react';
import type { RoleChain, Strategy, Unit } from '../api/types';
import { FormPanel, type FieldSpec } from '../components/FormPanel';
import type { PeopleSearch } from '../components/PersonPicker';
import { useI18n } from '../i18n/I18nProvider';
import { levelName } from '../roles/chain';
import type { Activity } from './types';

/** Adds or rewrites an activity: what it serves (area, goals), who it is for, who answers, when. */
export function ActivityForm({
  strategy,
  chain,
  units = [],
  activity,
  searchPeople,
  onSubmit,
  onCancel,
}: {
  strategy: Strategy | null;
  /** The municipality's own chain of governance: the levels an activity may be for. */
  chain: RoleChain | null;
  /** The organisation's units, of which the activity may be for some ("five pilot preschools"). */
  units?: Unit[];
  activity?: Activity;
  /** Finds the owner among the municipality's people by name; without it the owner is typed. */
  searchPeople?: PeopleSearch;
  onSubmit: (body: Record<string, unknown>) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [goalIds, setGoalIds] = useState<string[]>(activity?.goalIds ?? []);
  const [levels, setLevels] = useState<string[]>(activity?.targetLevels ?? []);
  const [unitIds, setUnitIds] = useState<string[]>(activity?.targetUnitIds ?? []);
  const targetable = units
    .filter((u) => ['SCHOOL_FORM_AREA', 'SCHOOL_UNIT', 'PRESCHOOL_UNIT'].includes(u.type))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const areas = strategy?.areas ?? [];

  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  const fields: FieldSpec[] = [
    {
      name: 'priorityAreaId',
      label: 'plans.activity.area',
      type: 'select',
      required: true,
      options: [
        { value: '', label: t('plans.activity.area.choose') },
        ...areas.map((a) => ({ value: a.id, label: a.title })),
      ],
    },
    { name: 'title', label: 'plans.field.title', type: 'text', required: true, max: 200 },
    { name: 'description', label: 'plans.activity.description', type: 'textarea', max: 10000 },
    {
      name: 'owner',
      label: 'plans.activity.owner',
      type: searchPeople ? 'person' : 'text',
      required: true,
      max: 255,
      hint: searchPeople ? 'picker.hint' : 'plans.activity.owner.hint',
      person: searchPeople && {
        search: searchPeople,
        initialText: activity ? (activity.ownerName ?? activity.owner) : '',
      },
    },
    { name: 'startsOn', label: 'plans.activity.startsOn', type: 'date', required: true },
    { name: 'dueOn', label: 'plans.activity.dueOn', type: 'date', required: true },
    { name: 'targetNote', label: 'plans.activity.targetNote', type: 'text', max: 500 },
    {
      name: 'successCriteria',
      label: 'plans.activity.successCriteria',
      type: 'textarea',
      max: 4000,
    },
  ];

  return (
    <FormPanel
      id="activity-form"
      heading={
        activity ? t('plans.activity.edit', { title: activity.title }) : t('plans.activity.new')
      }
      fields={fields}
      initial={{
        priorityAreaId: activity?.priorityAreaId ?? '',
        title: activity?.title ?? '',
        description: activity?.description ?? '',
        owner: activity?.owner ?? '',
        startsOn: activity?.startsOn ?? '',
        dueOn: activity?.dueOn ?? '',
        targetNote: activity?.targetNote ?? '',
        successCriteria: activity?.successCriteria ?? '',
      }}
      submitLabel="plans.save"
      validate={(v): Record<string, string> =>
        v.startsOn && v.dueOn && v.dueOn < v.startsOn
          ? { dueOn: t('plans.activity.dueBeforeStart') }
          : {}
      }
      onCancel={onCancel}
      onSubmit={(v) =>
        onSubmit({
          priorityAreaId: v.priorityAreaId || null,
          goalIds,
          title: v.title?.trim(),
          description: v.description?.trim() || null,
          targetLevels: levels,
          targetUnitIds: unitIds,
          targetNote: v.targetNote?.trim() || null,
          owner: v.owner?.trim(),
          startsOn: v.startsOn || null,
          dueOn: v.dueOn || null,
          successCriteria: v.successCriteria?.trim() || null,
        })
      }
    >
      {areas.some((a) => a.goals.length > 0) && (
        <fieldset className="checkbox-group" id="activity-form-goals">
          <legend>{t('plans.activity.goals')}</legend>
          {areas.map((a) =>
            a.goals.map((g) => (
              <label className="checkbox" key={g.id}>
                <input
                  type="checkbox"
                  checked={goalIds.includes(g.id)}
                  onChange={() => setGoalIds((ids) => toggle(ids, g.id))}
                />
                <span>
                  {g.title} <span className="muted">({a.title})</span>
                </span>
              </label>
            )),
          )}
        </fieldset>
      )}
      <fieldset className="checkbox-group" id="activity-form-levels">
        <legend>{t('plans.activity.targetLevels')}</legend>
        {(chain?.levels ?? [])
          .map((l) => l.key)
          .filter((l) => l !== 'admin')
          .map((l) => (
            <label className="checkbox" key={l}>
              <input
                type="checkbox"
                checked={levels.includes(l)}
                onChange={() => setLevels((ls) => toggle(ls, l))}
              />
              <span>{levelName(chain, l, t)}</span>
            </label>
          ))}
      </fieldset>
      {targetable.length > 0 && (
        <fieldset className="checkbox-group checkbox-group-scroll" id="activity-form-units">
          <legend>{t('plans.activity.targetUnits')}</legend>
          {targetable.map((u) => (
            <label className="checkbox" key={u.id}>
              <input
                type="checkbox"
                checked={unitIds.includes(u.id)}
                onChange={() => setUnitIds((ids) => toggle(ids, u.id))}
              />
              <span>{u.name}</span>
            </label>
          ))}
        </fieldset>
      )}
    </FormPanel>
  );
}
