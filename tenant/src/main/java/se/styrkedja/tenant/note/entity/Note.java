package se.styrkedja.tenant.note.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/** A note shared by the people of one municipality. */
@Entity
@Table(name = "note")
public class Note extends TenantOwned {

  @Id private UUID id;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 10000)
  private String body;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Note() {}

  public Note(String title, String body, String author, Instant at) {
    this.id = UUID.randomUUID();
    this.title = title;
    this.body = body;
    this.createdBy = author;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
    this.updatedBy = author;
    this.updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  public void edit(String title, String body, String editor, Instant at) {
    this.title = title;
    this.body = body;
    this.updatedBy = editor;
    this.updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  public UUID id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }

  public long version() {
    return version;
  }
}
