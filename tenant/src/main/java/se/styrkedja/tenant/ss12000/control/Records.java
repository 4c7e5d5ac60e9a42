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
import java.util.List;
import java.util.Locale;
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

  public record Refused<T>(String reason) implements Read<T> {}

  public record Organisation(
      String id,
      String name,
      String schoolUnitCode,
      UnitType type,
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

  /** The record's id as given, for the report, whether or not the record is valid. */
  public static String idOf(JsonValue record) {
    if (record.getValueType() != JsonValue.ValueType.OBJECT) {
      return null;
    }
    return text(record.asJsonObject(), "id").orElse(null);
  }

  public static Read<Organisation> organisation(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return new Refused<>("not a JSON object");
    }
    JsonObject o = value.asJsonObject();
    Optional<String> id = text(o, "id");
    if (id.isEmpty()) {
      return new Refused<>("id is missing");
    }
    Optional<String> name = text(o, "displayName");
    if (name.isEmpty()) {
      return new Refused<>("displayName is missing");
    }
    if (name.get().length() > 200) {
      return new Refused<>("displayName is longer than 200 characters");
    }
    Set<SchoolType> forms = EnumSet.noneOf(SchoolType.class);
    JsonValue types = o.get("schoolTypes");
    if (types != null && types.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue t : types.asJsonArray()) {
        String form = t instanceof JsonString s ? s.getString() : String.valueOf(t);
        try {
          forms.add(SchoolType.valueOf(form));
        } catch (IllegalArgumentException e) {
          return new Refused<>("schoolTypes: unknown school type " + form);
        }
      }
    }
    String code = text(o, "schoolUnitCode").orElse(null);
    Optional<String> orgType = text(o, "organisationType");
    UnitType type = unitType(orgType.orElse(null), code, forms);
    if (type == null) {
      return new Refused<>("organisationType: unknown type " + orgType.orElse(""));
    }
    if (!type.hasSchoolUnitCode()) {
      code = null;
    } else if (code != null && !code.matches("\\d{8}")) {
      return new Refused<>("schoolUnitCode must be 8 digits: " + code);
    }
    if (!type.servesSchoolForms()) {
      forms.clear();
    }
    String parent = reference(o, "parentOrganisation").orElse(null);
    return new Valid<>(new Organisation(id.get(), name.get(), code, type, forms, parent));
  }

  /**
   * SS 12000's organisationType to the unit types of the tree. Without one (Skolverket's expose
   * format has none), an organisation with a school unit code is a school unit, others a
   * department. A Skolenhet that teaches only Förskola is a preschool unit.
   */
  static UnitType unitType(String organisationType, String code, Set<SchoolType> forms) {
    if (organisationType == null) {
      return code == null ? UnitType.DEPARTMENT : schoolUnit(forms);
    }
    return switch (organisationType) {
      case "Huvudman", "Förvaltning" -> UnitType.ADMINISTRATION;
      case "Rektorsområde", "Skola" -> UnitType.SCHOOL_FORM_AREA;
      case "Skolenhet" -> schoolUnit(forms);
      case "Förskola" -> UnitType.PRESCHOOL_UNIT;
      case "Varumärke", "Bolag", "Övrigt", "Avdelning" -> UnitType.DEPARTMENT;
      default -> null;
    };
  }

  private static UnitType schoolUnit(Set<SchoolType> forms) {
    return forms.equals(EnumSet.of(SchoolType.FS)) ? UnitType.PRESCHOOL_UNIT : UnitType.SCHOOL_UNIT;
  }

  public static Read<Person> person(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return new Refused<>("not a JSON object");
    }
    JsonObject o = value.asJsonObject();
    Optional<String> id = text(o, "id");
    if (id.isEmpty()) {
      return new Refused<>("id is missing");
    }
    Optional<String> given = text(o, "givenName");
    Optional<String> family = text(o, "familyName");
    if (given.isEmpty()) {
      return new Refused<>("givenName is missing");
    }
    if (family.isEmpty()) {
      return new Refused<>("familyName is missing");
    }
    if (given.get().length() > 200 || family.get().length() > 200) {
      return new Refused<>("a name is longer than 200 characters");
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
      return new Refused<>("eduPersonPrincipalName or e-mail is longer than 255 characters");
    }
    return new Valid<>(new Person(id.get(), given.get(), family.get(), principal, email));
  }

  public static Read<Duty> duty(JsonValue value) {
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return new Refused<>("not a JSON object");
    }
    JsonObject o = value.asJsonObject();
    Optional<String> id = text(o, "id");
    if (id.isEmpty()) {
      return new Refused<>("id is missing");
    }
    Optional<String> person = reference(o, "person");
    if (person.isEmpty()) {
      return new Refused<>("person is missing");
    }
    Optional<String> at = reference(o, "dutyAt");
    if (at.isEmpty()) {
      return new Refused<>("dutyAt is missing");
    }
    Optional<String> role = text(o, "dutyRole");
    if (role.isEmpty()) {
      return new Refused<>("dutyRole is missing");
    }
    if (!DUTY_ROLES.contains(role.get())) {
      return new Refused<>("dutyRole: unknown duty role " + role.get());
    }
    LocalDate start;
    LocalDate end;
    try {
      start = text(o, "startDate").map(LocalDate::parse).orElse(null);
      end = text(o, "endDate").map(LocalDate::parse).orElse(null);
    } catch (DateTimeParseException e) {
      return new Refused<>("startDate or endDate is not a date (YYYY-MM-DD)");
    }
    if (start != null && end != null && end.isBefore(start)) {
      return new Refused<>("endDate " + end + " is before startDate " + start);
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
