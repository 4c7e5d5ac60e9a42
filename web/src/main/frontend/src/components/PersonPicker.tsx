import { useRef, useState } from 'react';
import {
  ComboBox,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  useAsyncList,
} from 'react-aria-components';
import type { ApiClient } from '../api/client';
import type { Page, Person } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import './actions.css';

/** A person as the picker offers it: chosen by name, sent as the username. */
export interface PersonOption {
  username: string;
  name: string;
}

/** Finds the municipality's people whose name or username holds what was typed. */
export type PeopleSearch = (text: string, signal?: AbortSignal) => Promise<PersonOption[]>;

/** How many people one search shows: enough to pick from, few enough to read. */
export const PICKER_LIMIT = 10;

/** The people list endpoint as a search (the server folds case and accents). */
export function peopleSearch(api: ApiClient): PeopleSearch {
  return async (text) => {
    const q = text.trim();
    if (q === '') return [];
    const page = await api.get<Page<Person>>(
      `/api/people?limit=${PICKER_LIMIT}&search=${encodeURIComponent(q)}`,
    );
    return (page?.items ?? [])
      .filter((p): p is Person & { username: string } => !!p.username)
      .map((p) => ({ username: p.username, name: `${p.givenName} ${p.familyName}`.trim() }));
  };
}

/**
 * An accessible combobox (react-aria-components) that searches the municipality's people by name
 * as one types, and sets the field to the chosen person's username. Text that names no one (a
 * function such as "IKT-pedagogerna", or a username the municipality has no person for) stays as
 * typed. Labelled by the field's label (`${id}-label`, drawn by Field).
 */
export function PersonPicker({
  id,
  value,
  initialText,
  onChange,
  search,
  describedBy,
  invalid,
  required,
  showUsername = false,
}: {
  id: string;
  /** The username (or text) the field holds. */
  value: string;
  /** What the input shows at first, e.g. the name of the person `value` names. */
  initialText?: string;
  onChange: (value: string) => void;
  search: PeopleSearch;
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  /** Show each person's username beside the name (for the admin). */
  showUsername?: boolean;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(initialText ?? value);
  // The person just chosen: the input then shows the name, and the field keeps the username.
  const chosen = useRef<PersonOption | null>(null);
  const list = useAsyncList<PersonOption>({
    async load({ signal, filterText }) {
      try {
        return { items: await search(filterText ?? '', signal) };
      } catch {
        return { items: [] };
      }
    },
  });

  return (
    <ComboBox
      className="picker"
      aria-labelledby={`${id}-label`}
      aria-describedby={describedBy}
      isInvalid={invalid}
      isRequired={required}
      allowsCustomValue
      allowsEmptyCollection
      menuTrigger="input"
      items={list.items}
      inputValue={text}
      onInputChange={(next) => {
        setText(next);
        if (chosen.current && next === chosen.current.name) return;
        chosen.current = null;
        onChange(next);
        list.setFilterText(next);
      }}
      onSelectionChange={(key) => {
        const person = list.items.find((p) => p.username === key);
        if (!person) return;
        chosen.current = person;
        setText(person.name);
        onChange(person.username);
      }}
    >
      <div className="picker-input">
        <Input id={id} autoComplete="off" aria-required={required || undefined} />
      </div>
      <Popover className="picker-popover" placement="bottom start">
        <ListBox<PersonOption>
          className="picker-list"
          id={`${id}-options`}
          renderEmptyState={() => (
            <p className="picker-empty">
              {list.isLoading ? t('picker.searching') : t('picker.none', { text: text.trim() })}
            </p>
          )}
        >
          {(p) => (
            <ListBoxItem id={p.username} textValue={p.name} className="picker-option">
              <Text slot="label">{p.name}</Text>
              {showUsername && (
                <Text slot="description" className="picker-option-secondary" data-username="">
                  {p.username}
                </Text>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
