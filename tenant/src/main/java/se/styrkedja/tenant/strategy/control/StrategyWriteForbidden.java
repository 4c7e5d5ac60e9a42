package se.styrkedja.tenant.strategy.control;

import se.styrkedja.core.problem.DomainProblem;

/** Only the municipality admin writes the strategy; everyone of the municipality reads it. */
public class StrategyWriteForbidden extends DomainProblem {

  private static final long serialVersionUID = 1L;

  public StrategyWriteForbidden() {
    super(
        Kind.FORBIDDEN,
        "tenant.strategy.write-forbidden",
        "Not allowed to change the strategy",
        "Only the municipality's admin changes the strategy. Everyone in the municipality can read"
            + " it.");
  }
}
