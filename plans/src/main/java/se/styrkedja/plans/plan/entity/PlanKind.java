package se.styrkedja.plans.plan.entity;

/** Whose plan it is. */
public enum PlanKind {
  /** The administration's action plan (handlingsplan), concretising the strategy. */
  ADMINISTRATION,
  /** A unit's local action plan (lokal handlingsplan). */
  LOCAL
}
