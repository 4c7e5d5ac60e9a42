/** GET /api/home: the caller's cards, as of today (HomeResource). */
export interface Home {
  today: string;
  schoolYear: string;
  cards: HomeCard[];
}

/** The kinds the app knows; a card of another kind (a module newer than the app) is not shown. */
export const CARD_KINDS = [
  'waiting',
  'deadlines',
  'strategy-progress',
  'plan-coverage',
  'unit-plan',
  'my-activities',
  'organisation',
  'municipalities',
] as const;

export type CardKind = (typeof CARD_KINDS)[number];

export interface HomeCard {
  kind: string;
  order: number;
  href?: string | null;
  items: HomeItem[];
  figures: HomeFigure[];
  series: HomeSeries[];
}

export interface HomeItem {
  code: string;
  title: string;
  detail?: string | null;
  href?: string | null;
  date?: string | null;
  status?: string | null;
  late: boolean;
}

export interface HomeFigure {
  code: string;
  value: number;
  total?: number | null;
}

export interface HomeSeries {
  label: string;
  href?: string | null;
  counts: Record<string, number>;
}

/** How activities are counted on the cards, in the order they are shown. */
export const PROGRESS_CODES = ['DONE', 'ON_TRACK', 'DELAYED', 'PLANNED'] as const;
export type ProgressCode = (typeof PROGRESS_CODES)[number];

export function isCardKind(kind: string): kind is CardKind {
  return (CARD_KINDS as readonly string[]).includes(kind);
}

export function figure(card: HomeCard, code: string): HomeFigure | undefined {
  return card.figures.find((f) => f.code === code);
}
