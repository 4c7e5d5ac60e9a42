package se.styrkedja.tenant.strategy.boundary;

import jakarta.validation.constraints.NotBlank;
import se.styrkedja.tenant.strategy.entity.Framework;
import se.styrkedja.tenant.strategy.entity.FrameworkRef;

/** A framework area a priority area serves, e.g. {@code {"framework":"SELFIE","areaCode":"D"}}. */
@KnownFrameworkArea
public record MappingRequest(
    @NotBlank(message = "must not be blank") String framework,
    @NotBlank(message = "must not be blank") String areaCode) {

  FrameworkRef ref() {
    return new FrameworkRef(Framework.valueOf(framework), areaCode);
  }
}
