package se.styrkedja.tenant.offboarding.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.core.tenant.AsTenant;
import se.styrkedja.core.tenant.TenantId;

/**
 * Reads and deletes every row a tenant owns, table by table, through the connection of a
 * transaction bound to that tenant: row-level security still stands behind the {@code where
 * tenant_id = ?} of each statement, so not even a mistake here reaches another tenant's rows.
 *
 * <p>This is a reviewed place for native SQL in a tenant code path (DESIGN.md): table names come
 * from the database's catalog, never from a request, and the tenant is always a bound parameter.
 */
@ApplicationScoped
public class TenantData {

  /** The format of the archive, written into its manifest so a reader can tell versions apart. */
  public static final String FORMAT = "styrkedja-tenant-export/1";

  @Inject AsTenant asTenant;
  @Inject TenantEntityManager tenantEm;

  /**
   * Writes the archive: {@code manifest.json} (the tenant, when, by whom, rows per table) and
   * {@code tables/<table>.json} with every row of the tenant, one JSON object per row.
   *
   * @param about what the manifest says of the tenant (its registry entry)
   */
  public Map<String, Long> export(
      TenantId tenant, Map<String, String> about, String exportedBy, OutputStream out) {
    return asTenant.call(
        tenant,
        () -> {
          Connection connection = tenantEm.get().unwrap(Connection.class);
          try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            TenantTables tables = TenantTables.read(connection);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables.names()) {
              zip.putNextEntry(new ZipEntry("tables/" + table + ".json"));
              counts.put(table, writeRows(connection, table, tenant, zip));
              zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("manifest.json"));
            writeManifest(about, exportedBy, counts, zip);
            zip.closeEntry();
            return counts;
          } catch (SQLException e) {
            throw new IllegalStateException("could not read the tenant's data", e);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Deletes every row of the tenant in every tenant-owned table, in one transaction: it all goes,
   * or nothing does.
   *
   * @return rows deleted per table
   */
  public Map<String, Long> purge(TenantId tenant) {
    return asTenant.call(
        tenant,
        () -> {
          Connection connection = tenantEm.get().unwrap(Connection.class);
          try {
            TenantTables tables = TenantTables.read(connection);
            Map<String, Long> deleted = new LinkedHashMap<>();
            List<String> order = tables.deletionOrder();
            for (String table : order) {
              deleted.put(table, purgeTable(connection, table, tenant));
            }
            // Nothing is marked offboarded on a purge that left a row behind: it all rolls back.
            for (String table : order) {
              long left = count(connection, table, tenant);
              if (left > 0) {
                throw new IllegalStateException(
                    "the purge left " + left + " rows of " + tenant.value() + " in " + table);
              }
            }
            return deleted;
          } catch (SQLException e) {
            throw new IllegalStateException("could not purge the tenant's data", e);
          }
        });
  }

  /**
   * The application's role may not delete from tables that are only ever added to (the audit trail,
   * a unit's history); the one function that may, {@code purge_tenant_rows}, deletes only rows of
   * the tenant bound to the transaction. PostgreSQL checks a table's references to itself at the
   * end of the statement, so one statement per table does.
   */
  private static long purgeTable(Connection connection, String table, TenantId tenant)
      throws SQLException {
    try (PreparedStatement purge =
        connection.prepareStatement("select purge_tenant_rows(?::regclass, ?)")) {
      purge.setString(1, table);
      purge.setString(2, tenant.value());
      try (ResultSet rs = purge.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long count(Connection connection, String table, TenantId tenant)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
      select.setString(1, tenant.value());
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long writeRows(
      Connection connection, String table, TenantId tenant, OutputStream zip) throws SQLException {
    long rows = 0;
    try (PreparedStatement select =
            connection.prepareStatement("select * from " + table + " where tenant_id = ?");
        JsonGenerator json = Json.createGenerator(new KeepOpen(zip))) {
      select.setString(1, tenant.value());
      select.setFetchSize(500);
      try (ResultSet rs = select.executeQuery()) {
        ResultSetMetaData columns = rs.getMetaData();
        json.writeStartArray();
        while (rs.next()) {
          json.writeStartObject();
          for (int i = 1; i <= columns.getColumnCount(); i++) {
            writeValue(json, columns.getColumnLabel(i).toLowerCase(Locale.ROOT), rs, i, columns);
          }
          json.writeEnd();
          rows++;
        }
        json.writeEnd();
      }
    }
    return rows;
  }

  private static void writeValue(
      JsonGenerator json, String name, ResultSet rs, int i, ResultSetMetaData columns)
      throws SQLException {
    int type = columns.getColumnType(i);
    switch (type) {
      case Types.TIMESTAMP_WITH_TIMEZONE -> {
        OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
        writeText(json, name, at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC));
      }
      case Types.TIMESTAMP -> {
        // PostgreSQL's driver reports timestamptz as TIMESTAMP; its type name tells them apart.
        if (columns.getColumnTypeName(i).toLowerCase(Locale.ROOT).contains("tz")) {
          OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
          writeText(json, name, at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC));
        } else {
          writeText(json, name, rs.getObject(i, LocalDateTime.class));
        }
      }
      case Types.DATE -> writeText(json, name, rs.getObject(i, LocalDate.class));
      case Types.BOOLEAN, Types.BIT -> {
        boolean value = rs.getBoolean(i);
        if (rs.wasNull()) {
          json.writeNull(name);
        } else {
          json.write(name, value);
        }
      }
      case Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.TINYINT -> {
        long value = rs.getLong(i);
        if (rs.wasNull()) {
          json.writeNull(name);
        } else {
          json.write(name, value);
        }
      }
      case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> {
        java.math.BigDecimal value = rs.getBigDecimal(i);
        if (value == null) {
          json.writeNull(name);
        } else {
          json.write(name, value);
        }
      }
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
        byte[] bytes = rs.getBytes(i);
        writeText(json, name, bytes == null ? null : Base64.getEncoder().encodeToString(bytes));
      }
      case Types.ARRAY -> {
        Array array = rs.getArray(i);
        if (array == null) {
          json.writeNull(name);
        } else {
          json.writeStartArray(name);
          for (Object element : (Object[]) array.getArray()) {
            if (element == null) {
              json.writeNull();
            } else {
              json.write(element.toString());
            }
          }
          json.writeEnd();
        }
      }
      default -> writeText(json, name, rs.getObject(i));
    }
  }

  private static void writeText(JsonGenerator json, String name, Object value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value.toString());
    }
  }

  private static void writeManifest(
      Map<String, String> about, String exportedBy, Map<String, Long> counts, OutputStream zip) {
    try (JsonGenerator json =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(new KeepOpen(zip), StandardCharsets.UTF_8)) {
      json.writeStartObject();
      json.write("format", FORMAT);
      json.write("exportedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
      json.write("exportedBy", exportedBy);
      json.writeStartObject("tenant");
      about.forEach(json::write);
      json.writeEnd();
      json.writeStartObject("rows");
      counts.forEach(json::write);
      json.writeEnd();
      json.writeEnd();
    }
  }

  /** The JSON generator closes its stream when done; the zip entry must stay open for the next. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
