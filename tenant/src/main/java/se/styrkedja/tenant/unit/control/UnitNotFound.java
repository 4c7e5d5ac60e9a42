package se.styrkedja.tenant.unit.control;

import java.util.List;
import java.util.UUID;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.core.problem.ProblemCode;
import se.styrkedja.tenant.api.TenantProblemCode;

/**
 * No such unit for this tenant (which says nothing of other tenants). When the id came in a field
 * of the request ({@code parentId}, {@code under}), the field is named.
 */
public class UnitNotFound extends DomainProblem {

  private static final long serialVersionUID = 1L;

  static final ProblemCode CODE = TenantProblemCode.UNIT_NOT_FOUND;

  public UnitNotFound(UUID id) {
    super(Kind.NOT_FOUND, CODE, "Not found", "Unit '" + id + "' does not exist.");
  }

  public UnitNotFound(UUID id, String field) {
    super(
        Kind.NOT_FOUND,
        CODE,
        "Not found",
        "Unit '" + id + "' does not exist.",
        List.of(new FieldError(field, "no such unit")));
  }
}
