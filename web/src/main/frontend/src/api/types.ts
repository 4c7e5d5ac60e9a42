/**
 * The names the pages use for what the API answers, as aliases of the types generated from the
 * OpenAPI document (`schema.d.ts`, `npm run schema`): the server's records decide them.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Tenant = Schemas['CallerTenantView'];

/**
 * Who is signed in. The server leaves out `tenant` for the platform operator, who belongs to no
 * municipality; the app reads `/api/me` once (App.tsx) and says it as `null`.
 */
export type Me = Omit<Schemas['MeView'], 'tenant'> & { tenant: Tenant | null };

/** A capability of `/api/me` (web.me.Capability on the server). */
export type Capability = Schemas['Capability'];

/** A page of a list (the server's Page<T>: PageNoteView, PageUnitView, ...). */
export interface Page<T> {
  items: T[];
  total: number;
  offset: number;
  limit: number;
}

export type Note = Schemas['NoteView'];
export type NoteAction = Note['allowed'][number];
/** What the note form sends: the request's fields, a body always (empty when none). */
export type NoteInput = Required<Schemas['NoteRequest']>;

export type UnitType = Schemas['UnitType'];

/** A unit of the municipality's organisation tree; depth 0 is the root. */
export type Unit = Schemas['UnitView'];

export type UnitChangeKind = Schemas['UnitChangeView']['kind'];
export type UnitChange = Schemas['UnitChangeView'];

export type StrategyStatus = Schemas['StrategyStatus'];
export type StrategySummary = Schemas['Summary'];
export type FrameworkMapping = Schemas['Mapping'];
export type Goal = Schemas['GoalView'];
export type PriorityArea = Schemas['Area'];
export type RoleExpectations = Schemas['Expectations'];
export type Strategy = Schemas['Full'];
export type StrategyAction = Strategy['allowed'][number];
export type FrameworkArea = Schemas['FrameworkArea'];
export type Framework = Schemas['FrameworkView'];

/** A level of the chain of governance (`inChain`) or a function beside it (rank -1). */
export type RoleLevel = Schemas['LevelView'];

/** The municipality's chain of governance: its levels, and its steps from the top (level keys). */
export type RoleChain = Schemas['ChainView'];

/** Who holds which level or function, where (no unitId: the whole municipality) and when. */
export type RoleAssignment = Schemas['AssignmentView'];

export type TenantStatus = Schemas['TenantView']['status'];

/** A municipality as the platform operator sees it (GET /api/tenants). */
export type TenantRecord = Schemas['TenantView'];

/** A member of staff; email and principalName only for the municipality admin. */
export type Person = Schemas['PersonView'];

/** A duty (tjänstgöring): an SS 12000 duty role at a unit, with the chain level it gives. */
export type Duty = Schemas['DutyView'];

export type PersonDetail = Schemas['PersonDetailView'];

export type ImportStatus = Schemas['ImportStatus'];

/** An SS 12000 import job with its progress. */
export type ImportJob = Schemas['ImportView'];
