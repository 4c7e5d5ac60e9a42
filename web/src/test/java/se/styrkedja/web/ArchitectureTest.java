package se.styrkedja.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module map of DESIGN.md, checked on the compiled code of every module: dependencies point one
 * way (core <- tenant <- plans, competence <- reporting <- web), there are no cycles, and a module
 * reaches another only through that module's {@code api} package. {@code core} is the shared kernel
 * every module builds on, so it is used directly.
 */
class ArchitectureTest {

  private static final Map<String, Set<String>> MAY_USE =
      Map.of(
          "core", Set.of(),
          "tenant", Set.of("core"),
          "plans", Set.of("core", "tenant"),
          "competence", Set.of("core", "tenant"),
          "reporting", Set.of("core", "tenant", "plans", "competence"),
          "web", Set.of("core", "tenant", "plans", "competence", "reporting"));

  private static JavaClasses classes;

  /**
   * Only the project's own classes: the folders and JARs of the classpath that hold {@code
   * se/styrkedja} (ClassLoader.getResources finds them by the directory entries that Maven's JARs
   * have), not a scan through every library JAR, and with no library class imported to resolve a
   * dependency (archunit.properties): the rules need only the target's package.
   */
  @BeforeAll
  static void importTheProjectsClasses() throws IOException {
    Set<Location> project = new HashSet<>();
    Collections.list(ArchitectureTest.class.getClassLoader().getResources("se/styrkedja"))
        .forEach(url -> project.add(Location.of(url)));
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(project);
  }

  @Test
  void theModulesAreAllThere() {
    for (String module : List.of("core", "tenant", "web")) {
      if (classes.stream().noneMatch(c -> module.equals(moduleOf(c)))) {
        throw new AssertionError("no classes of module " + module + " were checked");
      }
    }
  }

  @Test
  void modulesHaveNoCycles() {
    slices().matching("se.styrkedja.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void dependenciesPointOneWayAndCrossOnlyThroughApi() {
    noClasses()
        .that()
        .resideInAPackage("se.styrkedja..")
        .should(reachAnotherModuleOtherThanThroughItsApi())
        .check(classes);
  }

  /**
   * {@code ./styrkedja run} starts the launcher with the JDK and what the build copies into {@code
   * web/target/runtime/launcher} (web/pom.xml): embedded PostgreSQL and its driver, nothing of the
   * application.
   */
  @Test
  void theLauncherNeedsNothingButTheJdkAndEmbeddedPostgres() {
    noClasses()
        .that()
        .resideInAPackage("se.styrkedja.web.launcher..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "java..",
            "javax.sql..",
            "sun.misc..",
            "io.zonky.test.db.postgres.embedded..",
            "org.postgresql..",
            "se.styrkedja.web.launcher..")
        .check(classes);
  }

  private static ArchCondition<JavaClass> reachAnotherModuleOtherThanThroughItsApi() {
    return new ArchCondition<>("reach another module other than through its api package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String from = moduleOf(origin);
        origin
            .getDirectDependenciesFromSelf()
            .forEach(
                d -> {
                  JavaClass target = d.getTargetClass();
                  String to = moduleOf(target);
                  if (to == null || to.equals(from)) {
                    return;
                  }
                  boolean allowed =
                      MAY_USE.getOrDefault(from, Set.of()).contains(to)
                          && (to.equals("core")
                              || target.getPackageName().startsWith("se.styrkedja." + to + ".api"));
                  if (!allowed) {
                    events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                  }
                });
      }
    };
  }

  /** {@code se.styrkedja.tenant.note.entity.Note} is in module {@code tenant}. */
  private static String moduleOf(JavaClass c) {
    String name = c.getPackageName();
    if (!name.startsWith("se.styrkedja.")) {
      return null;
    }
    String rest = name.substring("se.styrkedja.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
