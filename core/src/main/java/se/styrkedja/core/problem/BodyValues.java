package se.styrkedja.core.problem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * When JSON-B cannot read a request body, finds the field whose value does not fit its type, so the
 * problem names it ("the field 'dueOn' ... a date such as 2026-12-01"). JSON-B's own message names
 * the type, not the field. The body is kept in memory to look at it again; JSON bodies of this API
 * are small.
 */
@Provider
public class BodyValues implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !type.getSubtype().toLowerCase().endsWith("json")) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    context.setInputStream(new ByteArrayInputStream(body));
    try {
      return context.proceed();
    } catch (RuntimeException e) {
      if (!unreadable(e)) {
        throw e;
      }
      Optional<InvalidValue> wrong =
          firstWrong(new String(body, StandardCharsets.UTF_8), context.getGenericType(), e);
      if (wrong.isPresent()) {
        throw wrong.get();
      }
      throw e;
    }
  }

  private static boolean unreadable(Throwable thrown) {
    for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonException) {
        return true;
      }
    }
    return false;
  }

  /** The first field of {@code json} whose value cannot be a {@code type}, if one is found. */
  static Optional<InvalidValue> firstWrong(String json, Type type, Throwable cause) {
    JsonValue value;
    try (var reader = Json.createReader(new StringReader(json))) {
      value = reader.readValue();
    } catch (JsonParsingException | IllegalStateException e) {
      return Optional.empty(); // not JSON at all: malformed, as before
    }
    return wrong(value, type, "", cause);
  }

  private static Optional<InvalidValue> wrong(
      JsonValue value, Type type, String path, Throwable cause) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return Optional.empty();
    }
    Class<?> raw = raw(type);
    if (raw == null) {
      return Optional.empty();
    }
    if (raw == LocalDate.class) {
      return fits(value, s -> LocalDate.parse(s))
          ? Optional.empty()
          : Optional.of(
              new InvalidValue(
                  name(path),
                  CoreProblemCode.REQUEST_INVALID_DATE,
                  "write a date as YYYY-MM-DD, such as 2026-12-01",
                  cause));
    }
    if (raw == OffsetDateTime.class) {
      return check(fits(value, s -> OffsetDateTime.parse(s)), path, "a date and time", cause);
    }
    if (raw == UUID.class) {
      return check(fits(value, s -> UUID.fromString(s)), path, "an id", cause);
    }
    if (raw.isEnum()) {
      return check(fits(value, s -> enumConstant(raw, s)), path, "one of the listed values", cause);
    }
    if (raw == String.class) {
      return check(value instanceof JsonString, path, "a text", cause);
    }
    if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
      return check(value instanceof JsonNumber n && n.isIntegral(), path, "a whole number", cause);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return check(
          value == JsonValue.TRUE || value == JsonValue.FALSE, path, "true or false", cause);
    }
    if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
      if (!(value instanceof JsonArray array)) {
        return check(false, path, "a list", cause);
      }
      for (int i = 0; i < array.size(); i++) {
        Optional<InvalidValue> found =
            wrong(array.get(i), p.getActualTypeArguments()[0], path + "[" + i + "]", cause);
        if (found.isPresent()) {
          return found;
        }
      }
      return Optional.empty();
    }
    if (raw.isRecord()) {
      if (!(value instanceof JsonObject object)) {
        return Optional.empty();
      }
      for (RecordComponent c : raw.getRecordComponents()) {
        Optional<InvalidValue> found =
            wrong(
                object.get(c.getName()),
                c.getGenericType(),
                path.isEmpty() ? c.getName() : path + "." + c.getName(),
                cause);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<InvalidValue> check(
      boolean fits, String path, String expected, Throwable cause) {
    return fits
        ? Optional.empty()
        : Optional.of(
            new InvalidValue(
                name(path), CoreProblemCode.REQUEST_INVALID_VALUE, "expected " + expected, cause));
  }

  private static String name(String path) {
    return path.isEmpty() ? "body" : path;
  }

  private static boolean fits(JsonValue value, java.util.function.Consumer<String> parse) {
    if (!(value instanceof JsonString s)) {
      return false;
    }
    try {
      parse.accept(s.getString());
      return true;
    } catch (DateTimeParseException | IllegalArgumentException e) {
      return false;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void enumConstant(Class<?> type, String name) {
    Enum.valueOf((Class) type, name);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    return null;
  }
}
