package se.styrkedja.tenant.strategy.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.strategy.entity.Strategy;

/** What a client sends to write a draft strategy. Dates are ISO dates ({@code 2017-06-01}). */
@ValidPeriod
public record StrategyRequest(
    @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
        String title,
    @Size(max = 200, message = "at most 200 characters") String adoptingBody,
    LocalDate validFrom,
    LocalDate validTo,
    @Size(max = 20000, message = "at most 20000 characters") String vision)
    implements ValidPeriod.Period {

  Strategy.Contents contents() {
    return new Strategy.Contents(title.strip(), strip(adoptingBody), validFrom, validTo, vision);
  }

  static String strip(String s) {
    return s == null ? null : s.strip();
  }

  /** An edit names the version it was based on, so that no one else's change is lost. */
  @ValidPeriod
  @Schema(name = "StrategyEdit")
  public record Edit(
      @NotBlank(message = "must not be blank") @Size(max = 200, message = "at most 200 characters")
          String title,
      @Size(max = 200, message = "at most 200 characters") String adoptingBody,
      LocalDate validFrom,
      LocalDate validTo,
      @Size(max = 20000, message = "at most 20000 characters") String vision,
      @NotNull(message = "is required: the version of the strategy you edited") Long version)
      implements ValidPeriod.Period {

    Strategy.Contents contents() {
      return new Strategy.Contents(title.strip(), strip(adoptingBody), validFrom, validTo, vision);
    }
  }

  /** Adopting a draft: who adopted it and when. */
  public record Adopt(
      @NotNull(message = "is required: the version of the strategy you adopt") Long version,
      @NotNull(message = "is required: the date the strategy was adopted") LocalDate adoptedOn,
      @NotBlank(message = "must not be blank: the body that adopted the strategy")
          @Size(max = 200, message = "at most 200 characters")
          String adoptingBody) {}

  /** A change of status that carries nothing but the version it was based on. */
  public record Versioned(
      @NotNull(message = "is required: the version of the strategy you saw") Long version) {}

  /** Starting from the neutral template; the title may be left out. */
  public record FromTemplate(@Size(max = 200, message = "at most 200 characters") String title) {}
}
