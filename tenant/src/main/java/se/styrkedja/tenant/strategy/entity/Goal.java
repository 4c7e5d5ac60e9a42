package se.styrkedja.tenant.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * A goal (mål) of a priority area with its indicator: what is measured and why, the target value
 * and its unit, and by when.
 */
@Entity
@Table(name = "strategy_goal")
public class Goal extends TenantOwned {

  @Id private UUID id;

  @Column(name = "strategy_id", nullable = false, updatable = false)
  private UUID strategyId;

  @Column(name = "area_id", nullable = false, updatable = false)
  private UUID areaId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false, length = 1000)
  private String measure;

  @Column(nullable = false, length = 2000)
  private String why;

  @Column(name = "target_value", precision = 19, scale = 4)
  private BigDecimal targetValue;

  @Column(nullable = false, length = 50)
  private String unit;

  private LocalDate deadline;

  @Version private long version;

  protected Goal() {}

  public Goal(UUID strategyId, UUID areaId, int position, Indicator indicator) {
    this.id = UUID.randomUUID();
    this.strategyId = strategyId;
    this.areaId = areaId;
    this.position = position;
    edit(indicator);
  }

  /** What a goal says: its title and the indicator that tells whether it is reached. */
  public record Indicator(
      String title,
      String measure,
      String why,
      BigDecimal targetValue,
      String unit,
      LocalDate deadline) {
    public Indicator {
      measure = measure == null ? "" : measure;
      why = why == null ? "" : why;
      unit = unit == null ? "" : unit;
    }
  }

  public void edit(Indicator i) {
    this.title = i.title();
    this.measure = i.measure();
    this.why = i.why();
    this.targetValue = i.targetValue();
    this.unit = i.unit();
    this.deadline = i.deadline();
  }

  public Indicator indicator() {
    return new Indicator(title, measure, why, targetValue, unit, deadline);
  }

  public Goal copyFor(UUID newStrategyId, UUID newAreaId) {
    return new Goal(newStrategyId, newAreaId, position, indicator());
  }

  public UUID id() {
    return id;
  }

  public UUID strategyId() {
    return strategyId;
  }

  public UUID areaId() {
    return areaId;
  }

  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public String measure() {
    return measure;
  }

  public String why() {
    return why;
  }

  public BigDecimal targetValue() {
    return targetValue;
  }

  public String unit() {
    return unit;
  }

  public LocalDate deadline() {
    return deadline;
  }

  public long version() {
    return version;
  }
}
