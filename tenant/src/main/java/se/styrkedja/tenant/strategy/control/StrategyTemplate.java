package se.styrkedja.tenant.strategy.control;

import java.util.List;
import se.styrkedja.tenant.strategy.entity.Framework;
import se.styrkedja.tenant.strategy.entity.FrameworkRef;
import se.styrkedja.tenant.strategy.entity.Strategy;

/**
 * The neutral start of a new municipality's strategy: the national digitalisation strategy's three
 * focus areas as priority areas, each mapped to its focus area, with no goals, vision or
 * expectations, which are the municipality's own to write.
 */
final class StrategyTemplate {

  static final String TITLE = "Strategi för digitalisering av skolväsendet";

  record Area(String title, String description, List<FrameworkRef> mappings) {}

  static final List<Area> AREAS =
      Framework.NATIONAL.areas().stream()
          .map(a -> new Area(a.sv(), "", List.of(new FrameworkRef(Framework.NATIONAL, a.code()))))
          .toList();

  private StrategyTemplate() {}

  static Strategy.Contents contents(String title) {
    return new Strategy.Contents(
        title == null || title.isBlank() ? TITLE : title.strip(), "", null, null, "");
  }
}
