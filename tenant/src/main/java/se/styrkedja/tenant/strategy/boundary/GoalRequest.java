package se.styrkedja.tenant.strategy.boundary;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.strategy.entity.Goal;

/** A goal and its indicator: what is measured and why, target value and unit, deadline. */
public record GoalRequest(
    @NotBlank(message = "must not be blank") @Size(max = 300, message = "at most 300 characters")
        String title,
    @Size(max = 1000, message = "at most 1000 characters") String measure,
    @Size(max = 2000, message = "at most 2000 characters") String why,
    @Digits(integer = 15, fraction = 4, message = "at most 15 digits and 4 decimals")
        BigDecimal targetValue,
    @Size(max = 50, message = "at most 50 characters") String unit,
    LocalDate deadline) {

  Goal.Indicator indicator() {
    return new Goal.Indicator(title.strip(), measure, why, targetValue, unit, deadline);
  }

  /** An edit names the version of the goal it was based on. */
  @Schema(name = "GoalEdit")
  public record Edit(
      @NotBlank(message = "must not be blank") @Size(max = 300, message = "at most 300 characters")
          String title,
      @Size(max = 1000, message = "at most 1000 characters") String measure,
      @Size(max = 2000, message = "at most 2000 characters") String why,
      @Digits(integer = 15, fraction = 4, message = "at most 15 digits and 4 decimals")
          BigDecimal targetValue,
      @Size(max = 50, message = "at most 50 characters") String unit,
      LocalDate deadline,
      @NotNull(message = "is required: the version of the goal you edited") Long version) {

    Goal.Indicator indicator() {
      return new Goal.Indicator(title.strip(), measure, why, targetValue, unit, deadline);
    }
  }
}
