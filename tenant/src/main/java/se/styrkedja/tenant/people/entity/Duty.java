package se.styrkedja.tenant.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * A duty (tjänstgöring): a person's SS 12000 duty role (Rektor, Lärare, ...) at a unit, from and
 * until a day (inclusive; either may be open). The role assignment it gave (if its role maps to a
 * level of the chain) is remembered, so that a change of the duty changes that assignment only.
 */
@Entity
@Table(name = "duty")
public class Duty extends TenantOwned {

  @Id private UUID id;

  @Column(name = "external_id", length = 100, updatable = false)
  private String externalId;

  @Column(name = "person_id", nullable = false)
  private UUID personId;

  @Column(name = "unit_id", nullable = false)
  private UUID unitId;

  @Column(name = "duty_role", nullable = false, length = 60)
  private String dutyRole;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "assignment_id", length = 36)
  private String assignmentId;

  @Column(nullable = false)
  private boolean removed;

  @Version private long version;

  protected Duty() {}

  public Duty(
      String externalId,
      UUID personId,
      UUID unitId,
      String dutyRole,
      LocalDate startDate,
      LocalDate endDate) {
    this.id = UUID.randomUUID();
    this.externalId = externalId;
    this.personId = personId;
    this.unitId = unitId;
    this.dutyRole = dutyRole;
    this.startDate = startDate;
    this.endDate = endDate;
  }

  public boolean sameAs(
      UUID personId, UUID unitId, String dutyRole, LocalDate startDate, LocalDate endDate) {
    return this.personId.equals(personId)
        && this.unitId.equals(unitId)
        && this.dutyRole.equals(dutyRole)
        && Objects.equals(this.startDate, startDate)
        && Objects.equals(this.endDate, endDate)
        && !removed;
  }

  public void update(
      UUID personId, UUID unitId, String dutyRole, LocalDate startDate, LocalDate endDate) {
    this.personId = personId;
    this.unitId = unitId;
    this.dutyRole = dutyRole;
    this.startDate = startDate;
    this.endDate = endDate;
    this.removed = false;
  }

  public void remove() {
    this.removed = true;
  }

  public void assignedAs(UUID assignment) {
    this.assignmentId = assignment == null ? null : assignment.toString();
  }

  public UUID assignmentId() {
    return assignmentId == null ? null : UUID.fromString(assignmentId);
  }

  public UUID id() {
    return id;
  }

  public String externalId() {
    return externalId;
  }

  public UUID personId() {
    return personId;
  }

  public UUID unitId() {
    return unitId;
  }

  public String dutyRole() {
    return dutyRole;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public boolean isRemoved() {
    return removed;
  }
}
