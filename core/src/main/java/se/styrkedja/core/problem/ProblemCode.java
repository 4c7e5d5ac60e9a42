package se.styrkedja.core.problem;

/**
 * A problem's stable, dotted code ({@code tenant.unit.not-found}), which clients word in their own
 * language. Each module lists its codes in one enum implementing this, so that every code the
 * server can send is known in one place and a test can check that the web app words each of them.
 */
public interface ProblemCode {

  String code();

  /**
   * Whether only a field error carries this code ({@code errors[].code}, a more precise reason than
   * its problem's), never a problem itself: a client words it as a field message only.
   */
  default boolean fieldOnly() {
    return false;
  }
}
