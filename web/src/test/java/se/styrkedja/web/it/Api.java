package se.styrkedja.web.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the API, as a given user, with JSON in and out. */
public final class Api {

  /** An answer: status, content type and the body as JSON (or null when there is none). */
  public record Answer(int status, String contentType, JsonNode body, String raw) {

    public boolean isProblem() {
      return contentType != null && contentType.startsWith("application/problem+json");
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final TestSystem system;
  private final String bearer;
  private final Map<String, String> headers = new LinkedHashMap<>();

  private Api(TestSystem system, String bearer) {
    this.system = system;
    this.bearer = bearer;
  }

  public static Api as(String username) {
    TestSystem system = TestSystem.get();
    return new Api(system, system.token(username));
  }

  public static Api withToken(String token) {
    return new Api(TestSystem.get(), token);
  }

  public static Api anonymous() {
    return new Api(TestSystem.get(), null);
  }

  public Api header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  public Answer get(String path) {
    return send("GET", path, null, null);
  }

  public Answer delete(String path) {
    return send("DELETE", path, null, null);
  }

  public Answer post(String path, Object body) {
    return send("POST", path, body, "application/json");
  }

  public Answer put(String path, Object body) {
    return send("PUT", path, body, "application/json");
  }

  /** A POST of raw bytes (a zip, a multipart body) with their content type. */
  public Answer postBytes(String path, byte[] body, String contentType) {
    return send("POST", path, body, contentType);
  }

  /** Any method, any body (a String is sent as it is), any content type. */
  public Answer send(String method, String path, Object body, String contentType) {
    URI uri = system.api(path);
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    headers.forEach(b::header);
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    try {
      if (body instanceof byte[] bytes) {
        b.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
      } else {
        String payload =
            body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
        b.method(
            method,
            payload == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(payload));
      }
      HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
      String type = r.headers().firstValue("Content-Type").orElse(null);
      JsonNode node = null;
      if (type != null && type.contains("json") && !r.body().isEmpty()) {
        node = JSON.readTree(r.body());
      }
      return new Answer(r.statusCode(), type, node, r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
