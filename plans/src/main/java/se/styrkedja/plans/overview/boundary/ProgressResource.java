package se.styrkedja.plans.overview.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.plans.cycle.entity.DeadlineKind;
import se.styrkedja.plans.overview.control.Progress;
import se.styrkedja.plans.plan.entity.PlanStatus;
import se.styrkedja.tenant.api.UnitType;

/**
 * The progress overview: the municipality (or a part of it) at a glance, drilling down from the
 * whole to a unit, whose plan then opens with its activities.
 */
@Path("plans/overview")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class ProgressResource {

  @Inject Progress progress;

  /** Counts and shares for the whole, and a row per unit. */
  public record OverviewView(
      String schoolYear,
      LocalDate asOf,
      @Schema(nullable = true) LocalDate lastFollowUpRound,
      Totals totals,
      List<UnitView> units) {}

  /** The whole in numbers. */
  public record Totals(
      int units,
      int withApprovedPlan,
      int withoutApprovedPlan,
      double shareWithApprovedPlan,
      Map<String, Long> plansByStatus,
      long activities,
      Map<String, Long> activitiesByStatus,
      Map<String, Double> activityShares,
      long delayed,
      int followUpsMissing) {}

  /** One unit's row. */
  @Schema(name = "ProgressUnitView")
  public record UnitView(
      UUID unitId,
      String unitName,
      @Schema(implementation = UnitType.class) String unitType,
      @Schema(nullable = true) UUID parentId,
      @Schema(nullable = true) UUID planId,
      @Schema(nullable = true) String planTitle,
      @Schema(nullable = true, implementation = PlanStatus.class) String planStatus,
      long activities,
      Map<String, Long> activitiesByStatus,
      long delayed,
      @Schema(nullable = true) LocalDate lastFollowUp,
      boolean followUpMissing,
      List<DeadlineView> deadlines) {}

  /** A deadline of the annual cycle as it stands for the unit. */
  @Schema(name = "ProgressDeadlineView")
  public record DeadlineView(
      @Schema(implementation = DeadlineKind.class) String kind,
      String label,
      LocalDate due,
      @Schema(implementation = Progress.DeadlineState.class) String state) {}

  @GET
  @Operation(
      summary = "How the school year's plans are going, for the caller's scope",
      description =
          "Units without an approved plan, activities by status and overdue, follow-ups"
              + " missing; under=<unit id> narrows to a part of the organisation.")
  public OverviewView overview(
      @QueryParam("schoolYear")
          @Parameter(
              description =
                  "The school year, such as 2025/26; left out, the current one (from 1 July, in"
                      + " Sweden)")
          @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be a school year such as 2025/26")
          String schoolYear,
      @QueryParam("under") UUID under) {
    Progress.Overview o = progress.of(schoolYear, under);
    List<UnitView> units = o.units().stream().map(ProgressResource::row).toList();
    int approved = (int) o.units().stream().filter(Progress.UnitRow::hasApprovedPlan).count();
    Map<String, Long> byStatus = names(o.activities());
    long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Double> shares = new java.util.LinkedHashMap<>();
    byStatus.forEach((k, v) -> shares.put(k, total == 0 ? 0.0 : round((double) v / total)));
    return new OverviewView(
        o.schoolYear(),
        o.asOf(),
        o.lastFollowUpRound().orElse(null),
        new Totals(
            units.size(),
            approved,
            units.size() - approved,
            units.isEmpty() ? 0.0 : round((double) approved / units.size()),
            names(o.plans()),
            total,
            byStatus,
            shares,
            o.units().stream().mapToLong(Progress.UnitRow::delayed).sum(),
            (int) o.units().stream().filter(Progress.UnitRow::followUpMissing).count()),
        units);
  }

  private static UnitView row(Progress.UnitRow r) {
    return new UnitView(
        r.unit().id(),
        r.unit().name(),
        r.unit().type().name(),
        r.unit().parentId(),
        r.plan().map(p -> p.id()).orElse(null),
        r.plan().map(p -> p.title()).orElse(null),
        r.plan().map(p -> p.status().name()).orElse(null),
        r.activityCount(),
        names(r.activities()),
        r.delayed(),
        r.lastFollowUp().orElse(null),
        r.followUpMissing(),
        r.deadlines().stream()
            .map(d -> new DeadlineView(d.kind().name(), d.label(), d.due(), d.state().name()))
            .toList());
  }

  private static <E extends Enum<E>> Map<String, Long> names(Map<E, Long> counts) {
    Map<String, Long> named = new java.util.LinkedHashMap<>();
    counts.forEach((k, v) -> named.put(k.name(), v));
    return named;
  }

  private static double round(double share) {
    return Math.round(share * 1000) / 1000.0;
  }
}
