package se.styrkedja.core.caller;

/**
 * The keys of the standard chain of governance's levels, as every municipality starts with them
 * (each tenant may rename, add and reorder its own), and the one realm-wide role: the platform
 * operator's, which the token's {@code groups} claim carries. A level is held in a municipality
 * through that municipality's stored role assignments only.
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

  /** Platform operator, who onboards tenants; belongs to no tenant. A realm role in the token. */
  public static final String OPERATOR = "operator";

  private RoleLevels() {}
}
