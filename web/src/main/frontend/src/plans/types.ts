/** What the plans API answers, as aliases of the types generated from the OpenAPI document. */
import type { components } from '../api/schema';

type Schemas = components['schemas'];

export type PlanKind = Schemas['PlanKind'];
export type PlanStatus = Schemas['PlanStatus'];
export type ActivityStatus = Schemas['ActivityStatus'];
export type Step = Schemas['StepRequest']['step'];
export type Rating = Schemas['Rating'];

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

/** A plan in a list. */
export type PlanSummary = Schemas['PlanSummary'];

export type Activity = Schemas['ActivityView'];
export type ActivityAction = Activity['allowed'][number];

/** A plan whole; `allowedSteps` and `allowed` say what the caller may do with it now. */
export type Plan = Schemas['PlanView'];
export type PlanAction = Plan['allowed'][number];

/** A unit and the kind of plan the caller may start for it (GET /api/plans/creatable). */
export type Creatable = Schemas['CreatableView'];

export type Transition = Schemas['TransitionView'];
export type RevisionKind = Schemas['RevisionKind'];

/** A version of the plan in its history; `kind` is worded by the web app (code.revisionKind.*). */
export type Revision = Schemas['RevisionView'];

export type FieldChange = Schemas['FieldChange'];
export type ActivityChange = Schemas['ActivityChange'];
export type Comparison = Schemas['ComparisonView'];

export type ActivityFollowUp = Schemas['FollowUpActivityView'];
export type FollowUp = Schemas['FollowUpView'];

export type DeadlineKind = Schemas['DeadlineKind'];
export type CycleDeadline = Schemas['DeadlineView'];
export type UnitDeadline = Schemas['ProgressDeadlineView'];
export type UnitProgress = Schemas['ProgressUnitView'];
export type ProgressOverview = Schemas['OverviewView'];

export type InboxReason = Schemas['Reason'];
export type InboxItem = Schemas['ItemView'];
