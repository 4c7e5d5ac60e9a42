package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkedja.plans.plan.entity.PlanStatus;

/**
 * The OpenAPI document at {@code /openapi}, as an integrator or a client generator reads it: valid
 * OpenAPI, one id per operation, one schema per record with that record's own fields, ids and dates
 * typed as such, required fields marked, statuses enumerated, and the problem responses described.
 * The records and parameters are checked against the resource classes of every module, so a new
 * resource is held to the same rules without this test naming it.
 */
class OpenApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

  private static String raw;
  private static JsonNode doc;
  private static List<Class<?>> resources;

  @BeforeAll
  static void readTheDocumentAndTheResources() throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(TestSystem.get().appUrl().resolve("openapi"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    raw = r.body();
    doc = JSON.readTree(raw);

    Set<Location> project = new HashSet<>();
    Collections.list(OpenApiIT.class.getClassLoader().getResources("se/styrkedja"))
        .forEach(url -> project.add(Location.of(url)));
    resources = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importLocations(project)) {
      if (c.isAnnotatedWith(Path.class)) {
        resources.add(Class.forName(c.getName()));
      }
    }
    assertTrue(resources.size() > 10, "the resource classes of every module: " + resources);
  }

  @Test
  void isValidOpenApi() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(raw, null, options);
    assertTrue(result.getOpenAPI() != null, "parsed");
    assertEquals(List.of(), result.getMessages(), "swagger-parser's messages");
  }

  @Test
  void everyOperationHasAnIdOfItsOwn() {
    Map<String, List<String>> byId = new TreeMap<>();
    List<String> without = new ArrayList<>();
    operations()
        .forEach(
            (where, operation) -> {
              String id = operation.path("operationId").asText("");
              if (id.isBlank()) {
                without.add(where);
              } else {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(where);
              }
            });
    byId.values().removeIf(w -> w.size() == 1);
    assertEquals(List.of(), without, "operations without an id");
    assertEquals(Map.of(), byId, "ids of more than one operation");
  }

  /**
   * Every record a resource takes or gives has a schema of its own: the record's fields, no more
   * and no fewer; a UUID, a date and an instant with their formats; an enum with its values; a
   * field that Bean Validation requires marked required.
   */
  @Test
  void everyRecordHasASchemaOfItsOwn() {
    Map<Class<?>, String> records = new LinkedHashMap<>();
    for (Class<?> resource : resources) {
      for (Method m : resource.getMethods()) {
        if (httpMethod(m) == null) {
          continue;
        }
        collectRecords(m.getGenericReturnType(), records);
        for (java.lang.reflect.Parameter p : m.getParameters()) {
          if (isBody(p)) {
            collectRecords(p.getParameterizedType(), records);
          }
        }
      }
    }
    assertTrue(records.size() > 40, "records of the API: " + records.keySet());
    List<String> wrong = new ArrayList<>();
    Map<String, Class<?>> names = new TreeMap<>();
    records.forEach(
        (record, name) -> {
          Class<?> other = names.put(name, record);
          if (other != null) {
            wrong.add(
                name + ": the schema of both " + other.getName() + " and " + record.getName());
          }
          JsonNode schema = doc.at("/components/schemas/" + name);
          if (schema.isMissingNode()) {
            wrong.add(name + ": no schema for " + record.getName());
            return;
          }
          Set<String> properties = new TreeSet<>();
          schema.path("properties").fieldNames().forEachRemaining(properties::add);
          Set<String> fields = new TreeSet<>();
          for (RecordComponent c : record.getRecordComponents()) {
            fields.add(c.getName());
          }
          if (!properties.equals(fields)) {
            wrong.add(name + ": properties " + properties + ", but " + record.getName() + fields);
            return;
          }
          Set<String> required = new HashSet<>();
          schema.path("required").forEach(r -> required.add(r.asText()));
          for (RecordComponent c : record.getRecordComponents()) {
            String where = name + "." + c.getName();
            JsonNode property = resolve(schema.path("properties").path(c.getName()));
            checkType(where, c.getGenericType(), property, wrong);
            boolean mustBeThere;
            try {
              var field = record.getDeclaredField(c.getName());
              mustBeThere =
                  field.isAnnotationPresent(NotNull.class)
                      || field.isAnnotationPresent(NotBlank.class)
                      || field.isAnnotationPresent(NotEmpty.class);
            } catch (NoSuchFieldException e) {
              throw new IllegalStateException(e);
            }
            if (mustBeThere && !required.contains(c.getName())) {
              wrong.add(where + ": required by Bean Validation, not in the schema's required");
            }
          }
        });
    assertEquals(List.of(), wrong, "of " + records.size() + " records");
  }

  /** Path and query parameters that are ids or dates say so. */
  @Test
  void idAndDateParametersHaveTheirFormats() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Class<?> resource : resources) {
      for (Method m : resource.getMethods()) {
        String method = httpMethod(m);
        if (method == null) {
          continue;
        }
        String path = path(resource, m);
        JsonNode operation = doc.path("paths").path(path).path(method);
        if (operation.isMissingNode()) {
          wrong.add(method.toUpperCase() + " " + path + " (" + m + "): not in the document");
          continue;
        }
        for (java.lang.reflect.Parameter p : m.getParameters()) {
          String in = p.isAnnotationPresent(PathParam.class) ? "path" : "query";
          String name =
              p.isAnnotationPresent(PathParam.class)
                  ? p.getAnnotation(PathParam.class).value()
                  : p.isAnnotationPresent(QueryParam.class)
                      ? p.getAnnotation(QueryParam.class).value()
                      : null;
          if (name == null) {
            continue;
          }
          JsonNode parameter = null;
          for (JsonNode candidate : operation.path("parameters")) {
            if (candidate.path("name").asText().equals(name)
                && candidate.path("in").asText().equals(in)) {
              parameter = candidate;
            }
          }
          String where = method.toUpperCase() + " " + path + " " + in + " " + name;
          if (parameter == null) {
            wrong.add(where + ": not in the document");
            continue;
          }
          checked++;
          checkType(where, p.getParameterizedType(), resolve(parameter.path("schema")), wrong);
          if (in.equals("path") && !parameter.path("required").asBoolean()) {
            wrong.add(where + ": a path parameter is required");
          }
        }
      }
    }
    assertTrue(checked > 50, checked + " parameters");
    assertEquals(List.of(), wrong);
  }

  /** The plan's activity and the follow-up's are two records of one simple name: two schemas. */
  @Test
  void thePlansAndTheFollowUpsActivityRequestsKeepTheirOwnFields() {
    JsonNode plan =
        resolve(
            doc.at(
                "/paths/~1api~1plans~1{id}~1activities/post/requestBody/content/application~1json/schema"));
    JsonNode followUp =
        resolve(
            resolve(
                    doc.at(
                        "/paths/~1api~1plans~1{id}~1follow-ups~1{roundDue}/put/requestBody/content/application~1json/schema"))
                .at("/properties/activities/items"));
    assertEquals(
        fieldsOf(se.styrkedja.plans.plan.boundary.PlanRequest.ActivityRequest.class),
        propertiesOf(plan));
    assertEquals(
        fieldsOf(se.styrkedja.plans.followup.boundary.FollowUpsResource.ActivityRequest.class),
        propertiesOf(followUp));
  }

  @Test
  void aPlansStatusListsItsValues() {
    List<String> values = new ArrayList<>();
    resolve(doc.at("/components/schemas/PlanView/properties/status"))
        .path("enum")
        .forEach(v -> values.add(v.asText()));
    assertEquals(Arrays.stream(PlanStatus.values()).map(Enum::name).toList(), values);
    List<String> filter = new ArrayList<>();
    for (JsonNode p : doc.at("/paths/~1api~1plans/get/parameters")) {
      if (p.path("name").asText().equals("status")) {
        resolve(p.path("schema")).path("enum").forEach(v -> filter.add(v.asText()));
      }
    }
    assertEquals(values, filter, "the status a list of plans is filtered by");
  }

  /**
   * Every operation describes the problems it can answer (RFC 9457, application/problem+json): 401
   * and 403 unless it is public, 404 when its path names an object, 409 when it writes, 400 when it
   * takes parameters or a body.
   */
  @Test
  void everyOperationDescribesItsProblemResponses() {
    JsonNode problem = doc.at("/components/schemas/Problem");
    Set<String> required = new HashSet<>();
    problem.path("required").forEach(r -> required.add(r.asText()));
    assertTrue(
        required.containsAll(Set.of("type", "title", "status", "code", "errors")),
        problem.toString());
    assertEquals(
        "#/components/schemas/FieldError", problem.at("/properties/errors/items/$ref").asText());

    List<String> missing = new ArrayList<>();
    operations()
        .forEach(
            (where, operation) -> {
              String method = where.substring(0, where.indexOf(' ')).toLowerCase();
              String path = where.substring(where.indexOf(' ') + 1);
              // security: [] or [{}]: no scheme needed
              boolean isPublic = operation.has("security");
              for (JsonNode requirement : operation.path("security")) {
                isPublic &= requirement.isEmpty();
              }
              Set<String> expected = new LinkedHashSet<>();
              if (operation.path("parameters").size() > 0 || operation.has("requestBody")) {
                expected.add("400");
              }
              if (!isPublic) {
                expected.addAll(List.of("401", "403"));
              }
              if (path.contains("{")) {
                expected.add("404");
              }
              if (WRITES.contains(method)) {
                expected.add("409");
              }
              for (String status : expected) {
                JsonNode response = operation.path("responses").path(status);
                if (response.has("$ref")) {
                  response =
                      doc.at(
                          "/components/responses/"
                              + response
                                  .path("$ref")
                                  .asText()
                                  .replace("#/components/responses/", ""));
                }
                String schema =
                    response.at("/content/application~1problem+json/schema/$ref").asText();
                if (!schema.equals("#/components/schemas/Problem")) {
                  missing.add(where + " " + status + ": " + response);
                }
              }
            });
    assertEquals(List.of(), missing);
  }

  // --- the document

  /** Every operation, by "METHOD /path". */
  private static Map<String, JsonNode> operations() {
    Map<String, JsonNode> all = new TreeMap<>();
    doc.path("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fields()
                    .forEachRemaining(
                        m -> {
                          if (HTTP_METHODS.contains(m.getKey())) {
                            all.put(m.getKey().toUpperCase() + " " + path.getKey(), m.getValue());
                          }
                        }));
    return all;
  }

  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private static JsonNode resolve(JsonNode schema) {
    JsonNode s = schema;
    for (int i = 0; i < 10 && s.has("$ref"); i++) {
      s =
          doc.at(
              "/components/schemas/"
                  + s.path("$ref").asText().replace("#/components/schemas/", ""));
    }
    return s;
  }

  // --- the Java side

  private static Set<String> fieldsOf(Class<?> record) {
    Set<String> fields = new TreeSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      fields.add(c.getName());
    }
    return fields;
  }

  private static Set<String> propertiesOf(JsonNode schema) {
    Set<String> properties = new TreeSet<>();
    schema.path("properties").fieldNames().forEachRemaining(properties::add);
    return properties;
  }

  private static void checkType(String where, Type type, JsonNode schema, List<String> wrong) {
    if (type instanceof ParameterizedType p
        && p.getRawType() instanceof Class<?> raw
        && java.util.Collection.class.isAssignableFrom(raw)) {
      checkType(where + "[]", p.getActualTypeArguments()[0], resolve(schema.path("items")), wrong);
      return;
    }
    if (!(type instanceof Class<?> c)) {
      return;
    }
    String format =
        c == UUID.class
            ? "uuid"
            : c == LocalDate.class
                ? "date"
                : c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class
                    ? "date-time"
                    : null;
    if (format != null
        && !(schema.path("type").asText().equals("string")
            && schema.path("format").asText().equals(format))) {
      wrong.add(
          where
              + ": a "
              + c.getSimpleName()
              + " is a string of format "
              + format
              + ", not "
              + schema);
    }
    if (c.isEnum()) {
      List<String> values = new ArrayList<>();
      schema.path("enum").forEach(v -> values.add(v.asText()));
      List<String> constants =
          Arrays.stream(c.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
      if (!values.equals(constants)) {
        wrong.add(
            where + ": the values of " + c.getSimpleName() + " " + constants + ", not " + schema);
      }
    }
  }

  private static void collectRecords(Type type, Map<Class<?>, String> records) {
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        collectRecords(argument, records);
      }
      collectRecords(p.getRawType(), records);
      return;
    }
    if (!(type instanceof Class<?> c) || !c.isRecord() || records.containsKey(c)) {
      return;
    }
    if (c.getTypeParameters().length == 0) {
      Schema schema = c.getAnnotation(Schema.class);
      records.put(
          c, schema != null && !schema.name().isEmpty() ? schema.name() : c.getSimpleName());
    }
    for (RecordComponent component : c.getRecordComponents()) {
      collectRecords(component.getGenericType(), records);
    }
  }

  private static boolean isBody(java.lang.reflect.Parameter p) {
    return Arrays.stream(p.getAnnotations())
        .noneMatch(
            a ->
                a.annotationType().getPackageName().equals("jakarta.ws.rs")
                    || a.annotationType() == Context.class
                    || a.annotationType() == BeanParam.class);
  }

  private static String httpMethod(Method m) {
    for (var a : m.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value().toLowerCase();
      }
    }
    return null;
  }

  private static String path(Class<?> resource, Method m) {
    String path = "/api/" + resource.getAnnotation(Path.class).value();
    if (m.isAnnotationPresent(Path.class)) {
      path += "/" + m.getAnnotation(Path.class).value();
    }
    path = path.replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
