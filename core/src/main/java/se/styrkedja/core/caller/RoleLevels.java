package se.styrkedja.core.caller;

/**
 * The names of the role levels and functions as the identity provider grants them (realm roles in
 * the token's {@code groups} claim). The chain of governance itself is configured per tenant.
 */
public final class RoleLevels {

  /** Board member or politician (nämnd). */
  public static final String POLITIKER = "politiker";

  /** Administration leadership (förvaltningsledning). */
  public static final String FORVALTNING = "forvaltning";

  /** Principal (rektor). */
  public static final String REKTOR = "rektor";

  /** Preschool head (förskolechef). */
  public static final String FORSKOLECHEF = "forskolechef";

  /** Teacher (lärare, pedagog). */
  public static final String LARARE = "larare";

  /** The IT department, beside the chain. */
  public static final String IT = "it";

  /** Municipality admin, who configures the tenant. */
  public static final String ADMIN = "admin";

  /** Platform operator, who onboards tenants; belongs to no tenant. */
  public static final String OPERATOR = "operator";

  private RoleLevels() {}
}
