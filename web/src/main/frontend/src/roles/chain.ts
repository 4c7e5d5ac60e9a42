import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../api/client';
import type { RoleChain } from '../api/types';
import { isMessageKey, type MessageKey } from '../i18n/messages';

/**
 * A level's name: the municipality's own (from its chain of governance, as its admin named it on
 * the Roles page), else the standard name in the page's language, else the key.
 */
export function levelName(
  chain: RoleChain | null,
  level: string,
  t: (key: MessageKey) => string,
): string {
  const own = chain?.levels.find((l) => l.key === level)?.name;
  if (own) return own;
  const key = `role.${level}`;
  return isMessageKey(key) ? t(key) : level;
}

/** The municipality's chain of governance, or null while unknown (the names fall back). */
export function useChain(api: ApiClient): RoleChain | null {
  const chain = useQuery({
    queryKey: ['role-hierarchy'],
    queryFn: () => api.get<RoleChain>('/api/role-hierarchy'),
  });
  return chain.data ?? null;
}
