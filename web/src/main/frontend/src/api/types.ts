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
  /**
   * What the caller may do in the municipality the request acts for, by the server's own rules
   * (see MeResource). Optional only so older test fixtures still type; the server always sends it.
   */
  capabilities?: Capability[];
}

/** A capability of `/api/me` (web.me.Capability on the server). */
export type Capability =
  | 'CONFIGURE'
  | 'READ_PEOPLE'
  | 'WRITE_PLANS'
  | 'APPROVE_PLANS'
  | 'READ_INSTRUMENTS'
  | 'WRITE_INSTRUMENTS'
  | 'MANAGE_TENANTS';

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
  /** The author's name, when the municipality knows a person for the username. */
  createdByName?: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** What the caller may do with the note, as the server will allow it. */
  allowed?: NoteAction[];
}

export type NoteAction = 'edit' | 'delete';

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
  /** The SS 12000 organisationType an imported unit has at its source, e.g. 'Verksamhetsområde'. */
  organisationType?: string | null;
  depth: number;
  openedOn: string;
  closedOn: string | null;
  open: boolean;
  version: number;
  /** What the caller may do with the unit, as the server allows. */
  allowed?: ('edit' | 'move' | 'close' | 'new-child')[];
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
  /** What the caller may do with this version, as the server allows. */
  allowed?: StrategyAction[];
}

export type StrategyAction = 'edit' | 'adopt' | 'discard' | 'new-version';

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
  /** The holder's name, when the municipality knows a person for the username. */
  name?: string | null;
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

/** A member of staff; email and principalName only for the municipality admin. */
export interface Person {
  id: string;
  externalId: string | null;
  givenName: string;
  familyName: string;
  /** The SSO username assignments and activity owners name the person by (null: none yet). */
  username?: string | null;
  principalName?: string | null;
  email?: string | null;
  /** Whether the person has signed in (and so is linked to an SSO identity). */
  linked: boolean;
  version: number;
}

/** A duty (tjänstgöring): an SS 12000 duty role at a unit, with the chain level it gives. */
export interface Duty {
  id: string;
  externalId: string | null;
  dutyRole: string;
  unitId: string;
  unitName?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  level?: string | null;
}

export interface PersonDetail {
  person: Person;
  duties: Duty[];
}

export type ImportStatus = 'STARTING' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'STOPPED';

/** An SS 12000 import job with its progress. */
export interface ImportJob {
  id: string;
  kind: 'FILES' | 'REMOTE';
  status: ImportStatus;
  step: string;
  read: number;
  written: number;
  skipped: number;
  /** Written, but not all as the record says (a unit under the root: its parent is missing). */
  noted: number;
  total?: number | null;
  /** 0-100; absent while the total is unknown (a remote import before its end). */
  percent?: number | null;
  baseUrl?: string | null;
  modifiedAfter?: string | null;
  message?: string | null;
  startedBy: string;
  createdAt: string;
  finishedAt?: string | null;
}
