package se.styrkedja.web.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SS 12000 API for the tests (the JDK's HTTP server): {@code /organisations}, {@code
 * /persons}, {@code /duties} and {@code /deletedEntities}, paged with an opaque {@code pageToken}
 * (at most 7 records a page, whatever {@code limit} asks), answering 401 without its bearer token,
 * filtering by {@code meta.modified.after}; it can fail a page once, or answer slowly.
 */
final class Ss12000Server implements AutoCloseable {

  static final int MAX_PAGE = 7;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final String token = "ss12000-" + UUID.randomUUID();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger pages = new AtomicInteger();
  private volatile DataSet data = DataSet.of("none", 0, 0);
  private volatile String failPath;
  private volatile int failOffset = -1;
  private volatile long delayMs;

  private Ss12000Server(HttpServer server) {
    this.server = server;
  }

  static Ss12000Server start() throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
    Ss12000Server s = new Ss12000Server(http);
    http.createContext("/ss12000/", s::handle);
    http.start();
    return s;
  }

  String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/ss12000";
  }

  String token() {
    return token;
  }

  String now() {
    return Instant.now().toString();
  }

  void serve(DataSet data) {
    this.data = data;
  }

  void failOnce(String path, int offset) {
    this.failPath = path;
    this.failOffset = offset;
  }

  void slowDown(long ms) {
    this.delayMs = ms;
  }

  int refusedRequests() {
    return refused.get();
  }

  int pagesServed() {
    return pages.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange x) throws IOException {
    try {
      if (!("Bearer " + token).equals(x.getRequestHeaders().getFirst("Authorization"))) {
        refused.incrementAndGet();
        send(x, 401, Map.of("code", "unauthorized", "message", "bearer token required"));
        return;
      }
      if (delayMs > 0) {
        Thread.sleep(delayMs);
      }
      String path = x.getRequestURI().getPath().substring("/ss12000".length());
      Map<String, List<String>> query = query(x.getRequestURI().getRawQuery());
      int offset = Integer.parseInt(first(query, "pageToken", "0"));
      if (path.equals(failPath) && offset == failOffset) {
        failPath = null;
        send(x, 500, Map.of("code", "boom", "message", "failed once, on purpose"));
        return;
      }
      int limit = Math.min(MAX_PAGE, Integer.parseInt(first(query, "limit", "100")));
      String after = first(query, "meta.modified.after", null);
      DataSet d = data;
      List<Map<String, Object>> all =
          switch (path) {
            case "/organisations" -> d.organisations(after);
            case "/persons" -> d.persons(after);
            case "/duties" -> d.duties(after);
            case "/deletedEntities" -> null;
            default -> List.of();
          };
      pages.incrementAndGet();
      Map<String, Object> answer = new LinkedHashMap<>();
      if (all == null) {
        answer.put(
            "data",
            Map.of(
                "persons", d.deletedPersons(), "duties", d.deletedDuties(), "groups", List.of()));
        answer.put("pageToken", null);
      } else {
        List<Map<String, Object>> page =
            all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
        answer.put("data", page);
        answer.put(
            "pageToken", offset + limit < all.size() ? String.valueOf(offset + limit) : null);
      }
      send(x, 200, answer);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      send(x, 503, Map.of("code", "interrupted", "message", "interrupted"));
    } catch (RuntimeException e) {
      send(x, 500, Map.of("code", "error", "message", String.valueOf(e)));
    }
  }

  private static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> q = new HashMap<>();
    if (raw == null) {
      return q;
    }
    for (String pair : raw.split("&")) {
      String[] kv = pair.split("=", 2);
      q.computeIfAbsent(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
    }
    return q;
  }

  private static String first(Map<String, List<String>> q, String name, String otherwise) {
    List<String> v = q.get(name);
    return v == null || v.isEmpty() ? otherwise : v.get(0);
  }

  private static void send(HttpExchange x, int status, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(body);
    x.getResponseHeaders().set("Content-Type", "application/json");
    x.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(bytes);
    }
  }

  /**
   * A municipality's data at the source: organisations, persons with one duty each (the first a
   * Rektor, the others teachers), what was modified after a time, and what was deleted.
   */
  record DataSet(
      String marker,
      List<Map<String, Object>> orgs,
      List<Map<String, Object>> people,
      List<Map<String, Object>> dutyList,
      String modifiedSince,
      Set<String> modifiedIds,
      List<String> deletedPersons,
      List<String> deletedDuties) {

    static DataSet of(String marker, int orgCount, int personCount) {
      List<Map<String, Object>> orgs = new ArrayList<>();
      for (int i = 0; i < orgCount; i++) {
        orgs.add(
            ImportsIT.org(
                UUID.randomUUID().toString(),
                marker + " enhet " + i,
                ImportsIT.code(),
                "Skolenhet",
                List.of("GR")));
      }
      List<Map<String, Object>> people = new ArrayList<>();
      List<Map<String, Object>> duties = new ArrayList<>();
      for (int i = 0; i < personCount; i++) {
        String id = UUID.randomUUID().toString();
        people.add(
            ImportsIT.person(
                id,
                "Person" + i,
                marker + "-" + i,
                "p" + i + "." + marker.toLowerCase() + "@example.org",
                null));
        duties.add(
            ImportsIT.duty(
                UUID.randomUUID().toString(),
                id,
                (String) orgs.get(i % orgCount).get("id"),
                i == 0 ? "Rektor" : "Lärare",
                "2025-08-" + String.format("%02d", 1 + i % 28),
                null));
      }
      return new DataSet(marker, orgs, people, duties, null, Set.of(), List.of(), List.of());
    }

    String personId(int i) {
      return (String) people.get(i).get("id");
    }

    String dutyId(int i) {
      return (String) dutyList.get(i).get("id");
    }

    DataSet renamed(int i, String givenName) {
      List<Map<String, Object>> changed = new ArrayList<>(people);
      Map<String, Object> p = new LinkedHashMap<>(people.get(i));
      p.put("givenName", givenName);
      changed.set(i, p);
      return new DataSet(
          marker,
          orgs,
          changed,
          dutyList,
          modifiedSince,
          modifiedIds,
          deletedPersons,
          deletedDuties);
    }

    DataSet modifiedSince(String since, String... ids) {
      return new DataSet(
          marker, orgs, people, dutyList, since, Set.of(ids), deletedPersons, deletedDuties);
    }

    DataSet deleting(String personId, String dutyId) {
      List<Map<String, Object>> people2 = new ArrayList<>(people);
      people2.removeIf(p -> p.get("id").equals(personId));
      List<Map<String, Object>> duties2 = new ArrayList<>(dutyList);
      duties2.removeIf(d -> d.get("id").equals(dutyId) || personOf(d).equals(personId));
      return new DataSet(
          marker,
          orgs,
          people2,
          duties2,
          modifiedSince,
          modifiedIds,
          List.of(personId),
          List.of(dutyId));
    }

    @SuppressWarnings("unchecked")
    private static String personOf(Map<String, Object> duty) {
      return (String) ((Map<String, Object>) duty.get("person")).get("id");
    }

    List<Map<String, Object>> organisations(String after) {
      return filter(orgs, after);
    }

    List<Map<String, Object>> persons(String after) {
      return filter(people, after);
    }

    List<Map<String, Object>> duties(String after) {
      return filter(dutyList, after);
    }

    private List<Map<String, Object>> filter(List<Map<String, Object>> all, String after) {
      if (after == null) {
        return all;
      }
      return all.stream().filter(r -> modifiedIds.contains((String) r.get("id"))).toList();
    }
  }
}
