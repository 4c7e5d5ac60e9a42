package se.styrkedja.tenant.strategy.control;

import se.styrkedja.core.problem.NotFound;

/** The municipality has adopted no strategy (yet). */
public class NoAdoptedStrategy extends NotFound {

  private static final long serialVersionUID = 1L;

  public NoAdoptedStrategy() {
    super("tenant.strategy.none-adopted", "Adopted strategy", "-");
  }
}
