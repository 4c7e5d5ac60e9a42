import { describe, expect, it } from 'vitest';
import type { Unit } from '../api/types';
import { buildTree, moveTargets, subtreeIds } from './tree';

function unit(id: string, name: string, parentId: string | null, open = true): Unit {
  return {
    id,
    type: 'DEPARTMENT',
    name,
    schoolUnitCode: null,
    schoolForms: [],
    parentId,
    depth: 0,
    openedOn: '2017-01-01',
    closedOn: open ? null : '2025-06-30',
    open,
    version: 1,
    allowed: [],
  };
}

const units = [
  unit('root', 'Utbildningsförvaltningen', null),
  unit('gr', 'Grundskola', 'root'),
  unit('fs', 'Förskola', 'root'),
  unit('tumba', 'Tumba förskola', 'fs'),
  unit('alby', 'Alby förskola', 'fs'),
  unit('old', 'Gamla skolan', 'gr', false),
];

describe('the organisation tree', () => {
  it('nests units under their parents, siblings by name', () => {
    const [root] = buildTree(units);
    expect(root!.unit.id).toBe('root');
    expect(root!.children.map((n) => n.unit.name)).toEqual(['Förskola', 'Grundskola']);
    expect(root!.children[0]!.children.map((n) => n.unit.name)).toEqual([
      'Alby förskola',
      'Tumba förskola',
    ]);
  });

  it('finds a subtree', () => {
    expect([...subtreeIds(units, 'fs')].sort()).toEqual(['alby', 'fs', 'tumba']);
  });

  it('offers only open units outside the own subtree as a new parent', () => {
    expect(moveTargets(units, units[2]!).map((u) => u.id)).toEqual(['gr']);
    expect(moveTargets(units, units[3]!).map((u) => u.id)).toEqual(['alby', 'gr', 'root']);
  });
});
