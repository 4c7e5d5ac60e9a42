package se.styrkedja.tenant.ss12000.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.api.UnitType;
import se.styrkedja.tenant.ss12000.entity.RecordType;

/**
 * SS 12000 records as JSON (../shared/ss12000/openapi-expose.yml), read into what the import
 * writes, or refused with the reason a municipality admin reads in the report. Pure functions.
 *
 * <p>A file of a data set is an object with the list under the plural ({@code "persons": [...]},
 * the expose file format) or under {@code data} (the paged API's answer), with {@code pageToken}
 * beside it.
 */
public final class Records {

  /** SS 12000's DutyRoleEnum. */
  public static final List<String> DUTY_ROLES =
      List.of(
          "Rektor",
          "Lärare",
          "Förskollärare",
          "Barnskötare",
          "Bibliotekarie",
          "Lärarassistent",
          "Fritidspedagog",
          "Annan personal",
          "Studie- och yrkesvägledare",
          "Förstelärare",
          "Kurator",
          "Skolsköterska",
          "Skolläkare",
          "Skolpsykolog",
          "Speciallärare/specialpedagog",
          "Skoladministratör",
          "Övrig arbetsledning",
          "Övrig pedagogisk personal",
          "Förskolechef");

  private Records() {}

  /** A file or an answer that is not what SS 12000 describes. */
  public static final class NotADataSet extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotADataSet(String message) {
      super(message);
    }
  }

  /** One page of records and the token of the next page (null when it is the last). */
  public record PageOf(List<JsonValue> records, String nextToken) {}

  public static PageOf page(String json, RecordType type) {
    JsonValue root;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      root = reader.readValue();
    } catch (JsonParsingException e) {
      throw new NotADataSet("is not JSON: " + e.getMessage());
    } catch (RuntimeException e) {
      throw new NotADataSet("is not JSON");
    }
    if (root.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new NotADataSet("is not a JSON object with a list of " + type.plural());
    }
    JsonObject object = root.asJsonObject();
    JsonValue list = object.get(type.plural());
    if (list == null) {
      list = object.get("data");
    }
    if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new NotADataSet("has no list '" + type.plural() + "' (or 'data')");
    }
    String next = text(object, "pageToken").orElse(null);
    return new PageOf(List.copyOf((JsonArray) list), next);
  }

  /** A record that can be written, or the reason it cannot. */
  public sealed interface Read<T> {}

  public record Valid<T>(T record) implements Read<T> {}

  /**
   * Why a record cannot be written: a stable code ({@code tenant.import.*}, as problem codes are)
   * and the reason the admin reads in the report.
   */
  public record Refused<T>(String code, String reason) implements Read<T> {}

  static final String NOT_AN_OBJECT = "tenant.import.not-an-object";
  static final String MISSING = "tenant.import.missing";
  static final String TOO_LONG = "tenant.import.too-long";
  static final String UNKNOWN_VALUE = "tenant.import.unknown-value";
  static final String MALFORMED = "tenant.import.malformed";

  private static <T> Refused<T> refused(String code, String reason) {
    return new Refused<>(code, reason);
  }

  /**
   * An organisation as the tree takes it: {@code organisationType} is SS 12000's value as given
   * (null in Skolverket's subset, which has none), {@code parentId} its parentOrganisation's id.
   */
  public record Organisation(
      String id,
      String name,
      String schoolUnitCode,
      UnitType type,
      String organisationType,
      Set<SchoolType> schoolForms,
      String parentId) {}

  public record Person(
      String id, String givenName, String familyName, String principalName, String email) {}

  public record Duty(
      String id,
      String personId,
      String unitId,
      String role,
      LocalDate startDate,
      LocalDate endDate) {}

  /** Where an organisation's parent stands in its data set. */
  public enum Lineage {
    /** It names no parent, or one that comes before it in the order. */
    IN_ORDER,
    /** It names a parent its data set does not have: the tree may (an incremental import). */
    PARENT_OUTSIDE,
    /** Its parentOrganisation leads back to itself: the order begins the loop with it. */
    LOOP
  }

  /** An organisation of a data set in its place in the order, and where its parent stands. */
  public record Ordered(JsonValue record, Lineage lineage) {}

  /**
   * The organisations of a whole data set, each after its parent where the data set has it (an
   * export or a paged API gives them in any order), otherwise in the order given; only a top
   * Huvudman, then a top Förvaltning, comes first, as the one that becomes the root of a tree that
   * has none. The same records give the same order, so a restarted import goes on at the same
   * place. A loop of parents is broken at the first of its records met.
   */
  public static List<Ordered> parentsFirst(List<JsonValue> organisations) {
    int n = organisations.size();
    Map<String, Integer> byId = new HashMap<>();
    String[] parents = new String[n];
    List<Integer> starts = new ArrayList<>(n);
    List<Integer> tops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      JsonValue r = organisations.get(i);
      String id = idOf(r);
      if (id != null) {
        byId.putIfAbsent(id, i);
      }
      if (r.getValueType() == JsonValue.ValueType.OBJECT) {
        JsonObject o = r.asJsonObject();
        parents[i] = reference(o, "parentOrganisation").orElse(null);
        String type = text(o, "organisationType").orElse("");
        if (parents[i] == null && type.equals(OrganisationType.HUVUDMAN.value())) {
          starts.add(i);
        } else if (parents[i] == null && type.equals(OrganisationType.FORVALTNING.value())) {
          tops.add(i);
        }
      }
    }
    starts.addAll(tops);
    for (int i = 0; i < n; i++) {
      starts.add(i);
    }
    boolean[] placed = new boolean[n];
    List<Ordered> ordered = new ArrayList<>(n);
    for (int start : starts) {
      if (placed[start]) {
        continue;
      }
      // Up from the record to the first ancestor that is placed, outside or missing: its chain.
      List<Integer> chain = new ArrayList<>();
      Map<Integer, Integer> inChain = new HashMap<>();
      Lineage top = Lineage.IN_ORDER;
      int loopAt = -1;
      int at = start;
      while (true) {
        inChain.put(at, chain.size());
        chain.add(at);
        Integer parent = parents[at] == null ? null : byId.get(parents[at]);
        if (parents[at] != null && parent == null) {
          top = Lineage.PARENT_OUTSIDE;
          break;
        }
        if (parent == null || placed[parent]) {
          break;
        }
        if (inChain.containsKey(parent)) {
          loopAt = inChain.get(parent);
          break;
        }
        at = parent;
      }
      if (loopAt < 0) {
        for (int k = chain.size() - 1; k >= 0; k--) {
          place(
              organisations,
              chain.get(k),
              k == chain.size() - 1 ? top : Lineage.IN_ORDER,
              placed,
              ordered);
        }
      } else {
        // chain[loopAt] .. chain[last] is the loop (the parent of the last is chain[loopAt]):
        // chain[loopAt] first, then the last and on down the loop, then the rest of the chain.
        place(organisations, chain.get(loopAt), Lineage.LOOP, placed, ordered);
        for (int k = chain.size() - 1; k > loopAt; k--) {
          place(organisations, chain.get(k), Lineage.IN_ORDER, placed, ordered);
        }
        for (int k = loopAt - 1; k >= 0; k--) {
          place(organisations, chain.get(k), Lineage.IN_ORDER, placed, ordered);
        }
      }
    }
    return ordered;
  }

  private static void place(
      List<JsonValue> records, int i, Lineage lineage, boolean[] placed, List<Ordered> ordered) {
    placed[i] = true;
    ordered.add(new Ordered(records.get(i), lineage));
  }

  /** The record's id as given, for the report, whether or not the record is valid. */
  public static String idOf(JsonValue record) {
    if (record.getValueType() != JsonValue.ValueType.OBJECT) {
      return null;
    }
    return text(record.asJsonObject(), "id").orElse(null);
  }

  public static Read<Organisation> organisation(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return refused(NOT_AN_OBJECT, "not a JSON object");
    }
    JsonObject o = value.asJsonObject();
    Optional<String> id = text(o, "id");
    if (id.isEmpty()) {
      return refused(MISSING, "id is missing");
    }
    Optional<String> name = text(o, "displayName");
    if (name.isEmpty()) {
      return refused(MISSING, "displayName is missing");
    }
    if (name.get().length() > 200) {
      return refused(TOO_LONG, "displayName is longer than 200 characters");
    }
    Set<SchoolType> forms = EnumSet.noneOf(SchoolType.class);
    JsonValue types = o.get("schoolTypes");
    if (types != null && types.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue t : types.asJsonArray()) {
        String form = t instanceof JsonString s ? s.getString() : String.valueOf(t);
        try {
          forms.add(SchoolType.valueOf(form));
        } catch (IllegalArgumentException e) {
          return refused(UNKNOWN_VALUE, "schoolTypes: unknown school type " + form);
        }
      }
    }
    String code = text(o, "schoolUnitCode").orElse(null);
    Optional<String> given = text(o, "organisationType");
    Optional<OrganisationType> orgType = given.flatMap(OrganisationType::of);
    if (given.isPresent() && orgType.isEmpty()) {
      return refused(
          UNKNOWN_VALUE,
          "organisationType: unknown type "
              + given.get()
              + " (SS 12000 has "
              + OrganisationType.list()
              + ")");
    }
    UnitType type = unitType(orgType.orElse(null), code, forms);
    if (!type.hasSchoolUnitCode()) {
      code = null;
    } else if (code != null && !code.matches("\\d{8}")) {
      return refused(MALFORMED, "schoolUnitCode must be 8 digits: " + code);
    }
    if (!type.servesSchoolForms()) {
      forms.clear();
    }
    String parent = reference(o, "parentOrganisation").orElse(null);
    return new Valid<>(
        new Organisation(
            id.get(),
            name.get(),
            code,
            type,
            orgType.map(OrganisationType::value).orElse(null),
            forms,
            parent));
  }

  /**
   * SS 12000's organisationType to the unit types of the tree. Without one (Skolverket's expose
   * format has none), an organisation with a school unit code is a school unit, others a
   * department. A Skolenhet that teaches only Förskola is a preschool unit.
   */
  static UnitType unitType(OrganisationType organisationType, String code, Set<SchoolType> forms) {
    if (organisationType == null) {
      return code == null ? UnitType.DEPARTMENT : OrganisationType.SKOLENHET.unitType(forms);
    }
    return organisationType.unitType(forms);
  }

  public static Read<Person> person(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return refused(NOT_AN_OBJECT, "not a JSON object");
    }
    JsonObject o = value.asJsonObject();
    Optional<String> id = text(o, "id");
    if (id.isEmpty()) {
      return refused(MISSING, "id is missing");
    }
    Optional<String> given = text(o, "givenName");
    Optional<String> family = text(o, "familyName");
    if (given.isEmpty()) {
      return refused(MISSING, "givenName is missing");
    }
    if (family.isEmpty()) {
      return refused(MISSING, "familyName is missing");
    }
    if (given.get().length() > 200 || family.get().length() > 200) {
      return refused(TOO_LONG, "a name is longer than 200 characters");
    }
    String principal = null;
    JsonValue eppns = o.get("eduPersonPrincipalNames");
    if (eppns != null && eppns.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue e : eppns.asJsonArray()) {
        if (e instanceof JsonString s && !s.getString().isBlank()) {
          principal = s.getString().strip();
          break;
        }
      }
    }
    String email = null;
    JsonValue emails = o.get("emails");
    if (emails != null && emails.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue e : emails.asJsonArray()) {
        if (e.getValueType() != JsonValue.ValueType.OBJECT) {
          continue;
        }
        Optional<String> address = text(e.asJsonObject(), "value");
        boolean work = text(e.asJsonObject(), "type").orElse("").equals("Skola personal");
        if (address.isPresent() && (email == null || work)) {
          email = address.get().toLowerCase(Locale.ROOT);
          if (work) {
            break;
          }
        }
      }
    }
    if (principal != null && principal.length() > 255 || email != null && email.length() > 255) {
      return refused(TOO_LONG, "eduPersonPrincipalName or e-mail is longer than 255 characters");
    }
    return new Valid<>(new Person(id.get(), given.get(), family.get(), principal, email));
  }

  public static Read<Duty> duty(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return refused(NOT_AN_OBJECT, "not a JSON object");
    }
    JsonObject o = value.asJsonObject();
    Optional<String> id = text(o, "id");
    if (id.isEmpty()) {
      return refused(MISSING, "id is missing");
    }
    Optional<String> person = reference(o, "person");
    if (person.isEmpty()) {
      return refused(MISSING, "person is missing");
    }
    Optional<String> at = reference(o, "dutyAt");
    if (at.isEmpty()) {
      return refused(MISSING, "dutyAt is missing");
    }
    Optional<String> role = text(o, "dutyRole");
    if (role.isEmpty()) {
      return refused(MISSING, "dutyRole is missing");
    }
    if (!DUTY_ROLES.contains(role.get())) {
      return refused(UNKNOWN_VALUE, "dutyRole: unknown duty role " + role.get());
    }
    LocalDate start;
    LocalDate end;
    try {
      start = text(o, "startDate").map(LocalDate::parse).orElse(null);
      end = text(o, "endDate").map(LocalDate::parse).orElse(null);
    } catch (DateTimeParseException e) {
      return refused(MALFORMED, "startDate or endDate is not a date (YYYY-MM-DD)");
    }
    if (start != null && end != null && end.isBefore(start)) {
      return refused(MALFORMED, "endDate " + end + " is before startDate " + start);
    }
    return new Valid<>(new Duty(id.get(), person.get(), at.get(), role.get(), start, end));
  }

  /**
   * The level of the chain of governance a duty role gives at its unit, if any: a Rektor is the
   * principal of the unit, a Förskolechef its preschool head, teachers of every kind are teachers.
   */
  public static Optional<String> levelOf(String dutyRole) {
    return Optional.ofNullable(
        switch (dutyRole) {
          case "Rektor" -> "rektor";
          case "Förskolechef" -> "forskolechef";
          case "Lärare",
              "Förskollärare",
              "Förstelärare",
              "Speciallärare/specialpedagog",
              "Fritidspedagog" ->
              "larare";
          default -> null;
        });
  }

  /** The record ids in a list of records, for loading what exists in one query. */
  public static List<String> ids(List<JsonValue> records) {
    List<String> ids = new ArrayList<>();
    for (JsonValue r : records) {
      String id = idOf(r);
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static Optional<String> reference(JsonObject o, String name) {
    JsonValue ref = o.get(name);
    if (ref == null || ref.getValueType() != JsonValue.ValueType.OBJECT) {
      return Optional.empty();
    }
    return text(ref.asJsonObject(), "id");
  }

  private static Optional<String> text(JsonObject o, String name) {
    JsonValue v = o.get(name);
    if (v instanceof JsonString s && !s.getString().isBlank()) {
      String t = s.getString().strip();
      return t.length() > 100 && name.equals("id") ? Optional.empty() : Optional.of(t);
    }
    return Optional.empty();
  }
}
