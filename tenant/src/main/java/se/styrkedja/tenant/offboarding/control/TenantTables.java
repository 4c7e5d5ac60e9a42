package se.styrkedja.tenant.offboarding.control;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tenant-owned tables, read from the database's own catalog: every table with a {@code
 * tenant_id} column. Read, not listed by hand, so a table added by a later module is exported and
 * purged without anyone remembering to add it here.
 *
 * <p>A table's references to itself (a unit's parent) do not order anything: PostgreSQL checks them
 * at the end of each statement, so one statement deletes the whole table's rows of a tenant.
 *
 * @param tables table name (lower case) to what it references among the other tenant-owned tables
 */
public record TenantTables(Map<String, Set<String>> tables) {

  static final String TENANT_COLUMN = "tenant_id";

  public TenantTables {
    tables = Map.copyOf(tables);
  }

  public static TenantTables read(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String schema = connection.getSchema();
    Map<String, String> owned = new TreeMap<>(); // lower case -> name as the catalog spells it
    try (ResultSet rs =
        meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String table = rs.getString("TABLE_NAME");
        if (hasTenantColumn(meta, connection.getCatalog(), schema, table)) {
          owned.put(table.toLowerCase(Locale.ROOT), table);
        }
      }
    }
    Map<String, Set<String>> references = new TreeMap<>();
    for (Map.Entry<String, String> table : owned.entrySet()) {
      Set<String> parents = new TreeSet<>();
      try (ResultSet rs = meta.getImportedKeys(connection.getCatalog(), schema, table.getValue())) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (!parent.equals(table.getKey()) && owned.containsKey(parent)) {
            parents.add(parent);
          }
        }
      }
      references.put(table.getKey(), parents);
    }
    return new TenantTables(references);
  }

  private static boolean hasTenantColumn(
      DatabaseMetaData meta, String catalog, String schema, String table) throws SQLException {
    try (ResultSet rs = meta.getColumns(catalog, schema, table, "%")) {
      while (rs.next()) {
        if (rs.getString("COLUMN_NAME").equalsIgnoreCase(TENANT_COLUMN)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every tenant-owned table, by name. */
  public List<String> names() {
    return new ArrayList<>(new TreeSet<>(tables.keySet()));
  }

  /**
   * The tables in an order in which their rows can be deleted: a table comes before every table it
   * references. Ties are broken by name, so the order is the same on every run.
   *
   * @throws IllegalStateException if tables reference each other in a cycle, which no purge order
   *     satisfies (a schema change would have to say how to break it)
   */
  public List<String> deletionOrder() {
    Map<String, Set<String>> remaining = new LinkedHashMap<>();
    new TreeMap<>(tables).forEach((table, parents) -> remaining.put(table, new TreeSet<>(parents)));
    List<String> order = new ArrayList<>();
    while (!remaining.isEmpty()) {
      // A table nobody left references can go now.
      String next =
          remaining.keySet().stream()
              .filter(t -> remaining.values().stream().noneMatch(parents -> parents.contains(t)))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "tenant tables reference each other in a cycle: " + remaining.keySet()));
      order.add(next);
      remaining.remove(next);
    }
    return order;
  }
}
