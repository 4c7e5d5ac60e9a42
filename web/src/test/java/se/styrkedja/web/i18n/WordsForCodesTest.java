package se.styrkedja.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkedja.core.problem.ProblemCode;
import se.styrkedja.tenant.api.SchoolType;

/**
 * Every code the server can send has words in the web app, in Swedish and English: every problem
 * code (the enums implementing {@link ProblemCode}, found in the compiled code of every module),
 * every enum of the generated OpenAPI document, and the SS 12000 school forms. And the plans
 * module's own bundle (the exports) names statuses, kinds and role levels as the web app does. A
 * code without a message fails here, not on a Swedish page in English.
 */
class WordsForCodesTest {

  private static final Path MESSAGES = Path.of("src/main/frontend/src/i18n");
  private static final Path OPENAPI = Path.of("target/classes/META-INF/openapi.json");

  /**
   * The message prefix of each enum of the OpenAPI document: a schema, or a property with its own
   * enum ({@code Schema.property}) whose values are no schema's. A new enum fails until it is here.
   */
  private static final Map<String, String> PREFIXES =
      Map.ofEntries(
          Map.entry("ActivityStatus", "plans.activityStatus"),
          Map.entry("DeadlineKind", "cycle.kind"),
          Map.entry("DeadlineState", "cycle.state"),
          Map.entry("Rating", "plans.rating"),
          Map.entry("ImportKind", "imports.kind"),
          Map.entry("InstrumentVersionStatus", "competence.versionStatus"),
          Map.entry("InstrumentItemType", "competence.itemType"),
          Map.entry("RoundMode", "competence.roundMode"),
          Map.entry("RoundStatus", "competence.roundStatus"),
          Map.entry("AnswerState", "competence.answerState"),
          Map.entry("ImportStatus", "imports.status"),
          Map.entry("Kind", "org.history"),
          Map.entry("PlanKind", "plans.kind"),
          Map.entry("PlanStatus", "plans.status"),
          Map.entry("Reason", "inbox.reason"),
          Map.entry("RevisionKind", "code.revisionKind"),
          Map.entry("StrategyStatus", "strategy.status"),
          Map.entry("UnitType", "unitType"),
          Map.entry("IdentityProviderRequest.type", "tenants.idp.type"),
          Map.entry("StepRequest.step", "plans.step"),
          Map.entry("TenantView.status", "tenants.status"),
          Map.entry("OffboardingView.status", "tenants.status"));

  /** Enums the web app does not word from its message files, and why. */
  private static final Map<String, String> WORDED_ELSEWHERE =
      Map.of(
          "Framework",
          "GET /api/strategies/frameworks sends each framework's and area's name in sv and en",
          // What the caller may do tells the web app which buttons and menu entries to offer; the
          // value itself is never shown (the button's own label is).
          "Capability",
          "never shown: decides which menu entries are offered",
          "ActivityView.allowed",
          "never shown: decides which actions an activity card offers",
          "Full.allowed",
          "never shown: decides which actions a strategy version offers",
          "NoteView.allowed",
          "never shown: decides which actions a note offers",
          "PlanView.allowed",
          "never shown: decides which actions a plan offers",
          "UnitView.allowed",
          "never shown: decides which actions a unit offers");

  private static Map<String, Map<String, String>> web;

  @BeforeAll
  static void read() throws IOException {
    ObjectMapper json = new ObjectMapper();
    web = new HashMap<>();
    for (String lang : List.of("sv", "en")) {
      Map<String, String> messages = new HashMap<>();
      json.readTree(MESSAGES.resolve(lang + ".json").toFile())
          .properties()
          .forEach(e -> messages.put(e.getKey(), e.getValue().asText()));
      web.put(lang, messages);
    }
  }

  @Test
  void everyProblemCodeHasATitleAndADetailInBothLanguages() throws Exception {
    List<ProblemCode> codes = problemCodes();
    assertTrue(codes.size() > 50, "found the codes of every module: " + codes);
    List<String> keys = new ArrayList<>();
    for (ProblemCode code : codes) {
      if (code.fieldOnly()) {
        keys.add("problem." + code.code() + ".field");
      } else {
        keys.add("problem." + code.code() + ".title");
        keys.add("problem." + code.code() + ".detail");
      }
    }
    assertAllWorded(keys);
  }

  @Test
  void everyEnumOfTheApiHasAWordForEachValue() throws IOException {
    assertTrue(Files.exists(OPENAPI), OPENAPI + " is generated at process-classes");
    JsonNode schemas =
        new ObjectMapper().readTree(OPENAPI.toFile()).path("components").path("schemas");
    Map<Set<String>, String> schemaByValues = new HashMap<>();
    schemas
        .properties()
        .forEach(
            s -> {
              if (s.getValue().has("enum")) {
                schemaByValues.put(values(s.getValue()), s.getKey());
              }
            });
    List<String> keys = new ArrayList<>();
    List<String> unmapped = new ArrayList<>();
    schemas
        .properties()
        .forEach(
            s -> {
              if (s.getValue().has("enum")) {
                keys(s.getKey(), values(s.getValue()), keys, unmapped);
              }
              s.getValue()
                  .path("properties")
                  .properties()
                  .forEach(
                      p -> {
                        if (p.getValue().has("enum")) {
                          Set<String> values = values(p.getValue());
                          String name = s.getKey() + "." + p.getKey();
                          keys(
                              PREFIXES.containsKey(name)
                                  ? name
                                  : schemaByValues.getOrDefault(values, name),
                              values,
                              keys,
                              unmapped);
                        }
                      });
            });
    assertEquals(List.of(), unmapped, "enums with no message prefix in PREFIXES");
    assertTrue(keys.size() > 60, keys.toString());
    assertAllWorded(keys);
  }

  @Test
  void everySchoolFormOfSs12000HasAName() {
    assertAllWorded(Arrays.stream(SchoolType.values()).map(f -> "schoolType." + f.name()).toList());
  }

  /** The exports' names of statuses, kinds and role levels are the web app's, word for word. */
  @Test
  void thePlansBundleNamesWhatTheWebAppNamesTheSameWay() throws IOException {
    for (String lang : List.of("sv", "en")) {
      Properties bundle = new Properties();
      try (InputStream in =
          getClass().getResourceAsStream("/se/styrkedja/plans/messages_" + lang + ".properties")) {
        bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      Set<String> shared = new TreeSet<>();
      for (String key : bundle.stringPropertyNames()) {
        if (key.startsWith("export.")) {
          continue;
        }
        shared.add(key);
        assertEquals(web.get(lang).get(key), bundle.getProperty(key), lang + " " + key);
      }
      for (String prefix : List.of("plans.status.", "plans.activityStatus.", "plans.kind.")) {
        assertTrue(
            shared.stream().anyMatch(k -> k.startsWith(prefix)), lang + " bundle has " + prefix);
      }
    }
  }

  private static void keys(
      String name, Set<String> values, List<String> keys, List<String> unmapped) {
    if (WORDED_ELSEWHERE.containsKey(name)) {
      return;
    }
    String prefix = PREFIXES.get(name);
    if (prefix == null) {
      unmapped.add(name + " " + values);
      return;
    }
    values.forEach(v -> keys.add(prefix + "." + v));
  }

  private static Set<String> values(JsonNode schema) {
    Set<String> values = new TreeSet<>();
    schema.path("enum").forEach(v -> values.add(v.asText()));
    return values;
  }

  private static void assertAllWorded(List<String> keys) {
    for (String lang : List.of("sv", "en")) {
      List<String> missing =
          keys.stream()
              .distinct()
              .filter(k -> web.get(lang).getOrDefault(k, "").isBlank())
              .toList();
      assertEquals(List.of(), missing, lang + ".json has no message for these");
    }
  }

  /** The codes of every enum implementing ProblemCode, in the compiled code of every module. */
  private static List<ProblemCode> problemCodes() throws ClassNotFoundException {
    List<ProblemCode> codes = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.styrkedja")) {
      if (c.isEnum() && c.isAssignableTo(ProblemCode.class)) {
        for (Object constant : Class.forName(c.getName()).getEnumConstants()) {
          codes.add((ProblemCode) constant);
        }
      }
    }
    return codes;
  }
}
