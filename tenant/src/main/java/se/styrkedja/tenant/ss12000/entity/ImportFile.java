package se.styrkedja.tenant.ss12000.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * One file of an uploaded data set (organisations, persons or duties), kept in the database rather
 * than on a local disk: a restart may run on another instance of the cluster, and the tenant's
 * row-level security guards it like any other data of the tenant.
 */
@Entity
@Table(name = "import_file")
public class ImportFile extends TenantOwned {

  @Id private UUID id;

  @Column(name = "import_id", nullable = false, updatable = false)
  private UUID importId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private RecordType kind;

  @Column(nullable = false, length = 255, updatable = false)
  private String name;

  @Column(nullable = false, updatable = false)
  private String content;

  protected ImportFile() {}

  public ImportFile(UUID importId, RecordType kind, String name, String content) {
    this.id = UUID.randomUUID();
    this.importId = importId;
    this.kind = kind;
    this.name = name;
    this.content = content;
  }

  public RecordType kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String content() {
    return content;
  }
}
