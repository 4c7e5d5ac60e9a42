import { createContext, useContext, type ReactNode } from 'react';
import type { ApiClient } from './client';

const ApiContext = createContext<ApiClient | null>(null);

/** Makes the app's one API client (token, language, municipality) available to every page. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

/**
 * The API client, for `useQuery`/`useMutation` (TanStack Query) in a page:
 *
 * ```ts
 * const api = useApi();
 * const plan = useQuery({ queryKey: queryKeys.plan(id), queryFn: () => api.get<Plan>(`/api/plans/${id}`) });
 * ```
 */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
}

/**
 * Query keys: the resource's path segments after /api, then an object of its query parameters
 * when there are any (`['plans', { schoolYear }]`). The QueryClient is made per municipality (see
 * App), so keys need not name it; invalidating `['plans']` refreshes every plan list and plan.
 */
export const queryKeys = {
  me: ['me'] as const,
  inbox: ['inbox'] as const,
  plan: (id: string) => ['plans', id] as const,
  unit: (id: string) => ['units', id] as const,
};

/**
 * For a resource whose forms send the version of what they show (a plan, its follow-ups, a
 * strategy): read again after a write and on coming back to the page, not when the window regains
 * focus or the network returns, so a form never sends a newer version read behind its back (which
 * would overwrite someone else's change instead of being refused as stale).
 */
export const WHILE_EDITING = { refetchOnWindowFocus: false, refetchOnReconnect: false } as const;
