import { matchRoutes, type RouteObject } from 'react-router';
import type { Capability, Me } from '../api/types';
import type { MessageKey } from '../i18n/messages';

export type PageId =
  | 'overview'
  | 'organisation'
  | 'people'
  | 'imports'
  | 'notes'
  | 'strategy'
  | 'roles'
  | 'plans'
  | 'inbox'
  | 'progress'
  | 'cycle'
  | 'competence'
  | 'instruments'
  | 'reports'
  | 'tenants';

export type GroupId = 'governance' | 'plans' | 'competence' | 'organisation' | 'administration';

export interface PageDef {
  id: PageId;
  /** The part after '#', e.g. '/anteckningar'. Swedish, like the product's users. */
  path: string;
  /** Addresses below the page, as react-router patterns ('/handlingsplaner/:planId'). */
  below?: readonly string[];
  label: MessageKey;
  /** The menu group; none for the home page, which stands first on its own. */
  group?: GroupId;
  /** The page shows one municipality's data: without one it says so instead (App's guard). */
  municipality: boolean;
  /**
   * Offered in the menu only with this capability from /api/me (the server refuses the rest).
   * A page without one is offered to everyone the `municipality` flag lets in.
   */
  needs?: Capability | readonly Capability[];
}

/** Every page, in menu order. */
export const PAGES: readonly PageDef[] = [
  { id: 'overview', path: '/', label: 'nav.overview', municipality: false },
  {
    id: 'strategy',
    path: '/strategi',
    label: 'nav.strategy',
    group: 'governance',
    municipality: true,
  },
  {
    id: 'roles',
    path: '/roller',
    label: 'nav.roles',
    group: 'governance',
    municipality: true,
    needs: 'CONFIGURE',
  },
  {
    id: 'plans',
    path: '/handlingsplaner',
    below: ['/handlingsplaner/:planId', '/handlingsplaner/:planId/aktiviteter/:activityId'],
    label: 'nav.plans',
    group: 'plans',
    municipality: true,
  },
  {
    id: 'inbox',
    path: '/inkorg',
    label: 'nav.inbox',
    group: 'plans',
    municipality: true,
    needs: ['WRITE_PLANS', 'APPROVE_PLANS'],
  },
  {
    id: 'progress',
    path: '/uppfoljning',
    label: 'nav.progress',
    group: 'plans',
    municipality: true,
  },
  { id: 'cycle', path: '/arshjul', label: 'nav.cycle', group: 'plans', municipality: true },
  {
    id: 'competence',
    path: '/kompetens',
    label: 'nav.competence',
    group: 'competence',
    municipality: true,
  },
  {
    id: 'instruments',
    path: '/sjalvskattningar',
    below: ['/sjalvskattningar/:instrumentId'],
    label: 'nav.instruments',
    group: 'competence',
    municipality: true,
    needs: 'READ_INSTRUMENTS',
  },
  {
    id: 'reports',
    path: '/rapporter',
    label: 'nav.reports',
    group: 'competence',
    municipality: true,
  },
  {
    id: 'organisation',
    path: '/organisation',
    below: ['/organisation/:unitId'],
    label: 'nav.organisation',
    group: 'organisation',
    municipality: true,
  },
  {
    id: 'people',
    path: '/personal',
    label: 'nav.people',
    group: 'organisation',
    municipality: true,
    needs: 'READ_PEOPLE',
  },
  {
    id: 'imports',
    path: '/import',
    label: 'nav.imports',
    group: 'organisation',
    municipality: true,
    needs: 'CONFIGURE',
  },
  {
    id: 'notes',
    path: '/anteckningar',
    label: 'nav.notes',
    group: 'organisation',
    municipality: true,
  },
  {
    id: 'tenants',
    path: '/kommuner',
    label: 'nav.tenants',
    group: 'administration',
    municipality: false,
    needs: 'MANAGE_TENANTS',
  },
];

export const GROUPS: readonly { id: GroupId; label: MessageKey }[] = [
  { id: 'governance', label: 'nav.group.governance' },
  { id: 'plans', label: 'nav.group.plans' },
  { id: 'competence', label: 'nav.group.competence' },
  { id: 'organisation', label: 'nav.group.organisation' },
  { id: 'administration', label: 'nav.group.administration' },
];

export function pageById(id: PageId): PageDef {
  return PAGES.find((p) => p.id === id)!;
}

/** Whether the menu offers the page to this caller. */
export function offers(page: PageDef, me: Pick<Me, 'tenant' | 'capabilities'>): boolean {
  if (page.municipality && !me.tenant) return false;
  if (!page.needs) return true;
  const needs: readonly Capability[] = typeof page.needs === 'string' ? [page.needs] : page.needs;
  return needs.some((c) => (me.capabilities ?? []).includes(c));
}

/** The menu for a caller: the home page, then each group with the pages it offers them. */
export function menuOf(me: Pick<Me, 'tenant' | 'capabilities'>): {
  home: PageDef[];
  groups: { id: GroupId; label: MessageKey; pages: PageDef[] }[];
} {
  const offered = PAGES.filter((p) => offers(p, me));
  return {
    home: offered.filter((p) => !p.group),
    groups: GROUPS.map((g) => ({ ...g, pages: offered.filter((p) => p.group === g.id) })).filter(
      (g) => g.pages.length > 0,
    ),
  };
}

const ROUTES: RouteObject[] = PAGES.flatMap((p) =>
  [p.path, ...(p.below ?? [])].map((path) => ({ id: `${p.id} ${path}`, path })),
);

export interface PageMatch {
  page: PageDef;
  params: Record<string, string | undefined>;
}

/** The page an address (the part after '#') shows, with its parameters; null for no page. */
export function matchPage(pathname: string): PageMatch | null {
  const matches = matchRoutes(ROUTES, pathname);
  const route = matches?.[matches.length - 1];
  if (!route) return null;
  const id = route.route.id!.split(' ')[0] as PageId;
  return { page: pageById(id), params: route.params };
}

/** Addresses of what has its own: a plan, an activity of a plan, a unit. */
export const paths = {
  plan: (planId: string) => `/handlingsplaner/${encodeURIComponent(planId)}`,
  activity: (planId: string, activityId: string) =>
    `/handlingsplaner/${encodeURIComponent(planId)}/aktiviteter/${encodeURIComponent(activityId)}`,
  unit: (unitId: string) => `/organisation/${encodeURIComponent(unitId)}`,
};
