// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../api/client';
import { I18nProvider } from '../i18n/I18nProvider';
import { mockApiClient } from '../testing/fakeApi';
import { WithQueries } from '../testing/queries';
import { PlanHistory } from './PlanHistory';
import type { Comparison, Revision } from './types';

const at = '2026-11-23T10:00:00Z';
const revisions: Revision[] = [
  { revision: 1, kind: 'CREATED', change: 'created', by: 'rektor.botkyrka', at },
  {
    revision: 2,
    kind: 'ACTIVITY_ADDED',
    activity: 'Läsplattor i F-klass',
    change: 'activity added: Läsplattor i F-klass',
    by: 'rektor.botkyrka',
    at,
  },
  {
    revision: 3,
    kind: 'STATUS',
    status: 'RETURNED',
    change: 'returned',
    by: 'forvaltning.botkyrka',
    at,
  },
];
const comparison: Comparison = {
  from: 1,
  to: 3,
  plan: [{ field: 'status', from: 'DRAFT', to: 'RETURNED' }],
  added: [],
  removed: [],
  changed: [
    {
      id: 'a1',
      title: 'Läsplattor i F-klass',
      fields: [
        { field: 'dueOn', from: '2026-12-01', to: '2027-01-15' },
        { field: 'targetLevels', from: ['larare'], to: ['larare', 'rektor'] },
        { field: 'targetUnitIds', from: ['u1'], to: ['u1', 'u2'] },
        { field: 'status', from: 'PLANNED', to: 'ONGOING' },
      ],
    },
  ],
  reordered: false,
};

function renderHistory() {
  const api = mockApiClient();
  api.get.mockImplementation(async (path: string) => {
    if (path.endsWith('/transitions')) return [];
    if (path.endsWith('/revisions')) return revisions;
    if (path.includes('/compare')) return comparison;
    if (path === '/api/role-hierarchy')
      return { levels: [{ key: 'larare', name: 'Pedagog', rank: 3 }], order: [] };
    throw new Error(path);
  });
  render(
    <I18nProvider>
      <WithQueries>
        <PlanHistory api={api as unknown as ApiClient} planId="p1" />
      </WithQueries>
    </I18nProvider>,
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('Plan history', () => {
  it('words each version by what made it, and a comparison without field names or codes', async () => {
    renderHistory();

    expect(
      await screen.findByText(/^Version 2: insats tillagd: Läsplattor i F-klass, av/),
    ).toBeTruthy();
    expect(screen.getByText(/^Version 3: status: Återsänd, av/)).toBeTruthy();
    expect(screen.queryByText(/activity added/)).toBeNull();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Jämför versioner' }));

    const shown = (await screen.findByText('Status: ”Utkast” blev ”Återsänd”')).closest('div')!;
    expect(screen.getByText('Klart senast: ”1 dec. 2026” blev ”15 jan. 2027”')).toBeTruthy();
    expect(screen.getByText('Målgrupp: ”Pedagog” blev ”Pedagog, Rektor”')).toBeTruthy();
    expect(screen.getByText('Enheter som berörs ändrades')).toBeTruthy();
    expect(screen.getByText('Status: ”Planerad” blev ”Pågår”')).toBeTruthy();
    for (const code of ['DRAFT', 'RETURNED', 'dueOn', 'targetLevels', 'larare', 'u2']) {
      expect(shown.textContent).not.toContain(code);
    }
  });
});
