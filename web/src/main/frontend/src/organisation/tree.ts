import type { Unit, UnitType } from '../api/types';

export const UNIT_TYPES: readonly UnitType[] = [
  'ADMINISTRATION',
  'SCHOOL_FORM_AREA',
  'SCHOOL_UNIT',
  'PRESCHOOL_UNIT',
  'DEPARTMENT',
  'TEAM',
];

/** The school forms the form offers; a unit's other SS 12000 codes are kept as they are. */
export const COMMON_SCHOOL_FORMS = [
  'FS',
  'FKLASS',
  'FTH',
  'GR',
  'GRS',
  'GY',
  'GYS',
  'VUX',
  'SFI',
] as const;

export const NAME_MAX = 200;

export function hasSchoolUnitCode(type: UnitType): boolean {
  return type === 'SCHOOL_UNIT' || type === 'PRESCHOOL_UNIT';
}

export function servesSchoolForms(type: UnitType): boolean {
  return type === 'SCHOOL_FORM_AREA' || hasSchoolUnitCode(type);
}

export interface TreeNode {
  unit: Unit;
  children: TreeNode[];
}

/** Units as nested nodes, siblings by name; a unit whose parent is not in the list is a top node. */
export function buildTree(units: Unit[]): TreeNode[] {
  const nodes = new Map(units.map((u) => [u.id, { unit: u, children: [] as TreeNode[] }]));
  const top: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : top).push(node);
  }
  const sort = (list: TreeNode[]) => {
    list.sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'sv'));
    list.forEach((n) => sort(n.children));
  };
  sort(top);
  return top;
}

/** The ids of the unit and everything under it. */
export function subtreeIds(units: Unit[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parentId) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const found = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (found.has(next)) continue;
    found.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return found;
}

/** Where a unit may move: open units outside its own subtree, other than its present parent. */
export function moveTargets(units: Unit[], unit: Unit): Unit[] {
  const own = subtreeIds(units, unit.id);
  return units
    .filter((u) => u.open && !own.has(u.id) && u.id !== unit.parentId)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}
