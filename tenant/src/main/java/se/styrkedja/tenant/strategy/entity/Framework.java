package se.styrkedja.tenant.strategy.entity;

import java.util.List;
import java.util.Optional;

/**
 * The frameworks a priority area can be mapped to. A catalogue defined in code: the frameworks are
 * published by others (SKR, the European Commission, the government) and change rarely, with a
 * release.
 */
public enum Framework {
  LIKA(
      "LIKA",
      "LIKA (SKR)",
      List.of(
          new FrameworkArea("LEDNING", "Ledning", "Leadership"),
          new FrameworkArea("INFRASTRUKTUR", "Infrastruktur", "Infrastructure"),
          new FrameworkArea("KOMPETENS", "Kompetens", "Competence"),
          new FrameworkArea("ANVANDNING", "Användning", "Use"))),
  SELFIE(
      "SELFIE",
      "SELFIE",
      List.of(
          new FrameworkArea("A", "Ledarskap", "Leadership"),
          new FrameworkArea("B", "Samarbete och nätverk", "Collaboration and networking"),
          new FrameworkArea("C", "Infrastruktur och utrustning", "Infrastructure and equipment"),
          new FrameworkArea(
              "D", "Kontinuerlig kompetensutveckling", "Continuing professional development"),
          new FrameworkArea(
              "E", "Pedagogik: stöd och resurser", "Pedagogy: supports and resources"),
          new FrameworkArea(
              "F",
              "Pedagogik: genomförande i klassrummet",
              "Pedagogy: implementation in the classroom"),
          new FrameworkArea("G", "Bedömningsmetoder", "Assessment practices"),
          new FrameworkArea("H", "Elevernas digitala kompetens", "Student digital competence"))),
  DIGCOMPEDU(
      "DigCompEdu",
      "DigCompEdu",
      List.of(
          new FrameworkArea("1", "Professionellt engagemang", "Professional engagement"),
          new FrameworkArea("2", "Digitala resurser", "Digital resources"),
          new FrameworkArea("3", "Undervisning och lärande", "Teaching and learning"),
          new FrameworkArea("4", "Bedömning", "Assessment"),
          new FrameworkArea("5", "Att stärka eleverna", "Empowering learners"),
          new FrameworkArea(
              "6",
              "Att främja elevernas digitala kompetens",
              "Facilitating learners' digital competence"))),
  NATIONAL(
      "Nationell digitaliseringsstrategi för skolväsendet",
      "National digitalisation strategy for the school system",
      List.of(
          new FrameworkArea(
              "DIGITAL_KOMPETENS",
              "Digital kompetens för alla i skolväsendet",
              "Digital competence for everyone in the school system"),
          new FrameworkArea(
              "LIKVARDIG_TILLGANG", "Likvärdig tillgång och användning", "Equal access and use"),
          new FrameworkArea(
              "FORSKNING_UPPFOLJNING",
              "Forskning och uppföljning kring digitaliseringens möjligheter",
              "Research and follow-up on the possibilities of digitalisation")));

  private final String sv;
  private final String en;
  private final List<FrameworkArea> areas;

  Framework(String sv, String en, List<FrameworkArea> areas) {
    this.sv = sv;
    this.en = en;
    this.areas = areas;
  }

  public String sv() {
    return sv;
  }

  public String en() {
    return en;
  }

  public List<FrameworkArea> areas() {
    return areas;
  }

  public Optional<FrameworkArea> area(String code) {
    return areas.stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /** The framework of this name, if there is one ({@code SELFIE}). */
  public static Optional<Framework> named(String name) {
    for (Framework f : values()) {
      if (f.name().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code framework}/{@code code} names an area of the catalogue. */
  public static boolean knows(String framework, String code) {
    return named(framework).flatMap(f -> f.area(code)).isPresent();
  }
}
