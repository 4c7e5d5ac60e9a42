package se.styrkedja.core.problem;

/**
 * The codes of the problems core answers with: the request, the route, the sign-in, the
 * municipality asked for, validation, concurrent writes and internal errors.
 */
public enum CoreProblemCode implements ProblemCode {
  AUTH_UNAUTHENTICATED("core.auth.unauthenticated"),
  INTERNAL("core.internal"),
  PERSISTENCE_CONCURRENT_UPDATE("core.persistence.concurrent-update"),
  REQUEST_MALFORMED("core.request.malformed"),
  REQUEST_NOT_ACCEPTABLE("core.request.not-acceptable"),
  REQUEST_REFUSED("core.request.refused"),
  REQUEST_UNSUPPORTED_MEDIA_TYPE("core.request.unsupported-media-type"),
  ROUTE_METHOD_NOT_ALLOWED("core.route.method-not-allowed"),
  ROUTE_NOT_FOUND("core.route.not-found"),
  TENANT_MISSING("core.tenant.missing"),
  TENANT_NOT_GRANTED("core.tenant.not-granted"),
  TENANT_NOT_REGISTERED("core.tenant.not-registered"),
  TENANT_OFFBOARDED("core.tenant.offboarded"),
  TENANT_ONBOARDING("core.tenant.onboarding"),
  TENANT_SUSPENDED("core.tenant.suspended"),
  VALIDATION("core.validation"),
  /** A request body value that does not fit its field (a date that is no date). */
  REQUEST_INVALID_VALUE("core.request.invalid-value"),
  /** A body value that should be a date and is none. */
  REQUEST_INVALID_DATE("core.request.invalid-date"),
  /** Bean Validation, one code per constraint a field error can name. */
  VALIDATION_NOT_BLANK("core.validation.not-blank"),
  VALIDATION_NOT_NULL("core.validation.not-null"),
  VALIDATION_SIZE("core.validation.size"),
  VALIDATION_PATTERN("core.validation.pattern"),
  VALIDATION_EMAIL("core.validation.email"),
  VALIDATION_RANGE("core.validation.range");

  private final String code;

  CoreProblemCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
