package se.styrkedja.core.problem;

/** The one answer for a request without a valid bearer token, whatever was wrong with it. */
public final class Unauthorized {

  private Unauthorized() {}

  public static Problem problem() {
    return Problem.of(
        401,
        CoreProblemCode.AUTH_UNAUTHENTICATED,
        "Not signed in",
        "This address needs a valid access token from the municipality's sign-in.",
        Problems.newInstance());
  }
}
