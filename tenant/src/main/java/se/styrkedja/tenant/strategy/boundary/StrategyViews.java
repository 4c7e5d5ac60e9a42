package se.styrkedja.tenant.strategy.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.strategy.control.StrategyTree;
import se.styrkedja.tenant.strategy.entity.AreaMapping;
import se.styrkedja.tenant.strategy.entity.Framework;
import se.styrkedja.tenant.strategy.entity.FrameworkArea;
import se.styrkedja.tenant.strategy.entity.Goal;
import se.styrkedja.tenant.strategy.entity.PriorityArea;
import se.styrkedja.tenant.strategy.entity.RoleExpectations;
import se.styrkedja.tenant.strategy.entity.Strategy;
import se.styrkedja.tenant.strategy.entity.StrategyStatus;

/** The strategy as the API shows it. */
public final class StrategyViews {

  private StrategyViews() {}

  /** One version, without what hangs under it. */
  public record Summary(
      UUID id,
      String title,
      String adoptingBody,
      @Schema(nullable = true) LocalDate adoptedOn,
      @Schema(nullable = true) LocalDate validFrom,
      @Schema(nullable = true) LocalDate validTo,
      StrategyStatus status,
      int versionNumber,
      @Schema(nullable = true) UUID revisesId,
      UUID lineageId,
      String updatedBy,
      Instant updatedAt,
      long version) {

    static Summary of(Strategy s) {
      return new Summary(
          s.id(),
          s.title(),
          s.adoptingBody(),
          s.adoptedOn(),
          s.validFrom(),
          s.validTo(),
          s.status(),
          s.versionNumber(),
          s.revisesId(),
          s.lineageId(),
          s.updatedBy(),
          s.updatedAt(),
          s.version());
    }
  }

  /** One version with its vision, priority areas in order, goals and expectations. */
  public record Full(
      UUID id,
      String title,
      String adoptingBody,
      @Schema(nullable = true) LocalDate adoptedOn,
      @Schema(nullable = true) LocalDate validFrom,
      @Schema(nullable = true) LocalDate validTo,
      String vision,
      StrategyStatus status,
      int versionNumber,
      @Schema(nullable = true) UUID revisesId,
      UUID lineageId,
      String createdBy,
      Instant createdAt,
      String updatedBy,
      Instant updatedAt,
      long version,
      List<Area> areas,
      List<Expectations> expectations,
      @Schema(
              description = "What the caller may do with this version, as the server allows",
              enumeration = {"edit", "adopt", "discard", "new-version"})
          List<String> allowed) {

    static Full of(StrategyTree t, List<String> allowed) {
      Strategy s = t.strategy();
      return new Full(
          s.id(),
          s.title(),
          s.adoptingBody(),
          s.adoptedOn(),
          s.validFrom(),
          s.validTo(),
          s.vision(),
          s.status(),
          s.versionNumber(),
          s.revisesId(),
          s.lineageId(),
          s.createdBy(),
          s.createdAt(),
          s.updatedBy(),
          s.updatedAt(),
          s.version(),
          t.areas().stream().map(a -> Area.of(a, t.mappingsOf(a.id()), t.goalsOf(a.id()))).toList(),
          Expectations.all(t.levels(), t.expectations()),
          allowed);
    }
  }

  /** A priority area in its place, with the framework areas it serves and its goals. */
  public record Area(
      UUID id,
      int position,
      String title,
      String description,
      List<Mapping> mappings,
      List<GoalView> goals,
      long version) {

    static Area of(PriorityArea a, List<AreaMapping> mappings, List<Goal> goals) {
      return new Area(
          a.id(),
          a.position(),
          a.title(),
          a.description(),
          mappings.stream()
              .sorted(
                  Comparator.comparing(AreaMapping::framework).thenComparing(AreaMapping::areaCode))
              .map(m -> new Mapping(m.framework().name(), m.areaCode()))
              .toList(),
          goals.stream().map(GoalView::of).toList(),
          a.version());
    }
  }

  /** A framework area, as (framework, area code); its names are in the catalogue. */
  public record Mapping(
      @Schema(implementation = Framework.class) String framework, String areaCode) {}

  /** A goal and its indicator. */
  public record GoalView(
      UUID id,
      int position,
      String title,
      String measure,
      String why,
      @Schema(nullable = true) BigDecimal targetValue,
      String unit,
      @Schema(nullable = true) LocalDate deadline,
      long version) {

    static GoalView of(Goal g) {
      return new GoalView(
          g.id(),
          g.position(),
          g.title(),
          g.measure(),
          g.why(),
          g.targetValue(),
          g.unit(),
          g.deadline(),
          g.version());
    }
  }

  /**
   * What is expected of one role level. A level nothing is written for yet has no statements and
   * version {@code null}: its first write sends no version.
   */
  public record Expectations(
      String roleLevel, List<String> statements, @Schema(nullable = true) Long version) {

    static Expectations of(RoleExpectations e) {
      return new Expectations(e.roleLevel(), e.statements(), e.version());
    }

    static Expectations none(String roleLevel) {
      return new Expectations(roleLevel, List.of(), null);
    }

    /** Every level of the tenant's chain, in its order, written or not. */
    static List<Expectations> all(List<String> levels, List<RoleExpectations> written) {
      return levels.stream()
          .map(
              level ->
                  written.stream()
                      .filter(e -> e.roleLevel().equals(level))
                      .findFirst()
                      .map(Expectations::of)
                      .orElse(none(level)))
          .toList();
    }
  }

  /** A framework of the catalogue, with its areas, named in Swedish and English. */
  public record FrameworkView(String framework, String sv, String en, List<FrameworkArea> areas) {

    static FrameworkView of(Framework f) {
      return new FrameworkView(f.name(), f.sv(), f.en(), f.areas());
    }
  }
}
