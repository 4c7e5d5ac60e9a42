package se.styrkedja.web.openapi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Rules the whole OpenAPI document follows, so that no resource has to repeat them and none can
 * forget them. Runs when the build makes the document (see web/pom.xml), not in the server.
 *
 * <ul>
 *   <li>A public operation ({@code @SecurityRequirements} with none) says {@code security: [{}]}.
 *   <li>Every operation names the problem responses (RFC 9457) it can give: 400 when it takes
 *       parameters or a body, 401 and 403 unless it is public, 404 when its path names an object,
 *       409 when it writes. They are the shared responses of {@code StyrkedjaApplication}.
 *   <li>A text constrained to a list of words ({@code @Pattern(regexp = "DRAFT|SUBMITTED")}) is an
 *       enumeration of them, so that a generated client offers the values.
 *   <li>What the server sends is as precise as a generated client needs: every property of a schema
 *       that only responses use is required unless it says {@code @Schema(nullable = true)} (the
 *       server leaves a null out, so such a property may be absent or null). A schema that requests
 *       use too keeps only what its Bean Validation requires, since a client may leave the rest
 *       out. A list limited to a few words ({@code @Schema(enumeration = ...)} on a {@code
 *       List<String>}) is a list of those words, not one of them, and an enumeration of words is a
 *       string.
 *   <li>Two records with the same simple name must not share a schema: the generator then names the
 *       second {@code ActivityRequest1}, a name that changes whenever another record is added. The
 *       build fails and asks for {@code @Schema(name = ...)} instead.
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

  /** The shared problem responses, by status, as named in StyrkedjaApplication. */
  static final Map<String, String> PROBLEMS =
      Map.of(
          "400", "BadRequest",
          "401", "Unauthorized",
          "403", "Forbidden",
          "404", "NotFound",
          "409", "Conflict");

  private static final Pattern WORDS =
      Pattern.compile("\\^?([A-Za-z0-9_-]+(\\|[A-Za-z0-9_-]+)+)\\$?");
  private static final Pattern NUMBERED = Pattern.compile("(.*\\D)\\d+");

  @Override
  public void filterOpenAPI(OpenAPI api) {
    refuseNumberedSchemas(api);
    requireWhatResponsesAlwaysSend(api);
    inlineNullableScalars(api);
    Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      api.getComponents().getSchemas().values().forEach(s -> enumerate(s, seen));
    }
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().getOperations().entrySet()) {
        Operation o = operation.getValue();
        List<Parameter> parameters = new ArrayList<>();
        if (path.getValue().getParameters() != null) {
          parameters.addAll(path.getValue().getParameters());
        }
        if (o.getParameters() != null) {
          parameters.addAll(o.getParameters());
        }
        parameters.forEach(p -> enumerate(p.getSchema(), seen));
        if (o.getRequestBody() != null) {
          content(o.getRequestBody().getContent()).forEach(m -> enumerate(m.getSchema(), seen));
        }
        addProblems(api, path.getKey(), operation.getKey(), o, !parameters.isEmpty());
      }
    }
  }

  private static void addProblems(
      OpenAPI api, String path, PathItem.HttpMethod method, Operation o, boolean hasParameters) {
    APIResponses responses = o.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      o.setResponses(responses);
    }
    boolean isPublic =
        o.getSecurity() != null
            && o.getSecurity().stream()
                .allMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
    if (isPublic) {
      // "security: [{}]", no scheme needed: Payara's writer leaves an empty list out, and the
      // operation would seem to need the document's bearer token.
      o.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
    }
    boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    List<String> statuses = new ArrayList<>();
    if (hasParameters || o.getRequestBody() != null) {
      statuses.add("400");
    }
    if (!isPublic) {
      statuses.add("401");
      statuses.add("403");
    }
    if (path.contains("{")) {
      statuses.add("404");
    }
    if (writes) {
      statuses.add("409");
    }
    for (String status : statuses) {
      String name = PROBLEMS.get(status);
      if (api.getComponents() == null
          || api.getComponents().getResponses() == null
          || !api.getComponents().getResponses().containsKey(name)) {
        throw new IllegalStateException(
            "StyrkedjaApplication declares no shared response " + name + " for " + status);
      }
      if (!responses.hasAPIResponse(status)) {
        responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
      }
    }
  }

  /** A string limited to a few words by a pattern becomes an enumeration of those words. */
  private static void enumerate(Schema schema, Set<Schema> seen) {
    if (schema == null || !seen.add(schema)) {
      return;
    }
    if (schema.getType() == Schema.SchemaType.ARRAY
        && schema.getEnumeration() != null
        && schema.getItems() != null
        && schema.getItems().getRef() == null
        && schema.getItems().getEnumeration() == null) {
      schema.getItems().setEnumeration(schema.getEnumeration());
      schema.setEnumeration(null);
    }
    if (schema.getType() == Schema.SchemaType.OBJECT
        && schema.getEnumeration() != null
        && schema.getEnumeration().stream().allMatch(String.class::isInstance)) {
      // the scanner makes a nullable String of an enum's values (@Schema(implementation =
      // PlanStatus.class, nullable = true)) an "object" of string values
      schema.setType(Schema.SchemaType.STRING);
    }
    if (schema.getPattern() != null && schema.getEnumeration() == null) {
      var words = WORDS.matcher(schema.getPattern());
      if (words.matches()) {
        schema.setEnumeration(new ArrayList<>(Arrays.asList(words.group(1).split("\\|"))));
        schema.setPattern(null);
      }
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(s -> enumerate(s, seen));
    }
    enumerate(schema.getItems(), seen);
    enumerate(schema.getAdditionalPropertiesSchema(), seen);
    for (List<Schema> group :
        Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (group != null) {
        group.forEach(s -> enumerate(s, seen));
      }
    }
  }

  /**
   * Marks every property of a response-only schema required unless it is nullable. Its records
   * always send every component but those that may be null, which JSON-B leaves out.
   */
  static void requireWhatResponsesAlwaysSend(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    Set<String> sent = new TreeSet<>();
    Set<String> received = new TreeSet<>();
    if (api.getComponents().getResponses() != null) {
      api.getComponents()
          .getResponses()
          .values()
          .forEach(r -> content(r.getContent()).forEach(m -> reach(m.getSchema(), schemas, sent)));
    }
    if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
      for (PathItem path : api.getPaths().getPathItems().values()) {
        if (path.getParameters() != null) {
          path.getParameters().forEach(p -> reach(p.getSchema(), schemas, received));
        }
        for (Operation o : path.getOperations().values()) {
          if (o.getParameters() != null) {
            o.getParameters().forEach(p -> reach(p.getSchema(), schemas, received));
          }
          if (o.getRequestBody() != null) {
            content(o.getRequestBody().getContent())
                .forEach(m -> reach(m.getSchema(), schemas, received));
          }
          if (o.getResponses() != null && o.getResponses().getAPIResponses() != null) {
            o.getResponses()
                .getAPIResponses()
                .values()
                .forEach(
                    r -> content(r.getContent()).forEach(m -> reach(m.getSchema(), schemas, sent)));
          }
        }
      }
    }
    sent.removeAll(received);
    for (String name : sent) {
      Schema schema = schemas.get(name);
      if (schema.getProperties() == null) {
        continue;
      }
      List<String> required =
          new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
      schema
          .getProperties()
          .forEach(
              (property, s) -> {
                if (!Boolean.TRUE.equals(s.getNullable()) && !required.contains(property)) {
                  required.add(property);
                }
              });
      schema.setRequired(required);
    }
  }

  /**
   * A nullable id ({@code @Schema(nullable = true) UUID parentId}) is written as {@code allOf} the
   * UUID schema beside {@code nullable}, which says "an object" to some readers: say "a nullable
   * string of format uuid" instead, as the UUID schema itself does.
   */
  static void inlineNullableScalars(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return;
    }
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    for (Schema schema : schemas.values()) {
      if (schema.getProperties() == null) {
        continue;
      }
      for (Schema property : schema.getProperties().values()) {
        if (!Boolean.TRUE.equals(property.getNullable())
            || property.getAllOf() == null
            || property.getAllOf().size() != 1
            || property.getAllOf().get(0).getRef() == null) {
          continue;
        }
        String ref = property.getAllOf().get(0).getRef();
        Schema target = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        if (target == null
            || target.getType() != Schema.SchemaType.STRING
            || target.getEnumeration() != null) {
          continue;
        }
        property.setAllOf(null);
        property.setType(Schema.SchemaType.STRING);
        property.setFormat(target.getFormat());
        property.setPattern(target.getPattern());
      }
    }
  }

  /** Adds the names of the component schemas {@code schema} refers to, however deep. */
  private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> names) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null) {
      String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
      if (names.add(name) && schemas.containsKey(name)) {
        reach(schemas.get(name), schemas, names);
      }
      return;
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(s -> reach(s, schemas, names));
    }
    reach(schema.getItems(), schemas, names);
    reach(schema.getAdditionalPropertiesSchema(), schemas, names);
    reach(schema.getNot(), schemas, names);
    for (List<Schema> group :
        Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
      if (group != null) {
        group.forEach(s -> reach(s, schemas, names));
      }
    }
  }

  private static Iterable<MediaType> content(Content content) {
    return content == null || content.getMediaTypes() == null
        ? List.of()
        : content.getMediaTypes().values();
  }

  private static void refuseNumberedSchemas(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return;
    }
    Set<String> names = api.getComponents().getSchemas().keySet();
    Set<String> clashes = new TreeSet<>();
    for (String name : names) {
      var numbered = NUMBERED.matcher(name);
      if (numbered.matches() && names.contains(numbered.group(1))) {
        clashes.add(numbered.group(1) + " and " + name);
      }
    }
    if (!clashes.isEmpty()) {
      throw new IllegalStateException(
          "Records of the same simple name would share or number their OpenAPI schema ("
              + String.join(", ", clashes)
              + "): give each a name of its own with @Schema(name = ...)");
    }
  }
}
