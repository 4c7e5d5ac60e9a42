package se.styrkedja.tenant.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The adopted strategy as other modules see it: its priority areas in order, with their goals. */
public record AdoptedStrategy(
    UUID id,
    String title,
    int versionNumber,
    LocalDate adoptedOn,
    LocalDate validFrom,
    LocalDate validTo,
    List<Area> areas) {

  public AdoptedStrategy {
    areas = List.copyOf(areas);
  }

  /** A priority area, in its place (1, 2, ...). */
  public record Area(UUID id, int position, String title, List<Goal> goals) {
    public Area {
      goals = List.copyOf(goals);
    }
  }

  /** A goal of a priority area, with its deadline if it has one. */
  public record Goal(UUID id, String title, LocalDate deadline) {}
}
