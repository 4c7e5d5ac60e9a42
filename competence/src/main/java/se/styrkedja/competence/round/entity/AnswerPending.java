package se.styrkedja.competence.round.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * An anonymous round's answers on their way to an {@link AnswerSheet}: written in the transaction
 * that marks participation, moved in one of its own (see the package's documentation). A random id,
 * no person, no time.
 */
@Entity
@Table(name = "answer_pending")
public class AnswerPending extends TenantOwned {

  @Id private UUID id;

  @Column(name = "round_id", nullable = false, updatable = false)
  private UUID roundId;

  @Column(name = "unit_id", nullable = false, updatable = false)
  private UUID unitId;

  @Column(name = "role_level", nullable = false, length = 40, updatable = false)
  private String roleLevel;

  @Column(name = "school_form", length = 20, updatable = false)
  private String schoolForm;

  @Convert(converter = AnswersJson.class)
  @Column(nullable = false, updatable = false)
  private List<Answer> answers;

  protected AnswerPending() {}

  public AnswerPending(RoundInvitation of, List<Answer> answers) {
    this.id = UUID.randomUUID();
    this.roundId = of.roundId();
    this.unitId = of.unitId();
    this.roleLevel = of.roleLevel();
    this.schoolForm = of.schoolForm().orElse(null);
    this.answers = List.copyOf(answers);
  }

  public UUID id() {
    return id;
  }

  public UUID roundId() {
    return roundId;
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

  public List<Answer> answers() {
    return answers;
  }
}
