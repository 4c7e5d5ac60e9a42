package se.styrkedja.competence.round.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * A survey round (enkätomgång): one frozen instrument version asked of a target (units with their
 * subtrees x role levels x school forms) between two days. Its population is fixed when it opens
 * ({@link RoundInvitation}); its status follows from its dates.
 */
@Entity
@Table(name = "survey_round")
public class SurveyRound extends TenantOwned {

  @Id private UUID id;

  @Column(name = "instrument_version_id", nullable = false, updatable = false)
  private UUID instrumentVersionId;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private RoundMode mode;

  @Column(name = "owner_unit_id", nullable = false, updatable = false)
  private UUID ownerUnitId;

  @Column(name = "target_unit_ids", nullable = false, length = 4000, updatable = false)
  private String targetUnitIds;

  @Column(name = "target_levels", nullable = false, length = 500, updatable = false)
  private String targetLevels;

  @Column(name = "target_school_forms", nullable = false, length = 500, updatable = false)
  private String targetSchoolForms;

  @Column(name = "opens_on", nullable = false, updatable = false)
  private LocalDate opensOn;

  @Column(name = "closes_on", nullable = false, updatable = false)
  private LocalDate closesOn;

  @Column(name = "closed_early_on")
  private LocalDate closedEarlyOn;

  @Column(name = "created_by", nullable = false, length = 255, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_by", nullable = false, length = 255)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version private long version;

  protected SurveyRound() {}

  public SurveyRound(
      UUID instrumentVersionId,
      String title,
      RoundMode mode,
      UUID ownerUnitId,
      List<UUID> targetUnits,
      List<String> targetLevels,
      List<String> targetSchoolForms,
      LocalDate opensOn,
      LocalDate closesOn,
      String by,
      OffsetDateTime at) {
    this.id = UUID.randomUUID();
    this.instrumentVersionId = instrumentVersionId;
    this.title = title;
    this.mode = mode;
    this.ownerUnitId = ownerUnitId;
    this.targetUnitIds = join(targetUnits.stream().map(UUID::toString).toList());
    this.targetLevels = join(targetLevels);
    this.targetSchoolForms = join(targetSchoolForms);
    this.opensOn = opensOn;
    this.closesOn = closesOn;
    this.createdBy = by;
    this.createdAt = at;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** Where the round is on {@code today}. */
  public RoundStatus statusOn(LocalDate today) {
    if (closedEarlyOn != null || today.isAfter(closesOn)) {
      return RoundStatus.CLOSED;
    }
    return today.isBefore(opensOn) ? RoundStatus.SCHEDULED : RoundStatus.OPEN;
  }

  /** Closes the round before its closing day: nobody answers it from now on. */
  public void closeEarly(LocalDate today, String by, OffsetDateTime at) {
    this.closedEarlyOn = today;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  private static String join(List<String> values) {
    return String.join(",", values);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  public UUID id() {
    return id;
  }

  public UUID instrumentVersionId() {
    return instrumentVersionId;
  }

  public String title() {
    return title;
  }

  public RoundMode mode() {
    return mode;
  }

  public UUID ownerUnitId() {
    return ownerUnitId;
  }

  public List<UUID> targetUnitIds() {
    return split(targetUnitIds).stream().map(UUID::fromString).toList();
  }

  public List<String> targetLevels() {
    return split(targetLevels);
  }

  /** The school forms it asks; empty: every school form. */
  public List<String> targetSchoolForms() {
    return split(targetSchoolForms);
  }

  public LocalDate opensOn() {
    return opensOn;
  }

  public LocalDate closesOn() {
    return closesOn;
  }

  public Optional<LocalDate> closedEarlyOn() {
    return Optional.ofNullable(closedEarlyOn);
  }

  /** The day it closed or closes: its closing day, or the day it was closed early. */
  public LocalDate lastDay() {
    return closedEarlyOn != null ? closedEarlyOn : closesOn;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }
}
