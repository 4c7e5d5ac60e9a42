package se.styrkedja.competence.round.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * One submitted set of answers: the unit, role level and school form it counts for; a random id, no
 * time; its person only in a confidential round (the database refuses one in an anonymous round).
 */
@Entity
@Table(name = "answer_sheet")
public class AnswerSheet extends TenantOwned {

  @Id private UUID id;

  @Column(name = "round_id", nullable = false, updatable = false)
  private UUID roundId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private RoundMode mode;

  @Column(name = "unit_id", nullable = false, updatable = false)
  private UUID unitId;

  @Column(name = "role_level", nullable = false, length = 40, updatable = false)
  private String roleLevel;

  @Column(name = "school_form", length = 20, updatable = false)
  private String schoolForm;

  @Column(name = "person_id", updatable = false)
  private UUID personId;

  protected AnswerSheet() {}

  /** An anonymous round's sheet, from its pending answers: nobody's. */
  public static AnswerSheet anonymous(AnswerPending pending) {
    AnswerSheet s = new AnswerSheet();
    s.id = UUID.randomUUID();
    s.roundId = pending.roundId();
    s.mode = RoundMode.ANONYMOUS;
    s.unitId = pending.unitId();
    s.roleLevel = pending.roleLevel();
    s.schoolForm = pending.schoolForm().orElse(null);
    return s;
  }

  /** A confidential round's sheet: the person's, so they can read it again. */
  public static AnswerSheet confidential(RoundInvitation invitation) {
    AnswerSheet s = new AnswerSheet();
    s.id = UUID.randomUUID();
    s.roundId = invitation.roundId();
    s.mode = RoundMode.CONFIDENTIAL;
    s.unitId = invitation.unitId();
    s.roleLevel = invitation.roleLevel();
    s.schoolForm = invitation.schoolForm().orElse(null);
    s.personId = invitation.personId();
    return s;
  }

  public UUID id() {
    return id;
  }

  public UUID roundId() {
    return roundId;
  }

  public RoundMode mode() {
    return mode;
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

  public Optional<UUID> personId() {
    return Optional.ofNullable(personId);
  }
}
