package se.styrkedja.tenant.strategy.entity;

/** Where a strategy version is in its life: only a draft is edited, only one is adopted. */
public enum StrategyStatus {
  DRAFT,
  ADOPTED,
  ARCHIVED
}
