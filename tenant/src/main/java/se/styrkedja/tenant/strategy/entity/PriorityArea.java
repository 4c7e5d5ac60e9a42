package se.styrkedja.tenant.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/** A priority area (prioriterat område) of one strategy version, in its place in the order. */
@Entity
@Table(name = "strategy_priority_area")
public class PriorityArea extends TenantOwned implements Ordering.Positioned {

  @Id private UUID id;

  @Column(name = "strategy_id", nullable = false, updatable = false)
  private UUID strategyId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 4000)
  private String description;

  @Version private long version;

  protected PriorityArea() {}

  public PriorityArea(UUID strategyId, int position, String title, String description) {
    this.id = UUID.randomUUID();
    this.strategyId = strategyId;
    this.position = position;
    edit(title, description);
  }

  public void edit(String title, String description) {
    this.title = title;
    this.description = description == null ? "" : description;
  }

  /** The same area for a new version of the strategy. */
  public PriorityArea copyFor(UUID newStrategyId) {
    return new PriorityArea(newStrategyId, position, title, description);
  }

  @Override
  public void moveTo(int position) {
    this.position = position;
  }

  @Override
  public UUID id() {
    return id;
  }

  public UUID strategyId() {
    return strategyId;
  }

  @Override
  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public long version() {
    return version;
  }
}
