package se.styrkedja.tenant.strategy.control;

import java.util.UUID;
import se.styrkedja.core.problem.NotFound;

/** No such priority area in this strategy of this tenant. */
public class PriorityAreaNotFound extends NotFound {

  private static final long serialVersionUID = 1L;

  public PriorityAreaNotFound(UUID id) {
    super("tenant.strategy.area-not-found", "Priority area", id);
  }
}
