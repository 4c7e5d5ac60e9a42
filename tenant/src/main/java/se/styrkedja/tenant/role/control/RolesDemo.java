package se.styrkedja.tenant.role.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.styrkedja.core.caller.RoleLevels;
import se.styrkedja.core.persistence.DemoDataRequested;
import se.styrkedja.core.tenant.AsTenant;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.UnitType;
import se.styrkedja.tenant.unit.control.UnitStore;
import se.styrkedja.tenant.unit.entity.Unit;

/**
 * The demo users' role assignments: for each demo municipality T, {@code rektor.T} is principal of
 * its first school unit (by name), {@code larare.T} teaches there, {@code forskolechef.T} heads its
 * first preschool, {@code forvaltning.T} leads the administration (the root), {@code it.T} works in
 * the IT department (or at the root when there is none), {@code politiker.T} sits on the board and
 * {@code admin.T} configures the municipality, both tenant-wide. Runs after the organisation trees
 * ({@code @Priority} 100) and before the strategies (200).
 */
@ApplicationScoped
public class RolesDemo {

  static final int PRIORITY = 150;
  private static final LocalDate FROM = LocalDate.of(2017, 1, 1);

  @Inject AsTenant asTenant;
  @Inject RoleAssignments assignments;
  @Inject RoleStore store;
  @Inject UnitStore units;

  void onDemo(@Observes @Priority(PRIORITY) DemoDataRequested demo) {
    for (TenantId tenant : demo.tenants()) {
      asTenant.run(
          tenant,
          () -> {
            if (store.count() > 0) {
              return;
            }
            Optional<Unit> root = units.root();
            if (root.isEmpty()) {
              return;
            }
            List<Unit> all = units.subtree(root.get(), false);
            UUID rootId = root.get().id();
            UUID school = first(all, UnitType.SCHOOL_UNIT).orElse(rootId);
            UUID preschool = first(all, UnitType.PRESCHOOL_UNIT).orElse(rootId);
            UUID it =
                all.stream()
                    .filter(u -> u.type() == UnitType.DEPARTMENT && u.name().startsWith("IT"))
                    .map(Unit::id)
                    .findFirst()
                    .orElse(rootId);
            String t = tenant.value();
            assign(RoleLevels.REKTOR, t, school);
            assign(RoleLevels.LARARE, t, school);
            assign(RoleLevels.FORSKOLECHEF, t, preschool);
            assign(RoleLevels.FORVALTNING, t, rootId);
            assign(RoleLevels.IT, t, it);
            assign(RoleLevels.POLITIKER, t, null);
            assign(RoleLevels.ADMIN, t, null);
          });
    }
  }

  private static Optional<UUID> first(List<Unit> units, UnitType type) {
    return units.stream()
        .filter(u -> u.type() == type)
        .min(Comparator.comparing(Unit::name))
        .map(Unit::id);
  }

  private void assign(String level, String tenant, UUID unit) {
    assignments.create(
        new RoleAssignments.NewAssignment(level + "." + tenant, level, unit, FROM, null));
  }
}
