import type { components } from '../api/schema';

type Schemas = components['schemas'];

/** GET /api/home: the caller's cards, as of today (HomeResource). */
export type Home = Schemas['HomeView'];

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

export type HomeCard = Schemas['HomeCardView'];
export type HomeItem = Schemas['HomeItemView'];
export type HomeFigure = Schemas['HomeFigureView'];
export type HomeSeries = Schemas['HomeSeriesView'];

/** How activities are counted on the cards, in the order they are shown. */
export const PROGRESS_CODES = ['DONE', 'ON_TRACK', 'DELAYED', 'PLANNED'] as const;
export type ProgressCode = (typeof PROGRESS_CODES)[number];

export function isCardKind(kind: string): kind is CardKind {
  return (CARD_KINDS as readonly string[]).includes(kind);
}

export function figure(card: HomeCard, code: string): HomeFigure | undefined {
  return card.figures.find((f) => f.code === code);
}
