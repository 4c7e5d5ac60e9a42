package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkedja.tenant.note.entity.Note;

/**
 * Tenant isolation on a real PostgreSQL, with both walls: EclipseLink's tenant filter and the
 * database's row-level security under the application role. The notes are written through the
 * running application's API by users of two municipalities; then every way of reading them is tried
 * from one tenant, and must not see the other's.
 */
class IsolationIT {

  private static final String SETTING = "styrkedja.tenant_id";
  private static EntityManagerFactory emf;
  private static UUID botkyrkaNote;
  private static UUID hassleholmNote;
  private final List<EntityManager> open = new ArrayList<>();

  @BeforeAll
  static void twoTenantsWithANoteEach() {
    TestSystem system = TestSystem.get();
    botkyrkaNote = create("rektor.botkyrka", "Botkyrkas plan för källkritik");
    hassleholmNote = create("admin.hassleholm", "Hässleholms mål för digitala verktyg");
    emf =
        Persistence.createEntityManagerFactory(
            "isolation",
            Map.of(
                PersistenceUnitProperties.ECLIPSELINK_PERSISTENCE_XML,
                "META-INF/isolation-persistence.xml",
                "jakarta.persistence.jdbc.url",
                system.jdbcUrl(),
                "jakarta.persistence.jdbc.user",
                TestSystem.APP,
                "jakarta.persistence.jdbc.password",
                system.appPassword()));
  }

  @AfterAll
  static void close() {
    if (emf != null) {
      emf.close();
    }
  }

  @AfterEach
  void rollback() {
    for (EntityManager em : open) {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Test
  void findSeesOnlyTheBoundTenant() {
    EntityManager botkyrka = bound("botkyrka");
    assertNotNull(botkyrka.find(Note.class, botkyrkaNote));
    assertNull(botkyrka.find(Note.class, hassleholmNote));
  }

  @Test
  void jpqlSeesOnlyTheBoundTenant() {
    List<UUID> seen =
        bound("botkyrka").createQuery("select n from Note n", Note.class).getResultList().stream()
            .map(Note::id)
            .toList();
    assertTrue(seen.contains(botkyrkaNote));
    assertFalse(seen.contains(hassleholmNote));

    List<Note> byTitle =
        bound("botkyrka")
            .createQuery("select n from Note n where n.title like :t", Note.class)
            .setParameter("t", "Hässleholms%")
            .getResultList();
    assertEquals(List.of(), byTitle);
  }

  @Test
  void criteriaSeesOnlyTheBoundTenant() {
    EntityManager em = bound("hassleholm");
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Note> q = cb.createQuery(Note.class);
    Root<Note> n = q.from(Note.class);
    q.select(n).where(cb.equal(n.get("id"), botkyrkaNote));
    assertEquals(List.of(), em.createQuery(q).getResultList());

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    count.select(cb.count(count.from(Note.class)));
    long hassleholmCount = em.createQuery(count).getSingleResult();
    assertEquals(rowsAsSuperuser("hassleholm"), hassleholmCount);
  }

  @Test
  void rowLevelSecurityAloneHidesTheOtherTenantFromNativeSql() throws SQLException {
    try (Connection c = TestSystem.get().asApplicationRole().getConnection()) {
      c.setAutoCommit(false);
      bind(c, "botkyrka");
      List<String> tenants = new ArrayList<>();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select distinct tenant_id from note")) {
        while (rs.next()) {
          tenants.add(rs.getString(1));
        }
      }
      assertEquals(List.of("botkyrka"), tenants);
      c.rollback();
    }
  }

  @Test
  void eclipseLinkWithoutTheDatabaseBindingSeesNothing() {
    EntityManager em =
        emf.createEntityManager(
            Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, "botkyrka"));
    open.add(em);
    em.getTransaction().begin();
    assertNull(em.find(Note.class, botkyrkaNote), "the database's wall stands on its own");
  }

  @Test
  void aConnectionWithNoTenantSetReadsNothing() throws SQLException {
    assertTrue(rowsAsSuperuser("botkyrka") > 0 && rowsAsSuperuser("hassleholm") > 0);
    try (Connection c = TestSystem.get().asApplicationRole().getConnection();
        Statement s = c.createStatement()) {
      for (String table : tenantOwnedTables()) {
        try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
          rs.next();
          assertEquals(0, rs.getLong(1), table + " shows rows with no tenant set");
        }
      }
    }
  }

  @Test
  void writesAcrossTenantsAreRefused() throws SQLException {
    try (Connection c = TestSystem.get().asApplicationRole().getConnection()) {
      c.setAutoCommit(false);
      bind(c, "botkyrka");
      try (PreparedStatement update =
              c.prepareStatement("update note set title = 'kapad' where id = ?");
          PreparedStatement delete = c.prepareStatement("delete from note where id = ?")) {
        update.setObject(1, hassleholmNote);
        assertEquals(0, update.executeUpdate(), "another tenant's row cannot be updated");
        delete.setObject(1, hassleholmNote);
        assertEquals(0, delete.executeUpdate(), "another tenant's row cannot be deleted");
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into note (id, tenant_id, title, body, created_by, created_at, updated_by,"
                  + " updated_at, version) values (?, 'hassleholm', 'planterad', '', 'x', now(),"
                  + " 'x', now(), 1)")) {
        insert.setObject(1, UUID.randomUUID());
        SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
        assertEquals("42501", refused.getSQLState(), "row-level security refuses it");
      }
      c.rollback();
    }

    // Through JPA: a hassleholm note, taken to a botkyrka entity manager, changes nothing.
    EntityManager hassleholm = bound("hassleholm");
    Note theirs = hassleholm.find(Note.class, hassleholmNote);
    hassleholm.detach(theirs);
    theirs.edit("kapad", "", "rektor.botkyrka", java.time.Instant.now());
    EntityManager botkyrka = bound("botkyrka");
    assertThrows(
        RuntimeException.class,
        () -> {
          botkyrka.merge(theirs);
          botkyrka.getTransaction().commit();
        });
    assertEquals("Hässleholms mål för digitala verktyg", titleAsSuperuser(hassleholmNote));
  }

  @Test
  void everyTenantOwnedTableForcesRowLevelSecurityAndTheAppRoleOwnsNothing() throws SQLException {
    List<String> tables = tenantOwnedTables();
    assertTrue(
        tables.containsAll(
            List.of(
                "note",
                "audit_event",
                "strategy",
                "strategy_priority_area",
                "strategy_area_mapping",
                "strategy_goal",
                "strategy_expectations",
                "role_level",
                "role_assignment")),
        tables.toString());
    try (Connection c = TestSystem.get().superuser().getConnection()) {
      for (String table : tables) {
        try (PreparedStatement q =
            c.prepareStatement(
                "select c.relrowsecurity, c.relforcerowsecurity,"
                    + " (select count(*) from pg_policies p where p.tablename = c.relname)"
                    + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where n.nspname = 'public' and c.relname = ?")) {
          q.setString(1, table);
          try (ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            assertTrue(rs.getBoolean(1), table + ": row-level security enabled");
            assertTrue(rs.getBoolean(2), table + ": row-level security forced");
            assertTrue(rs.getLong(3) > 0, table + ": has a policy");
          }
        }
      }
      try (PreparedStatement q =
          c.prepareStatement(
              "select count(*) from pg_class c join pg_roles r on r.oid = c.relowner"
                  + " where r.rolname = ?")) {
        q.setString(1, TestSystem.APP);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          assertEquals(0, rs.getLong(1), "the application role owns nothing");
        }
      }
      try (PreparedStatement q =
          c.prepareStatement("select rolsuper, rolbypassrls from pg_roles where rolname = ?")) {
        q.setString(1, TestSystem.APP);
        try (ResultSet rs = q.executeQuery()) {
          assertTrue(rs.next());
          assertFalse(rs.getBoolean(1), "the application role is no superuser");
          assertFalse(rs.getBoolean(2), "the application role cannot bypass row-level security");
        }
      }
    }
  }

  private EntityManager bound(String tenant) {
    EntityManager em =
        emf.createEntityManager(
            Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, tenant));
    open.add(em);
    em.getTransaction().begin();
    try {
      bind(em.unwrap(Connection.class), tenant);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return em;
  }

  private static void bind(Connection c, String tenant) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select set_config(?, ?, true)")) {
      s.setString(1, SETTING);
      s.setString(2, tenant);
      s.execute();
    }
  }

  private static UUID create(String user, String title) {
    Api.Answer a = Api.as(user).post("notes", Map.of("title", title, "body", "isolation"));
    assertEquals(201, a.status(), a.raw());
    return UUID.fromString(a.body().get("id").asText());
  }

  static List<String> tenantOwnedTables() throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection c = TestSystem.get().superuser().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select table_name from information_schema.columns where table_schema = 'public'"
                    + " and column_name = 'tenant_id' order by table_name")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  private static long rowsAsSuperuser(String tenant) {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q = c.prepareStatement("select count(*) from note where tenant_id = ?")) {
      q.setString(1, tenant);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String titleAsSuperuser(UUID id) throws SQLException {
    try (Connection c = TestSystem.get().superuser().getConnection();
        PreparedStatement q = c.prepareStatement("select title from note where id = ?")) {
      q.setObject(1, id);
      try (ResultSet rs = q.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
