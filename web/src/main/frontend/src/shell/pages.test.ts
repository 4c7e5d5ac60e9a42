import { describe, expect, it } from 'vitest';
import type { Capability, Me } from '../api/types';
import { matchPage, menuOf, paths } from './pages';

const botkyrka = { id: 'botkyrka', name: 'Botkyrka kommun', municipalityCode: '0127' };
const who = (capabilities: Capability[], tenant: Me['tenant'] = botkyrka) => ({
  tenant,
  capabilities,
});

/** The menu as the ids of its pages, group by group. */
const menu = (me: Pick<Me, 'tenant' | 'capabilities'>) => {
  const m = menuOf(me);
  return [m.home.map((p) => p.id), ...m.groups.map((g) => [g.id, ...g.pages.map((p) => p.id)])];
};

describe('the menu', () => {
  it('gives the operator the home page and the municipalities only', () => {
    expect(menu(who(['MANAGE_TENANTS'], null))).toEqual([
      ['overview'],
      ['administration', 'tenants'],
    ]);
  });

  it('gives the municipality admin everything of the municipality but its plans inbox', () => {
    expect(menu(who(['CONFIGURE', 'READ_PEOPLE']))).toEqual([
      ['overview'],
      ['governance', 'strategy', 'roles'],
      ['plans', 'plans', 'progress', 'cycle'],
      ['competence', 'competence', 'reports'],
      ['organisation', 'organisation', 'people', 'imports', 'notes'],
    ]);
  });

  it('gives the teacher no roles, no import and no inbox', () => {
    expect(menu(who(['READ_PEOPLE']))).toEqual([
      ['overview'],
      ['governance', 'strategy'],
      ['plans', 'plans', 'progress', 'cycle'],
      ['competence', 'competence', 'reports'],
      ['organisation', 'organisation', 'people', 'notes'],
    ]);
  });

  it('gives whoever writes or approves plans the inbox', () => {
    const plans = (c: Capability[]) => menu(who(c)).find((g) => g[0] === 'plans');
    expect(plans(['READ_PEOPLE', 'APPROVE_PLANS'])).toEqual([
      'plans',
      'plans',
      'inbox',
      'progress',
      'cycle',
    ]);
    expect(plans(['READ_PEOPLE', 'WRITE_PLANS'])).toContain('inbox');
  });

  it('gives someone of a municipality without any role no people page', () => {
    expect(menu(who([])).flat()).not.toContain('people');
  });
});

describe('addresses', () => {
  it('find the page and what it shows, in the Swedish paths links already use', () => {
    expect(matchPage('/')?.page.id).toBe('overview');
    expect(matchPage('/anteckningar')?.page.id).toBe('notes');
    expect(matchPage('/anteckningar/')?.page.id).toBe('notes');
    expect(matchPage('/handlingsplaner/p%201')).toMatchObject({
      page: { id: 'plans' },
      params: { planId: 'p 1' },
    });
    expect(matchPage('/handlingsplaner/p1/aktiviteter/a1')).toMatchObject({
      page: { id: 'plans' },
      params: { planId: 'p1', activityId: 'a1' },
    });
    expect(matchPage('/organisation/u1')).toMatchObject({
      page: { id: 'organisation' },
      params: { unitId: 'u1' },
    });
    expect(matchPage('/nowhere')).toBeNull();
    expect(matchPage('/anteckningar/x')).toBeNull();
  });

  it('are built as they are read', () => {
    expect(matchPage(paths.activity('p/1', 'a 1'))?.params).toEqual({
      planId: 'p/1',
      activityId: 'a 1',
    });
    expect(matchPage(paths.unit('u1'))?.params).toEqual({ unitId: 'u1' });
  });
});
