package se.styrkedja.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.tenant.TenantId;

/**
 * The only way tenant code reaches the database. It hands out the transaction's entity manager with
 * the request's tenant bound to it, once, before first use:
 *
 * <ul>
 *   <li>outside a transaction, or with no tenant, it refuses (fails closed);
 *   <li>asking for another tenant in a transaction that already has one is refused, since
 *       EclipseLink would otherwise mix the two;
 *   <li>it also sets {@code styrkedja.tenant_id} for the transaction, which PostgreSQL's row-level
 *       security policies read: the database's own wall behind EclipseLink's filter.
 * </ul>
 */
@ApplicationScoped
public class TenantEntityManager {

  /** The setting the row-level security policies compare {@code tenant_id} with. */
  public static final String DATABASE_SETTING = "styrkedja.tenant_id";

  private static final String TENANT = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT;

  @PersistenceContext(unitName = "styrkedja")
  EntityManager em;

  @Inject TenantContext tenantContext;

  private volatile TransactionSynchronizationRegistry transactions;

  public EntityManager get() {
    TenantId tenant = tenantContext.require();
    TransactionSynchronizationRegistry transactions = transactions();
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("tenant-owned data is only touched inside a transaction");
    }
    Object bound = transactions.getResource(TENANT);
    if (bound == null) {
      em.setProperty(TENANT, tenant.value());
      bindDatabase(em, tenant);
      transactions.putResource(TENANT, tenant.value());
    } else if (!bound.equals(tenant.value())) {
      throw new IllegalStateException("another tenant is already bound to this transaction");
    }
    return em;
  }

  /**
   * Looked up, not injected: a resource injected into a bean of a library JAR fails when the bean
   * is first created outside a request (at start-up, for demo data).
   */
  private TransactionSynchronizationRegistry transactions() {
    if (transactions == null) {
      try {
        transactions = InitialContext.doLookup("java:comp/TransactionSynchronizationRegistry");
      } catch (NamingException e) {
        throw new IllegalStateException("no transaction synchronization registry", e);
      }
    }
    return transactions;
  }

  /**
   * Runs the one reviewed piece of native SQL in tenant code paths: it pins the transaction's
   * connection (EclipseLink begins its transaction early, so every later statement of this
   * transaction uses the same connection) and sets the tenant for row-level security, local to the
   * transaction.
   */
  private void bindDatabase(EntityManager em, TenantId tenant) {
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement set =
        connection.prepareStatement("select set_config('" + DATABASE_SETTING + "', ?, true)")) {
      set.setString(1, tenant.value());
      set.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("could not bind the tenant to the database transaction", e);
    }
  }
}
