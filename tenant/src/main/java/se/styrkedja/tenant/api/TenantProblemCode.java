package se.styrkedja.tenant.api;

import se.styrkedja.core.problem.ProblemCode;

/**
 * The codes of every problem the tenant module answers with. A new problem adds its code here, and
 * the web app must word it (WordsForCodesTest in web fails until it does).
 */
public enum TenantProblemCode implements ProblemCode {
  ACCESS_NO_ROLE("tenant.access.no-role"),
  ACCESS_OPERATOR_ONLY("tenant.access.operator-only"),
  ACCESS_REFUSED("tenant.access.refused"),
  IDENTITY_PROVIDER_INVALID("tenant.identity-provider.invalid"),
  IDENTITY_UNAVAILABLE("tenant.identity.unavailable"),
  IMPORT_CONFLICT("tenant.import.conflict"),
  IMPORT_INVALID("tenant.import.invalid"),
  IMPORT_NOT_FOUND("tenant.import.not-found"),
  IMPORT_RUNNING("tenant.import.running"),
  NOTE_NOT_FOUND("tenant.note.not-found"),
  NOTE_NOT_YOURS("tenant.note.not-yours"),
  NOTE_NOT_YOURS_TO_DELETE("tenant.note.not-yours-to-delete"),
  NOTE_STALE_VERSION("tenant.note.stale-version"),
  OFFBOARDING_ALREADY_OFFBOARDED("tenant.offboarding.already-offboarded"),
  OFFBOARDING_CONFIRMATION_MISMATCH("tenant.offboarding.confirmation-mismatch"),
  OFFBOARDING_NOT_EXPORTED("tenant.offboarding.not-exported"),
  OFFBOARDING_NOT_SUSPENDED("tenant.offboarding.not-suspended"),
  PERSON_NOT_FOUND("tenant.person.not-found"),
  REGISTRY_INVALID_TRANSITION("tenant.registry.invalid-transition"),
  REGISTRY_NOT_FOUND("tenant.registry.not-found"),
  REGISTRY_TAKEN("tenant.registry.taken"),
  ROLE_ASSIGNMENT_NOT_FOUND("tenant.role.assignment-not-found"),
  ROLE_INVALID_ASSIGNMENT("tenant.role.invalid-assignment"),
  ROLE_INVALID_LEVEL("tenant.role.invalid-level"),
  ROLE_LEVEL_EXISTS("tenant.role.level-exists"),
  ROLE_LEVEL_NOT_FOUND("tenant.role.level-not-found"),
  ROLE_ORDER_MISMATCH("tenant.role.order-mismatch"),
  ROLE_STALE_VERSION("tenant.role.stale-version"),
  STRATEGY_AREA_NOT_FOUND("tenant.strategy.area-not-found"),
  STRATEGY_DRAFT_EXISTS("tenant.strategy.draft-exists"),
  STRATEGY_GOAL_NOT_FOUND("tenant.strategy.goal-not-found"),
  STRATEGY_NONE_ADOPTED("tenant.strategy.none-adopted"),
  STRATEGY_NOT_ADOPTED("tenant.strategy.not-adopted"),
  STRATEGY_NOT_DRAFT("tenant.strategy.not-draft"),
  STRATEGY_NOT_FOUND("tenant.strategy.not-found"),
  STRATEGY_ORDER_MISMATCH("tenant.strategy.order-mismatch"),
  STRATEGY_STALE_VERSION("tenant.strategy.stale-version"),
  UNIT_CLOSED("tenant.unit.closed"),
  UNIT_INTO_OWN_SUBTREE("tenant.unit.into-own-subtree"),
  UNIT_INVALID("tenant.unit.invalid"),
  UNIT_NOT_FOUND("tenant.unit.not-found"),
  UNIT_OPEN_CHILDREN("tenant.unit.open-children"),
  UNIT_PARENT_CLOSED("tenant.unit.parent-closed"),
  UNIT_ROOT_CANNOT_MOVE("tenant.unit.root-cannot-move"),
  UNIT_ROOT_EXISTS("tenant.unit.root-exists"),
  UNIT_SCHOOL_UNIT_CODE_TAKEN("tenant.unit.school-unit-code-taken"),
  UNIT_STALE_VERSION("tenant.unit.stale-version"),
  UNIT_TOO_DEEP("tenant.unit.too-deep"),
  // Field errors only (errors[].code), each a more precise reason than its problem's.
  IMPORT_FILE_UNREADABLE("tenant.import.file-unreadable", true),
  IMPORT_TOO_LARGE("tenant.import.too-large", true),
  IMPORT_NOT_A_ZIP("tenant.import.not-a-zip", true),
  IMPORT_FILE_TWICE("tenant.import.file-twice", true),
  IMPORT_NO_DATA_SET("tenant.import.no-data-set", true),
  UNIT_CLOSED_BEFORE_OPENED("tenant.unit.closed-before-opened", true);

  private final String code;
  private final boolean fieldOnly;

  TenantProblemCode(String code) {
    this(code, false);
  }

  TenantProblemCode(String code, boolean fieldOnly) {
    this.code = code;
    this.fieldOnly = fieldOnly;
  }

  @Override
  public boolean fieldOnly() {
    return fieldOnly;
  }

  @Override
  public String code() {
    return code;
  }
}
