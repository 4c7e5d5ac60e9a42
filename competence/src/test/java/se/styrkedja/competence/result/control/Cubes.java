package se.styrkedja.competence.result.control;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.competence.result.control.CubeCounts.GroupCount;
import se.styrkedja.competence.result.control.CubeCounts.TargetUnit;

/** A small builder of cubes for the tests: units by name, counts by unit, level and form. */
final class Cubes {

  private final Map<String, TargetUnit> units = new LinkedHashMap<>();
  private final Set<String> levels = new LinkedHashSet<>();
  private final Set<String> forms = new LinkedHashSet<>();
  private final List<GroupCount> counts = new ArrayList<>();

  static UUID id(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  Cubes unit(String name) {
    return unit(name, null);
  }

  Cubes unit(String name, String parent) {
    units.put(name, new TargetUnit(id(name), parent == null ? null : id(parent)));
    return this;
  }

  Cubes levels(String... names) {
    levels.addAll(List.of(names));
    return this;
  }

  Cubes forms(String... names) {
    forms.addAll(List.of(names));
    return this;
  }

  /** Answers given directly at a unit, with no school form. */
  Cubes count(String unit, String level, int answers) {
    return count(unit, level, null, answers);
  }

  Cubes count(String unit, String level, String form, int answers) {
    levels.add(level);
    if (form != null) {
      forms.add(form);
    }
    counts.add(new GroupCount(id(unit), level, form, answers));
    return this;
  }

  CubeCounts cube() {
    return new CubeCounts(
        List.copyOf(units.values()), List.copyOf(levels), List.copyOf(forms), counts);
  }
}
