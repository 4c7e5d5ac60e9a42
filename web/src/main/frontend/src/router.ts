import { useEffect, useState } from 'react';
import type { MessageKey } from './i18n/messages';

export type RouteId =
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
  | 'reports'
  | 'tenants';

export interface Route {
  id: RouteId;
  /** The part after '#', e.g. '/anteckningar'. Swedish, like the product's users. */
  path: string;
  label: MessageKey;
  /** Shown in the menu only to callers with this role level (the page itself checks too). */
  roleLevel?: string;
}

export const ROUTES: readonly Route[] = [
  { id: 'overview', path: '/', label: 'nav.overview' },
  { id: 'organisation', path: '/organisation', label: 'nav.organisation' },
  { id: 'people', path: '/personal', label: 'nav.people' },
  { id: 'imports', path: '/import', label: 'nav.imports' },
  { id: 'notes', path: '/anteckningar', label: 'nav.notes' },
  { id: 'strategy', path: '/strategi', label: 'nav.strategy' },
  { id: 'roles', path: '/roller', label: 'nav.roles' },
  { id: 'plans', path: '/handlingsplaner', label: 'nav.plans' },
  { id: 'inbox', path: '/inkorg', label: 'nav.inbox' },
  { id: 'progress', path: '/uppfoljning', label: 'nav.progress' },
  { id: 'cycle', path: '/arshjul', label: 'nav.cycle' },
  { id: 'competence', path: '/kompetens', label: 'nav.competence' },
  { id: 'reports', path: '/rapporter', label: 'nav.reports' },
  { id: 'tenants', path: '/kommuner', label: 'nav.tenants', roleLevel: 'operator' },
];

export function href(route: Route): string {
  return '#' + route.path;
}

function currentPath(): string {
  const path = window.location.hash.replace(/^#/, '').replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

/** The route for the current hash, or null when it names no page. */
export function useHashRoute(): { path: string; route: Route | null } {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onChange = () => setPath(currentPath());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return { path, route: routeOf(path) };
}

/**
 * The page a path belongs to: its own path, or a path below it ('/handlingsplaner/<id>' is the
 * plans page showing one plan).
 */
export function routeOf(path: string): Route | null {
  return (
    ROUTES.find((r) => r.path === path) ??
    ROUTES.find((r) => r.path !== '/' && path.startsWith(r.path + '/')) ??
    null
  );
}

/** What follows a route's own path ('/handlingsplaner/abc' -> 'abc'), or null. */
export function subPath(route: Route, path: string): string | null {
  return path.startsWith(route.path + '/')
    ? decodeURIComponent(path.slice(route.path.length + 1))
    : null;
}
