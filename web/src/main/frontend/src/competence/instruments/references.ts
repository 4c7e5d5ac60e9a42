import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/ApiProvider';
import { ApiError } from '../../api/client';
import type { Framework, RoleChain, Strategy } from '../../api/types';
import { levelName } from '../../roles/chain';
import type { MessageKey } from '../../i18n/messages';

/**
 * What items refer to, by name: the chain's levels (audience), the adopted strategy's priority
 * areas and goals, and the frameworks' areas. Each is null while unknown; no adopted strategy is
 * an empty list of areas.
 */
export interface References {
  chain: RoleChain | null;
  strategy: Strategy | null;
  frameworks: Framework[];
}

export function useReferences(): References {
  const api = useApi();
  const chain = useQuery({
    queryKey: ['role-hierarchy'],
    queryFn: () => api.get<RoleChain>('/api/role-hierarchy'),
  });
  const strategy = useQuery({
    queryKey: ['strategies', 'adopted'],
    queryFn: async () => {
      try {
        return await api.get<Strategy>('/api/strategies/adopted');
      } catch (e) {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }
    },
  });
  const frameworks = useQuery({
    queryKey: ['strategies', 'frameworks'],
    queryFn: () => api.get<Framework[]>('/api/strategies/frameworks'),
  });
  return {
    chain: chain.data ?? null,
    strategy: strategy.data ?? null,
    frameworks: frameworks.data ?? [],
  };
}

export function audienceName(
  refs: References,
  level: string,
  t: (key: MessageKey) => string,
): string {
  return levelName(refs.chain, level, t);
}

export function areaName(refs: References, id: string, t: (key: MessageKey) => string): string {
  return refs.strategy?.areas.find((a) => a.id === id)?.title ?? t('instruments.unknownArea');
}

export function goalName(refs: References, id: string, t: (key: MessageKey) => string): string {
  for (const a of refs.strategy?.areas ?? []) {
    const g = a.goals.find((x) => x.id === id);
    if (g) return g.title;
  }
  return t('instruments.unknownGoal');
}

export function frameworkAreaName(
  refs: References,
  framework: string,
  area: string,
  locale: string,
  t: (key: MessageKey) => string,
): string {
  const f = refs.frameworks.find((x) => x.framework === framework);
  const a = f?.areas.find((x) => x.code === area);
  if (!f || !a) return t('instruments.unknownFrameworkArea');
  return `${locale === 'en' ? f.en : f.sv}: ${locale === 'en' ? a.en : a.sv}`;
}
