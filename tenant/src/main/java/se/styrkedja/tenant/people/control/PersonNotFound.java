package se.styrkedja.tenant.people.control;

import java.util.UUID;
import se.styrkedja.core.problem.NotFound;
import se.styrkedja.tenant.api.TenantProblemCode;

/** No such person for this tenant (which says nothing of other tenants). */
public class PersonNotFound extends NotFound {

  private static final long serialVersionUID = 1L;

  public PersonNotFound(UUID id) {
    super(TenantProblemCode.PERSON_NOT_FOUND, "Person", id);
  }
}
