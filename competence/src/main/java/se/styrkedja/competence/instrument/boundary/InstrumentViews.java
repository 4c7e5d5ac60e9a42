package se.styrkedja.competence.instrument.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.competence.instrument.control.InstrumentTemplates;
import se.styrkedja.competence.instrument.control.Instruments;
import se.styrkedja.competence.instrument.entity.Instrument;
import se.styrkedja.competence.instrument.entity.InstrumentContent;
import se.styrkedja.competence.instrument.entity.InstrumentVersion;
import se.styrkedja.competence.instrument.entity.InstrumentVersionStatus;

/**
 * What the API answers about instruments. {@code allowed} lists what the caller may do now ({@code
 * new-version}; on a version {@code edit}, {@code publish}, {@code discard}), the same decision the
 * server applies.
 */
public final class InstrumentViews {

  private InstrumentViews() {}

  static String key(Enum<?> action) {
    return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static List<String> keys(List<Instruments.InstrumentAction> actions) {
    return actions.stream().map(InstrumentViews::key).toList();
  }

  /** An instrument in a list, with its latest version. */
  public record InstrumentSummaryView(
      UUID id,
      String name,
      String description,
      @Schema(nullable = true) String templateKey,
      @Schema(nullable = true) Integer latestNumber,
      @Schema(nullable = true, implementation = InstrumentVersionStatus.class) String latestStatus,
      int itemCount,
      OffsetDateTime updatedAt,
      List<String> allowed) {

    static InstrumentSummaryView of(Instruments.Listed l) {
      Instrument i = l.instrument();
      InstrumentVersion v = l.latest();
      return new InstrumentSummaryView(
          i.id(),
          i.name(),
          i.description(),
          i.templateKey().orElse(null),
          v == null ? null : v.number(),
          v == null ? null : v.status().name(),
          v == null ? 0 : (int) v.content().items().count(),
          i.updatedAt(),
          keys(l.allowed()));
    }
  }

  /** One version in the list of an instrument's versions. */
  public record InstrumentVersionSummaryView(
      UUID id,
      int number,
      @Schema(implementation = InstrumentVersionStatus.class) String status,
      int sectionCount,
      int itemCount,
      String createdBy,
      OffsetDateTime createdAt,
      @Schema(nullable = true) String frozenBy,
      @Schema(nullable = true) OffsetDateTime frozenAt,
      long version,
      List<String> allowed) {

    static InstrumentVersionSummaryView of(InstrumentVersion v, List<String> allowed) {
      return new InstrumentVersionSummaryView(
          v.id(),
          v.number(),
          v.status().name(),
          v.content().sections().size(),
          (int) v.content().items().count(),
          v.createdBy(),
          v.createdAt(),
          v.frozenBy().orElse(null),
          v.frozenAt().orElse(null),
          v.version(),
          allowed);
    }
  }

  /** An instrument with its versions, oldest first. */
  public record InstrumentView(
      UUID id,
      String name,
      String description,
      @Schema(nullable = true) String templateKey,
      String createdBy,
      OffsetDateTime createdAt,
      String updatedBy,
      OffsetDateTime updatedAt,
      List<InstrumentVersionSummaryView> versions,
      List<String> allowed) {

    static InstrumentView of(Instruments.Whole w) {
      Instrument i = w.instrument();
      return new InstrumentView(
          i.id(),
          i.name(),
          i.description(),
          i.templateKey().orElse(null),
          i.createdBy(),
          i.createdAt(),
          i.updatedBy(),
          i.updatedAt(),
          w.versions().stream()
              .map(
                  v ->
                      InstrumentVersionSummaryView.of(
                          v, keys(w.allowedOnVersions().getOrDefault(v.id(), List.of()))))
              .toList(),
          keys(w.allowed()));
    }
  }

  /** One version with what it asks. */
  public record InstrumentVersionView(
      UUID id,
      UUID instrumentId,
      int number,
      @Schema(implementation = InstrumentVersionStatus.class) String status,
      String createdBy,
      OffsetDateTime createdAt,
      @Schema(nullable = true) String frozenBy,
      @Schema(nullable = true) OffsetDateTime frozenAt,
      long version,
      List<String> allowed,
      InstrumentContent content) {

    static InstrumentVersionView of(InstrumentVersion v, List<String> allowed) {
      return new InstrumentVersionView(
          v.id(),
          v.instrumentId(),
          v.number(),
          v.status().name(),
          v.createdBy(),
          v.createdAt(),
          v.frozenBy().orElse(null),
          v.frozenAt().orElse(null),
          v.version(),
          allowed,
          v.content());
    }
  }

  /** A built-in template a municipality can copy. */
  public record InstrumentTemplateView(
      String key,
      InstrumentContent.Texts name,
      InstrumentContent.Texts description,
      int sectionCount,
      int itemCount) {

    static InstrumentTemplateView of(InstrumentTemplates.Template t) {
      return new InstrumentTemplateView(
          t.key(), t.name(), t.description(), t.sectionCount(), t.itemCount());
    }
  }
}
