package se.styrkedja.tenant.ss12000.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import se.styrkedja.tenant.ss12000.entity.RecordType;

/**
 * Reads pages from a remote SS 12000 API: {@code GET /organisations}, {@code /persons}, {@code
 * /duties} and {@code /deletedEntities}, with {@code limit}, {@code pageToken}, {@code
 * meta.modified.after} and a bearer token. Filters go with the first page only, as SS 12000 does
 * not combine them with {@code pageToken}.
 */
@ApplicationScoped
public class RemoteSource {

  /** The remote answered something other than 200, or not at all. */
  public static class RemoteFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RemoteFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public String page(
      String baseUrl, String token, RecordType type, Instant after, String pageToken, int limit) {
    StringBuilder query = new StringBuilder("limit=" + limit);
    if (pageToken != null) {
      query.append("&pageToken=").append(encode(pageToken));
    } else if (after != null) {
      query.append("&meta.modified.after=").append(encode(after.toString()));
    }
    return get(baseUrl, token, type.plural(), query.toString());
  }

  public String deleted(String baseUrl, String token, Instant after, String pageToken, int limit) {
    StringBuilder query = new StringBuilder("limit=" + limit);
    if (pageToken != null) {
      query.append("&pageToken=").append(encode(pageToken));
    } else {
      for (String entity : List.of("Organisation", "Person", "Duty")) {
        query.append("&entities=").append(entity);
      }
      if (after != null) {
        query.append("&after=").append(encode(after.toString()));
      }
    }
    return get(baseUrl, token, "deletedEntities", query.toString());
  }

  private String get(String baseUrl, String token, String path, String query) {
    String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    URI uri = URI.create(base + path + "?" + query);
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofSeconds(60))
                  .header("Authorization", "Bearer " + token)
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (answer.statusCode() != 200) {
        throw new RemoteFailed(
            "the SS 12000 API answered " + answer.statusCode() + " for /" + path, null);
      }
      return answer.body();
    } catch (IOException e) {
      throw new RemoteFailed("the SS 12000 API did not answer for /" + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RemoteFailed("interrupted while reading /" + path, e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
