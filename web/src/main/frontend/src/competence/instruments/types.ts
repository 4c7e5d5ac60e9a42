/**
 * The instruments API as this page reads it (competence.instrument.boundary on the server). Local
 * types, to be swapped for the generated OpenAPI ones once those cover every page.
 */

export type VersionStatus = 'DRAFT' | 'FROZEN';
export type ItemType = 'SCALE' | 'LEVEL' | 'YES_NO' | 'COMMENT';
export const ITEM_TYPES: readonly ItemType[] = ['SCALE', 'LEVEL', 'YES_NO', 'COMMENT'];

/** A text in Swedish and English; Swedish is required, English falls back to it. */
export interface Texts {
  sv: string;
  en?: string | null;
}

export interface Scale {
  min: number;
  max: number;
  minLabel?: Texts | null;
  maxLabel?: Texts | null;
}

export interface LevelStatement {
  value: number;
  code?: string | null;
  name?: Texts | null;
  statement: Texts;
}

export interface FrameworkAreaRef {
  framework: string;
  area: string;
}

export interface Item {
  /** Stays the same across versions; absent for an item not yet saved. */
  key?: string;
  type: ItemType;
  text: Texts;
  help?: Texts | null;
  scale?: Scale | null;
  levels: LevelStatement[];
  notApplicable: boolean;
  decline: boolean;
  /** Role level keys; empty: everyone the round asks. */
  audience: string[];
  priorityAreaIds: string[];
  goalIds: string[];
  frameworks: FrameworkAreaRef[];
}

export interface Section {
  key?: string;
  title: Texts;
  description?: Texts | null;
  items: Item[];
}

export interface Content {
  sections: Section[];
}

export type InstrumentAction = 'new-version';
export type VersionAction = 'edit' | 'publish' | 'discard';

export interface InstrumentSummary {
  id: string;
  name: string;
  description?: string | null;
  templateKey?: string | null;
  latestNumber?: number | null;
  latestStatus?: VersionStatus | null;
  itemCount: number;
  updatedAt: string;
  allowed: InstrumentAction[];
}

export interface VersionSummary {
  id: string;
  number: number;
  status: VersionStatus;
  sectionCount: number;
  itemCount: number;
  createdBy: string;
  createdAt: string;
  frozenBy?: string | null;
  frozenAt?: string | null;
  version: number;
  allowed: VersionAction[];
}

export interface Instrument {
  id: string;
  name: string;
  description?: string | null;
  templateKey?: string | null;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  versions: VersionSummary[];
  allowed: InstrumentAction[];
}

export interface InstrumentVersion {
  id: string;
  instrumentId: string;
  number: number;
  status: VersionStatus;
  createdBy: string;
  createdAt: string;
  frozenBy?: string | null;
  frozenAt?: string | null;
  version: number;
  allowed: VersionAction[];
  content: Content;
}

export interface InstrumentTemplate {
  key: string;
  name: Texts;
  description: Texts;
  sectionCount: number;
  itemCount: number;
}

/** Query keys of this feature, after the app's convention (path segments after /api). */
export const instrumentKeys = {
  all: ['instruments'] as const,
  one: (id: string) => ['instruments', id] as const,
  version: (id: string, number: number) => ['instruments', id, 'versions', number] as const,
  templates: ['instrument-templates'] as const,
};

export const paths = {
  list: '/sjalvskattningar',
  instrument: (id: string) => `/sjalvskattningar/${encodeURIComponent(id)}`,
};

/** A text in the page's language: English when there is one, else Swedish. */
export function inLocale(texts: Texts | null | undefined, locale: string): string {
  if (!texts) return '';
  return locale === 'en' && texts.en ? texts.en : texts.sv;
}

/** Whether an item is asked of someone at this role level. */
export function askedOf(item: Item, level: string): boolean {
  return item.audience.length === 0 || item.audience.includes(level);
}
