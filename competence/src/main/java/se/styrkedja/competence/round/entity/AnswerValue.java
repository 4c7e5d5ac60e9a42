package se.styrkedja.competence.round.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/** One answer on a sheet, by the item's stable key. */
@Entity
@Table(name = "answer_value")
@IdClass(AnswerValue.Key.class)
public class AnswerValue extends TenantOwned {

  /** A value's identity within the tenant: its sheet and item. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private UUID sheetId;
    private UUID itemKey;

    public Key() {}

    public Key(UUID sheetId, UUID itemKey) {
      this.sheetId = sheetId;
      this.itemKey = itemKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(sheetId, k.sheetId)
          && Objects.equals(itemKey, k.itemKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(sheetId, itemKey);
    }
  }

  @Id
  @Column(name = "sheet_id", nullable = false, updatable = false)
  private UUID sheetId;

  @Id
  @Column(name = "item_key", nullable = false, updatable = false)
  private UUID itemKey;

  @Column(name = "round_id", nullable = false, updatable = false)
  private UUID roundId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private AnswerState state;

  @Column(updatable = false)
  private Short value;

  @Column(length = 4000, updatable = false)
  private String comment;

  protected AnswerValue() {}

  public AnswerValue(AnswerSheet sheet, Answer answer) {
    this.sheetId = sheet.id();
    this.itemKey = answer.itemKey();
    this.roundId = sheet.roundId();
    this.state = answer.state();
    this.value = answer.value() == null ? null : answer.value().shortValue();
    this.comment = answer.comment();
  }

  public Answer answer() {
    return new Answer(itemKey, state, value == null ? null : value.intValue(), comment);
  }

  public UUID sheetId() {
    return sheetId;
  }
}
