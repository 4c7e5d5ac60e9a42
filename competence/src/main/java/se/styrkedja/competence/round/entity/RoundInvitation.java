package se.styrkedja.competence.round.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * One person of a round's population, fixed when the round opened: the unit, role level and school
 * form their answer counts for, and whether (the day only, never the time) they have answered. The
 * only place that knows who answered; in an anonymous round nothing leads from here to an answer.
 */
@Entity
@Table(name = "round_invitation")
@IdClass(RoundInvitation.Key.class)
public class RoundInvitation extends TenantOwned {

  /** The invitation's identity within the tenant. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private UUID roundId;
    private UUID personId;

    public Key() {}

    public Key(UUID roundId, UUID personId) {
      this.roundId = roundId;
      this.personId = personId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(roundId, k.roundId)
          && Objects.equals(personId, k.personId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(roundId, personId);
    }
  }

  @Id
  @Column(name = "round_id", nullable = false, updatable = false)
  private UUID roundId;

  @Id
  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Column(name = "unit_id", nullable = false, updatable = false)
  private UUID unitId;

  @Column(name = "role_level", nullable = false, length = 40, updatable = false)
  private String roleLevel;

  @Column(name = "school_form", length = 20, updatable = false)
  private String schoolForm;

  @Column(name = "answered_on")
  private LocalDate answeredOn;

  @Column(name = "reminded_at")
  private OffsetDateTime remindedAt;

  protected RoundInvitation() {}

  public RoundInvitation(
      UUID roundId, UUID personId, UUID unitId, String roleLevel, String schoolForm) {
    this.roundId = roundId;
    this.personId = personId;
    this.unitId = unitId;
    this.roleLevel = roleLevel;
    this.schoolForm = schoolForm;
  }

  /** Marks that they have answered: the day only. */
  public void answered(LocalDate today) {
    this.answeredOn = today;
  }

  public void reminded(OffsetDateTime at) {
    this.remindedAt = at;
  }

  public boolean hasAnswered() {
    return answeredOn != null;
  }

  public UUID roundId() {
    return roundId;
  }

  public UUID personId() {
    return personId;
  }

  public UUID unitId() {
    return unitId;
  }

  public String roleLevel() {
    return roleLevel;
  }

  public Optional<String> schoolForm() {
    return Optional.ofNullable(schoolForm);
  }

  public Optional<LocalDate> answeredOn() {
    return Optional.ofNullable(answeredOn);
  }

  public Optional<OffsetDateTime> remindedAt() {
    return Optional.ofNullable(remindedAt);
  }
}
