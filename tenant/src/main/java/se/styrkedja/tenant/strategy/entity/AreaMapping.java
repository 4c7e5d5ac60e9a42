package se.styrkedja.tenant.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/** That a priority area serves an area of a framework: (framework, area code), e.g. SELFIE/D. */
@Entity
@Table(name = "strategy_area_mapping")
public class AreaMapping extends TenantOwned {

  @Id private UUID id;

  @Column(name = "strategy_id", nullable = false, updatable = false)
  private UUID strategyId;

  @Column(name = "area_id", nullable = false, updatable = false)
  private UUID areaId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private Framework framework;

  @Column(name = "area_code", nullable = false, length = 40, updatable = false)
  private String areaCode;

  protected AreaMapping() {}

  public AreaMapping(UUID strategyId, UUID areaId, Framework framework, String areaCode) {
    if (framework.area(areaCode).isEmpty()) {
      throw new IllegalArgumentException(framework + " has no area " + areaCode);
    }
    this.id = UUID.randomUUID();
    this.strategyId = strategyId;
    this.areaId = areaId;
    this.framework = framework;
    this.areaCode = areaCode;
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

  public Framework framework() {
    return framework;
  }

  public String areaCode() {
    return areaCode;
  }
}
