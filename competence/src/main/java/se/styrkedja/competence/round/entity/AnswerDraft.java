package se.styrkedja.competence.round.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/** One person's answers to a round, saved as they go; deleted when they submit. */
@Entity
@Table(name = "answer_draft")
@IdClass(RoundInvitation.Key.class)
public class AnswerDraft extends TenantOwned {

  @Id
  @Column(name = "round_id", nullable = false, updatable = false)
  private UUID roundId;

  @Id
  @Column(name = "person_id", nullable = false, updatable = false)
  private UUID personId;

  @Convert(converter = AnswersJson.class)
  @Column(nullable = false)
  private List<Answer> answers;

  @Column(name = "saved_at", nullable = false)
  private OffsetDateTime savedAt;

  @Version private long version;

  protected AnswerDraft() {}

  public AnswerDraft(UUID roundId, UUID personId, List<Answer> answers, OffsetDateTime at) {
    this.roundId = roundId;
    this.personId = personId;
    this.answers = List.copyOf(answers);
    this.savedAt = at;
  }

  public void rewrite(List<Answer> answers, OffsetDateTime at) {
    this.answers = List.copyOf(answers);
    this.savedAt = at;
  }

  public UUID roundId() {
    return roundId;
  }

  public List<Answer> answers() {
    return answers;
  }

  public OffsetDateTime savedAt() {
    return savedAt;
  }

  public long version() {
    return version;
  }
}
