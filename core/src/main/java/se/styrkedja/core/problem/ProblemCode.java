package se.styrkedja.core.problem;

/**
 * A problem's stable, dotted code ({@code tenant.unit.not-found}), which clients word in their own
 * language. Each module lists its codes in one enum implementing this, so that every code the
 * server can send is known in one place and a test can check that the web app words each of them.
 */
public interface ProblemCode {

  String code();
}
