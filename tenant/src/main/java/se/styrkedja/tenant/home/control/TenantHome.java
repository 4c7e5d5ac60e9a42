package se.styrkedja.tenant.home.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.caller.RoleLevels;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.HomeCard;
import se.styrkedja.tenant.api.HomeCards;
import se.styrkedja.tenant.api.TenantStatus;
import se.styrkedja.tenant.people.control.PeopleStore;
import se.styrkedja.tenant.registry.control.TenantStore;
import se.styrkedja.tenant.registry.entity.Tenant;
import se.styrkedja.tenant.role.control.RoleStore;
import se.styrkedja.tenant.ss12000.control.ImportStore;
import se.styrkedja.tenant.ss12000.entity.ImportJob;
import se.styrkedja.tenant.unit.control.UnitStore;

/**
 * The admin's card (units, people, role assignments, the last import: one count query each) and the
 * operator's (the municipalities by status, from the registry the operator may read).
 */
@ApplicationScoped
@Transactional
public class TenantHome implements HomeCards {

  /** How many municipalities the operator's card lists by name. */
  static final int MUNICIPALITIES = 12;

  @Inject TenantContext tenant;
  @Inject CallerContext caller;
  @Inject AccessPolicy access;
  @Inject UnitStore units;
  @Inject PeopleStore people;
  @Inject RoleStore roles;
  @Inject ImportStore imports;
  @Inject TenantStore tenants;

  @Override
  public List<HomeCard> cards() {
    List<HomeCard> cards = new ArrayList<>();
    if (tenant.current().isPresent() && access.levels().contains(RoleLevels.ADMIN)) {
      cards.add(organisation());
    }
    if (tenant.current().isEmpty() && caller.current().map(c -> c.operator()).orElse(false)) {
      cards.add(municipalities());
    }
    return cards;
  }

  private HomeCard organisation() {
    List<HomeCard.Figure> figures =
        List.of(
            new HomeCard.Figure("UNITS", units.count(null, false), null),
            new HomeCard.Figure("PEOPLE", people.count(null), null),
            new HomeCard.Figure("ROLE_ASSIGNMENTS", roles.count(), null));
    List<ImportJob> last = imports.page(0, 1);
    HomeCard.Item item =
        last.isEmpty()
            ? new HomeCard.Item("NO_IMPORT", "", null, "#/import", null, null, false)
            : lastImport(last.get(0));
    return new HomeCard("organisation", 30, "#/organisation", List.of(item), figures, List.of());
  }

  private static HomeCard.Item lastImport(ImportJob job) {
    LocalDate day =
        LocalDate.ofInstant(
            job.finishedAt() != null ? job.finishedAt() : job.createdAt(), Clocks.SWEDEN);
    return new HomeCard.Item(
        "LAST_IMPORT", job.kind().name(), null, "#/import", day, job.status().name(), false);
  }

  private HomeCard municipalities() {
    access.requireOperator("see the municipalities on the home page");
    List<Tenant> all = tenants.page(0, 1_000);
    Map<TenantStatus, Long> byStatus = new EnumMap<>(TenantStatus.class);
    for (TenantStatus s : TenantStatus.values()) {
      byStatus.put(s, 0L);
    }
    all.forEach(t -> byStatus.merge(t.status(), 1L, Long::sum));
    long total = tenants.count();
    List<HomeCard.Figure> figures = new ArrayList<>();
    byStatus.forEach((s, n) -> figures.add(new HomeCard.Figure(s.name(), n, total)));
    List<HomeCard.Item> items =
        all.stream()
            .filter(t -> t.status() != TenantStatus.OFFBOARDED)
            .limit(MUNICIPALITIES)
            .map(
                t ->
                    new HomeCard.Item(
                        "MUNICIPALITY",
                        t.name(),
                        t.municipalityCode(),
                        "#/kommuner",
                        null,
                        t.status().name(),
                        false))
            .toList();
    return new HomeCard("municipalities", 30, "#/kommuner", items, figures, List.of());
  }
}
