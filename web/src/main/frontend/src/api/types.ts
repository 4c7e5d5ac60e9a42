export interface Tenant {
  id: string;
  name: string;
  municipalityCode: string;
}

export interface Me {
  displayName: string;
  username: string;
  /** null for the platform operator, who belongs to no municipality. */
  tenant: Tenant | null;
  roleLevels: string[];
  tenants: Tenant[];
}

export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export interface Note {
  id: string;
  title: string;
  body: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface NoteInput {
  title: string;
  body: string;
}

export type UnitType =
  'ADMINISTRATION' | 'SCHOOL_FORM_AREA' | 'SCHOOL_UNIT' | 'PRESCHOOL_UNIT' | 'DEPARTMENT' | 'TEAM';

/** A unit of the municipality's organisation tree; depth 0 is the root. */
export interface Unit {
  id: string;
  type: UnitType;
  name: string;
  schoolUnitCode: string | null;
  /** SS 12000 school type codes, e.g. 'FS', 'GR'. */
  schoolForms: string[];
  parentId: string | null;
  depth: number;
  openedOn: string;
  closedOn: string | null;
  open: boolean;
  version: number;
}

export type UnitChangeKind =
  'CREATED' | 'RENAMED' | 'SCHOOL_UNIT_CODE' | 'SCHOOL_FORMS' | 'MOVED' | 'CLOSED';

export interface UnitChange {
  id: string;
  kind: UnitChangeKind;
  from: string | null;
  to: string | null;
  by: string;
  at: string;
}

export type StrategyStatus = 'DRAFT' | 'ADOPTED' | 'ARCHIVED';

export interface StrategySummary {
  id: string;
  title: string;
  adoptingBody: string;
  adoptedOn?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  status: StrategyStatus;
  versionNumber: number;
  revisesId?: string | null;
  lineageId: string;
  updatedAt: string;
  version: number;
}

export interface FrameworkMapping {
  framework: string;
  areaCode: string;
}

export interface Goal {
  id: string;
  position: number;
  title: string;
  measure: string;
  why: string;
  targetValue?: number | null;
  unit: string;
  deadline?: string | null;
  version: number;
}

export interface PriorityArea {
  id: string;
  position: number;
  title: string;
  description: string;
  mappings: FrameworkMapping[];
  goals: Goal[];
  version: number;
}

export interface RoleExpectations {
  roleLevel: string;
  statements: string[];
  version?: number | null;
}

export interface Strategy extends StrategySummary {
  vision: string;
  areas: PriorityArea[];
  expectations: RoleExpectations[];
}

export interface FrameworkArea {
  code: string;
  sv: string;
  en: string;
}

export interface Framework {
  framework: string;
  sv: string;
  en: string;
  areas: FrameworkArea[];
}

/** A level of the chain of governance ({@code inChain}) or a function beside it (rank -1). */
export interface RoleLevel {
  key: string;
  name: string;
  rank: number;
  inChain: boolean;
  top: boolean;
}

/** The municipality's chain of governance: its levels, and its steps from the top (level keys). */
export interface RoleChain {
  levels: RoleLevel[];
  order: string[][];
}

/** Who holds which level or function, where (no unitId: the whole municipality) and when. */
export interface RoleAssignment {
  id: string;
  username: string;
  level: string;
  unitId?: string | null;
  from: string;
  /** Absent while the assignment lasts. */
  until?: string | null;
  createdBy: string;
  createdAt: string;
  version: number;
}

export type TenantStatus = 'onboarding' | 'active' | 'suspended' | 'offboarded';

/** A municipality as the platform operator sees it (GET /api/tenants). */
export interface TenantRecord {
  id: string;
  name: string;
  municipalityCode: string;
  status: TenantStatus;
  adminEmail: string | null;
  identityProvider: { alias: string; type: 'oidc' | 'saml' } | null;
  createdAt: string;
  statusChangedAt: string | null;
  version: number;
}
