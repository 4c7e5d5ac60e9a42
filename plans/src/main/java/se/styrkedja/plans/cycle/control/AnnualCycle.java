package se.styrkedja.plans.cycle.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.plans.cycle.entity.Deadline;
import se.styrkedja.plans.cycle.entity.DeadlineKind;
import se.styrkedja.plans.plan.control.InvalidPlan;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.Target;

/**
 * A municipality's annual cycle. Until its admin sets one, the cycle the seeds describe applies:
 * local plans due 30 September, follow-ups 31 January and 15 June.
 */
@ApplicationScoped
@Transactional
public class AnnualCycle {

  /** The cycle every municipality starts with. */
  public static final List<Entry> STANDARD =
      List.of(
          new Entry(
              DeadlineKind.ADMINISTRATION_PLAN,
              MonthDay.of(8, 31),
              "Förvaltningens handlingsplan klar"),
          new Entry(
              DeadlineKind.LOCAL_PLAN, MonthDay.of(9, 30), "Lokala handlingsplaner lämnas in"),
          new Entry(DeadlineKind.FOLLOW_UP, MonthDay.of(1, 31), "Återrapportering, höstterminen"),
          new Entry(DeadlineKind.FOLLOW_UP, MonthDay.of(6, 15), "Återrapportering, läsåret"));

  @Inject TenantEntityManager tenantEm;
  @Inject AccessPolicy access;
  @Inject TenantContext tenant;
  @Inject Audit audit;
  @Inject Clock clock;

  /** A deadline of the cycle, in the school year's order. */
  public record Entry(DeadlineKind kind, MonthDay on, String label) {

    /** The date in a school year ("2025/26"). */
    public LocalDate dateIn(String schoolYear) {
      return Deadline.dateIn(schoolYear, on);
    }
  }

  /** The school year of today in Sweden. */
  public String currentSchoolYear() {
    return Deadline.schoolYearOf(Clocks.today(clock));
  }

  /** The tenant's cycle in the order of the school year (July first). */
  public List<Entry> entries() {
    List<Entry> stored =
        tenantEm
            .get()
            .createQuery("select d from Deadline d", Deadline.class)
            .getResultList()
            .stream()
            .map(d -> new Entry(d.kind(), d.on(), d.label()))
            .toList();
    return (stored.isEmpty() ? STANDARD : stored)
        .stream().sorted(Comparator.comparing(AnnualCycle::placeInYear)).toList();
  }

  /** Replaces the cycle (municipality admin). */
  public List<Entry> replace(List<NewEntry> entries) {
    access.require(Action.CONFIGURE, Target.tenantWide(tenant.require()), "set the annual cycle");
    for (int i = 0; i < entries.size(); i++) {
      NewEntry e = entries.get(i);
      try {
        MonthDay.of(e.month(), e.day());
      } catch (DateTimeException invalid) {
        throw new InvalidPlan("deadlines[" + i + "].day", "no such day of that month");
      }
    }
    tenantEm.get().createQuery("delete from Deadline d").executeUpdate();
    for (NewEntry e : entries) {
      tenantEm
          .get()
          .persist(new Deadline(e.kind(), MonthDay.of(e.month(), e.day()), e.label().strip()));
    }
    tenantEm.get().flush();
    audit.wrote("plans.annual-cycle.set", "annual-cycle", tenant.require().value());
    return entries();
  }

  /** A deadline as an admin sets it. */
  public record NewEntry(DeadlineKind kind, int month, int day, String label) {}

  private static int placeInYear(Entry e) {
    int month = e.on().getMonthValue();
    int fromJuly = month >= Deadline.FIRST_MONTH ? month - Deadline.FIRST_MONTH : month + 6;
    return fromJuly * 100 + e.on().getDayOfMonth();
  }
}
