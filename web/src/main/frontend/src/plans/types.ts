/** What the plans API answers (plans module, PlanViews and the other boundary records). */

export type PlanKind = 'LOCAL' | 'ADMINISTRATION';
export type PlanStatus =
  'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED' | 'ACTIVE' | 'FOLLOWED_UP' | 'CLOSED';
export type ActivityStatus = 'PLANNED' | 'ONGOING' | 'DONE' | 'CANCELLED';
export type Step = 'SUBMIT' | 'APPROVE' | 'RETURN' | 'ACTIVATE' | 'MARK_FOLLOWED_UP' | 'CLOSE';
export type Rating = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

export const PLAN_STATUSES: readonly PlanStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'RETURNED',
  'APPROVED',
  'ACTIVE',
  'FOLLOWED_UP',
  'CLOSED',
];
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = [
  'PLANNED',
  'ONGOING',
  'DONE',
  'CANCELLED',
];
export const RATINGS: readonly Rating[] = ['ON_TRACK', 'AT_RISK', 'OFF_TRACK'];

export interface PlanSummary {
  id: string;
  kind: PlanKind;
  schoolYear: string;
  unitId: string;
  title: string;
  status: PlanStatus;
  writtenAtLevel: string;
  /** The steps the caller may take now, as the server judges them. */
  allowedSteps?: Step[];
  /** For a local plan: the administration's action plan of the same school year. */
  administrationPlanId?: string | null;
  administrationPlanTitle?: string | null;
  submittedBy?: string | null;
  submittedAt?: string | null;
  decidedBy?: string | null;
  decidedAt?: string | null;
  updatedAt: string;
  version: number;
}

export interface Activity {
  id: string;
  place: number;
  priorityAreaId: string;
  goalIds: string[];
  title: string;
  description?: string | null;
  targetLevels: string[];
  targetUnitIds: string[];
  targetNote?: string | null;
  owner: string;
  /** The owner's name, when the municipality knows a person for the username. */
  ownerName?: string | null;
  startsOn: string;
  dueOn: string;
  successCriteria?: string | null;
  status: ActivityStatus;
  delayed: boolean;
  progress: number;
  updatedBy: string;
  updatedAt: string;
  version: number;
  /** What the caller may do with the activity now, as the server allows. */
  allowed?: ActivityAction[];
}

export type ActivityAction = 'edit' | 'delete' | 'progress';
export type PlanAction = 'edit' | 'follow-up' | 'copy' | 'template';

export interface Plan extends PlanSummary {
  summary?: string | null;
  strategyId: string;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  activities: Activity[];
  /** What else the caller may do with the plan now, as the server allows. */
  allowed?: PlanAction[];
  /** Names of the people the plan names, by username, where the municipality knows them. */
  names?: Record<string, string>;
}

/** A unit and the kind of plan the caller may start for it (GET /api/plans/creatable). */
export interface Creatable {
  unitId: string;
  unitName: string;
  kind: PlanKind;
}

export interface Transition {
  from: PlanStatus;
  to: PlanStatus;
  comment?: string | null;
  by: string;
  /** Who, by name, when the municipality knows a person for the username. */
  byName?: string | null;
  at: string;
}

export type RevisionKind =
  | 'CREATED'
  | 'EDITED'
  | 'ACTIVITY_ADDED'
  | 'ACTIVITY_CHANGED'
  | 'ACTIVITY_REMOVED'
  | 'PROGRESS'
  | 'STATUS'
  | 'OTHER';

export interface Revision {
  revision: number;
  /** What made the version; worded by the web app (code.revisionKind.*). */
  kind: RevisionKind;
  activity?: string | null;
  status?: PlanStatus | null;
  /** The same in English, for logs. */
  change: string;
  by: string;
  /** Who, by name, when the municipality knows a person for the username. */
  byName?: string | null;
  at: string;
}

export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

export interface ActivityChange {
  id?: string;
  title?: string;
  fields?: FieldChange[];
}

export interface Comparison {
  from: number;
  to: number;
  plan: FieldChange[];
  added: ActivityChange[];
  removed: ActivityChange[];
  changed: ActivityChange[];
  reordered: boolean;
}

export interface ActivityFollowUp {
  activityId: string;
  rating: Rating;
  narrative?: string | null;
  evidenceLinks: string[];
}

export interface FollowUp {
  roundDue: string;
  rating: Rating;
  summary?: string | null;
  writtenBy: string;
  writtenAt: string;
  version: number;
  activities: ActivityFollowUp[];
}

export type DeadlineKind = 'ADMINISTRATION_PLAN' | 'LOCAL_PLAN' | 'FOLLOW_UP';

export interface CycleDeadline {
  kind: DeadlineKind;
  month: number;
  day: number;
  label: string;
  due: string;
}

export interface UnitDeadline {
  kind: DeadlineKind;
  label: string;
  due: string;
  state: 'DONE' | 'UPCOMING' | 'OVERDUE';
}

export interface UnitProgress {
  unitId: string;
  unitName: string;
  unitType: string;
  parentId?: string | null;
  planId?: string | null;
  planTitle?: string | null;
  planStatus?: PlanStatus | null;
  activities: number;
  activitiesByStatus: Partial<Record<ActivityStatus, number>>;
  delayed: number;
  lastFollowUp?: string | null;
  followUpMissing: boolean;
  deadlines: UnitDeadline[];
}

export interface ProgressOverview {
  schoolYear: string;
  asOf: string;
  lastFollowUpRound?: string | null;
  totals: {
    units: number;
    withApprovedPlan: number;
    withoutApprovedPlan: number;
    shareWithApprovedPlan: number;
    plansByStatus: Partial<Record<PlanStatus, number>>;
    activities: number;
    activitiesByStatus: Partial<Record<ActivityStatus, number>>;
    activityShares: Partial<Record<ActivityStatus, number>>;
    delayed: number;
    followUpsMissing: number;
  };
  units: UnitProgress[];
}

export type InboxReason = 'APPROVE' | 'REVISE' | 'START' | 'FOLLOW_UP' | 'DECIDED';

export interface InboxItem {
  reason: InboxReason;
  planId: string;
  planTitle: string;
  planStatus: PlanStatus;
  schoolYear: string;
  unitId: string;
  unitName: string;
  since: string;
  by?: string | null;
  /** The name of `by`, when the municipality knows a person for it. */
  byName?: string | null;
  comment?: string | null;
  due?: string | null;
}
