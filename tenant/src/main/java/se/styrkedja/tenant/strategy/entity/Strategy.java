package se.styrkedja.tenant.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * One version of a municipality's strategy. Versions of the same strategy share a lineage; each
 * names the version it revises. Only a draft changes in place; adopting one archives the adopted
 * one, so a tenant has at most one adopted strategy.
 */
@Entity
@Table(name = "strategy")
public class Strategy extends TenantOwned {

  @Id private UUID id;

  @Column(name = "lineage_id", nullable = false, updatable = false)
  private UUID lineageId;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  /**
   * Text, not uuid: EclipseLink binds a null UUID as varchar, which PostgreSQL refuses for a uuid
   * column, and only the first version has no predecessor.
   */
  @Column(name = "revises_id", length = 36, updatable = false)
  private String revisesId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "adopting_body", nullable = false, length = 200)
  private String adoptingBody;

  @Column(name = "adopted_on")
  private LocalDate adoptedOn;

  @Column(name = "valid_from")
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  @Column(nullable = false, length = 20000)
  private String vision;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StrategyStatus status;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected Strategy() {}

  private Strategy(UUID lineageId, int versionNumber, UUID revisesId, String author, Instant at) {
    this.id = UUID.randomUUID();
    this.lineageId = lineageId == null ? id : lineageId;
    this.versionNumber = versionNumber;
    this.revisesId = revisesId == null ? null : revisesId.toString();
    this.status = StrategyStatus.DRAFT;
    this.createdBy = author;
    this.createdAt = at.atOffset(ZoneOffset.UTC);
    this.updatedBy = author;
    this.updatedAt = createdAt;
  }

  /** The first draft of a new strategy. */
  public static Strategy draft(Contents contents, String author, Instant at) {
    Strategy s = new Strategy(null, 1, null, author, at);
    s.apply(contents);
    return s;
  }

  /** What a draft's author writes; the rest (status, versions, adoption) follows from the rules. */
  public record Contents(
      String title, String adoptingBody, LocalDate validFrom, LocalDate validTo, String vision) {
    public Contents {
      adoptingBody = adoptingBody == null ? "" : adoptingBody;
      vision = vision == null ? "" : vision;
    }
  }

  public void edit(Contents contents, String editor, Instant at) {
    requireDraft();
    apply(contents);
    touched(editor, at);
  }

  public void requireDraft() {
    if (status != StrategyStatus.DRAFT) {
      throw new StrategyNotDraft(id, status);
    }
  }

  /**
   * Adopts this draft and archives whatever was adopted before, so that one strategy is adopted at
   * a time.
   */
  public void adopt(
      Collection<Strategy> adoptedNow, LocalDate on, String body, String actor, Instant at) {
    requireDraft();
    for (Strategy previous : adoptedNow) {
      if (previous != this && previous.status == StrategyStatus.ADOPTED) {
        previous.archive(actor, at);
      }
    }
    this.status = StrategyStatus.ADOPTED;
    this.adoptedOn = on;
    this.adoptingBody = body;
    touched(actor, at);
  }

  /** Retires this version; it stays readable. */
  public void archive(String actor, Instant at) {
    this.status = StrategyStatus.ARCHIVED;
    touched(actor, at);
  }

  /**
   * A new draft that revises this adopted version, with the same contents and the next version
   * number of the lineage. Its areas, goals and expectations are copied by the caller.
   */
  public Strategy newVersion(int nextVersionNumber, String author, Instant at) {
    if (status != StrategyStatus.ADOPTED) {
      throw new StrategyNotAdopted(id, status);
    }
    Strategy next = new Strategy(lineageId, nextVersionNumber, id, author, at);
    next.apply(new Contents(title, adoptingBody, validFrom, validTo, vision));
    return next;
  }

  private void apply(Contents c) {
    this.title = c.title();
    this.adoptingBody = c.adoptingBody();
    this.validFrom = c.validFrom();
    this.validTo = c.validTo();
    this.vision = c.vision();
  }

  private void touched(String actor, Instant at) {
    this.updatedBy = actor;
    this.updatedAt = at.atOffset(ZoneOffset.UTC);
  }

  public UUID id() {
    return id;
  }

  public UUID lineageId() {
    return lineageId;
  }

  public int versionNumber() {
    return versionNumber;
  }

  public UUID revisesId() {
    return revisesId == null ? null : UUID.fromString(revisesId);
  }

  public String title() {
    return title;
  }

  public String adoptingBody() {
    return adoptingBody;
  }

  public LocalDate adoptedOn() {
    return adoptedOn;
  }

  public LocalDate validFrom() {
    return validFrom;
  }

  public LocalDate validTo() {
    return validTo;
  }

  public String vision() {
    return vision;
  }

  public StrategyStatus status() {
    return status;
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
