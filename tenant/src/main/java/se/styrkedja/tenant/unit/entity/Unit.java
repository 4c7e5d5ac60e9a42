package se.styrkedja.tenant.unit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.persistence.annotations.Customizer;
import se.styrkedja.core.persistence.TenantOwned;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.api.UnitInfo;
import se.styrkedja.tenant.api.UnitType;
import se.styrkedja.tenant.role.entity.AccessDataChanged;

/**
 * A unit of a municipality's organisation tree. Its {@code path} holds the ids of its ancestors and
 * itself ({@code /root/.../self/}), so that a subtree is every unit whose path starts with the
 * subtree root's path; see {@code UnitPaths}. A closed unit keeps its row and history. The tree
 * decides who reaches what, so its writes count as changes of the tenant's access data (and the
 * remembered tree, {@code RememberedUnits}, is read again).
 */
@Entity
@Table(name = "unit")
@Customizer(NullableUuidColumns.class)
@EntityListeners(AccessDataChanged.class)
public class Unit extends TenantOwned {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30, updatable = false)
  private UnitType type;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "school_unit_code", length = 8)
  private String schoolUnitCode;

  @Convert(converter = SchoolFormsConverter.class)
  @Column(name = "school_forms", nullable = false, length = 300)
  private Set<SchoolType> schoolForms;

  @Convert(converter = NullableUuidConverter.class)
  @Column(name = "parent_id")
  private UUID parentId;

  @Column(nullable = false, length = 1200)
  private String path;

  @Column(name = "opened_on", nullable = false)
  private LocalDate openedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  /** The SS 12000 organisation id, for a unit that an import created or matched. */
  @Column(name = "external_id", length = 100)
  private String externalId;

  /** The SS 12000 organisationType as the import was given it (e.g. Verksamhetsområde), if any. */
  @Column(name = "organisation_type", length = 30)
  private String organisationType;

  @Version private long version;

  protected Unit() {}

  /**
   * A new unit under {@code parent}, or the root when {@code parent} is null. The caller has
   * checked that the parent may take it.
   */
  public Unit(
      UUID id,
      UnitType type,
      String name,
      String schoolUnitCode,
      Set<SchoolType> schoolForms,
      Unit parent,
      LocalDate openedOn) {
    this.id = id;
    this.type = type;
    this.name = name;
    this.schoolUnitCode = schoolUnitCode;
    this.schoolForms = copy(schoolForms);
    this.parentId = parent == null ? null : parent.id();
    this.path = parent == null ? UnitPaths.root(id) : UnitPaths.child(parent.path(), id);
    this.openedOn = openedOn;
  }

  public void edit(String name, String schoolUnitCode, Set<SchoolType> schoolForms) {
    this.name = name;
    this.schoolUnitCode = schoolUnitCode;
    this.schoolForms = copy(schoolForms);
  }

  /** Changes the parent only; the paths of the subtree move in one statement (UnitStore). */
  public void moveUnder(UUID parentId) {
    this.parentId = parentId;
  }

  /**
   * Marks the unit as the one an SS 12000 organisation id stands for, of the organisationType the
   * source gives it (null if it gives none).
   */
  public void importedAs(String externalId, String organisationType) {
    this.externalId = externalId;
    this.organisationType = organisationType;
  }

  public String externalId() {
    return externalId;
  }

  public String organisationType() {
    return organisationType;
  }

  public void close(LocalDate on) {
    this.closedOn = on;
  }

  private static Set<SchoolType> copy(Set<SchoolType> forms) {
    EnumSet<SchoolType> copy = EnumSet.noneOf(SchoolType.class);
    if (forms != null) {
      copy.addAll(forms);
    }
    return Collections.unmodifiableSet(copy);
  }

  public UUID id() {
    return id;
  }

  public UnitType type() {
    return type;
  }

  public String name() {
    return name;
  }

  public String schoolUnitCode() {
    return schoolUnitCode;
  }

  public Set<SchoolType> schoolForms() {
    return schoolForms;
  }

  public UUID parentId() {
    return parentId;
  }

  public String path() {
    return path;
  }

  /** 0 for the root. */
  public int depth() {
    return UnitPaths.depth(path);
  }

  public boolean isRoot() {
    return parentId == null;
  }

  public LocalDate openedOn() {
    return openedOn;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public boolean isOpen() {
    return closedOn == null;
  }

  /** Whether this unit is {@code ancestor} or lies under it. */
  public boolean isWithin(Unit ancestor) {
    return UnitPaths.isWithin(path, ancestor.path());
  }

  public long version() {
    return version;
  }

  public UnitInfo info() {
    return new UnitInfo(id, type, name, schoolUnitCode, schoolForms, parentId, openedOn, closedOn);
  }
}
