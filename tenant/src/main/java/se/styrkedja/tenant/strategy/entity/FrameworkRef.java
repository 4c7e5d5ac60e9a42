package se.styrkedja.tenant.strategy.entity;

/** A reference to one area of the framework catalogue, as a mapping stores it. */
public record FrameworkRef(Framework framework, String areaCode) {

  public FrameworkRef {
    if (framework == null || framework.area(areaCode).isEmpty()) {
      throw new IllegalArgumentException(framework + " has no area " + areaCode);
    }
  }
}
