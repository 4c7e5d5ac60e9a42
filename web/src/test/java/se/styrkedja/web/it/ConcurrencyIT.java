package se.styrkedja.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.styrkedja.web.it.Api.Answer;

/**
 * Two admins doing the same thing at the same moment, on PostgreSQL: the requests meet in the
 * database (row locks, unique indexes). Whoever loses gets a 409 problem that says to reload, never
 * a 500, and what is stored afterwards is one consistent state: one of the two changes, not both
 * and not a mix.
 */
class ConcurrencyIT {

  private static final String ADMIN = "admin.botkyrka";
  private static final String OTHER_ADMIN = "admin.hassleholm";
  private static final int ROUNDS = 6;

  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void twoCrossedMovesOfTheTreeEndWithOneMoveAndA409() throws Exception {
    Api admin = Api.as(ADMIN);
    String root = rootOf(admin);
    for (int round = 0; round < ROUNDS; round++) {
      JsonNode a = created(admin, area("Samtidig A " + nonce(), root));
      JsonNode b = created(admin, area("Samtidig B " + nonce(), root));

      List<Answer> answers =
          atOnce(
              () -> admin.post(move(a), Map.of("parentId", id(b), "version", version(a))),
              () -> admin.post(move(b), Map.of("parentId", id(a), "version", version(b))));

      assertNoFault(answers);
      assertEquals(List.of(200, 409), statuses(answers), "one move wins: " + answers);
      JsonNode nowA = admin.get("units/" + id(a)).body();
      JsonNode nowB = admin.get("units/" + id(b)).body();
      boolean aUnderB = id(b).equals(nowA.path("parentId").asText());
      boolean bUnderA = id(a).equals(nowB.path("parentId").asText());
      assertTrue(aUnderB ^ bUnderA, "exactly one is under the other: " + nowA + " " + nowB);
      JsonNode lower = aUnderB ? nowA : nowB;
      JsonNode upper = aUnderB ? nowB : nowA;
      assertEquals(upper.get("depth").asInt() + 1, lower.get("depth").asInt());
      assertTrue(within(admin, id(lower), id(upper)), "the path agrees with the parent");
      assertTrue(!within(admin, id(upper), id(lower)), "no loop");
    }
  }

  @Test
  void aUnitCreatedWhileItsBranchMovesMovesWithIt() throws Exception {
    Api admin = Api.as(ADMIN);
    String root = rootOf(admin);
    for (int round = 0; round < ROUNDS; round++) {
      JsonNode a = created(admin, area("Flyttas " + nonce(), root));
      JsonNode b = created(admin, area("Nytt hem " + nonce(), root));
      JsonNode department = created(admin, department("Avdelning " + nonce(), id(a)));

      List<Answer> answers =
          atOnce(
              () -> admin.post(move(a), Map.of("parentId", id(b), "version", version(a))),
              () -> admin.post("units", department("Ny enhet " + nonce(), id(department))));

      assertNoFault(answers);
      assertEquals(200, answers.get(0).status(), answers.get(0).raw());
      assertEquals(201, answers.get(1).status(), answers.get(1).raw());
      String child = id(answers.get(1).body());
      assertTrue(within(admin, child, id(b)), "the new unit moved with its branch");
      assertEquals(4, admin.get("units/" + child).body().get("depth").asInt());
    }
  }

  @Test
  void twoAdminsAdoptingAtTheSameMomentLeaveOneAdoptedStrategy() throws Exception {
    Api admin = Api.as(OTHER_ADMIN);
    for (int round = 0; round < ROUNDS; round++) {
      JsonNode first = draft(admin, "Samtidig strategi A " + nonce());
      JsonNode second = draft(admin, "Samtidig strategi B " + nonce());
      // With no adopted strategy at all, both adoptions pass every check and meet only at the
      // database's one-adopted-per-tenant index.
      Answer adopted = admin.get("strategies/adopted");
      if (adopted.status() == 200) {
        Answer archived =
            admin.post(
                "strategies/" + id(adopted.body()) + "/archive",
                Map.of("version", version(adopted.body())));
        assertEquals(200, archived.status(), archived.raw());
      }

      List<Answer> answers = atOnce(() -> adopt(admin, first), () -> adopt(admin, second));

      assertNoFault(answers);
      // Overlapping, one wins and the other is refused; one after the other, the later one
      // archives the earlier. Either way one strategy is adopted, one of the two.
      assertTrue(
          statuses(answers).equals(List.of(200, 409))
              || statuses(answers).equals(List.of(200, 200)),
          "each adopts or is refused: " + answers);
      List<String> adoptedIds = new ArrayList<>();
      for (JsonNode s : admin.get("strategies").body()) {
        if ("ADOPTED".equals(s.get("status").asText())) {
          adoptedIds.add(id(s));
        }
      }
      assertEquals(1, adoptedIds.size(), "one adopted strategy: " + adoptedIds);
      String winner = adoptedIds.get(0);
      assertTrue(winner.equals(id(first)) || winner.equals(id(second)), "one of the two");
      String loser = winner.equals(id(first)) ? id(second) : id(first);
      Answer lost = answers.get(winner.equals(id(first)) ? 1 : 0);
      String loserStatus = admin.get("strategies/" + loser).body().get("status").asText();
      assertEquals(lost.status() == 409 ? "DRAFT" : "ARCHIVED", loserStatus, lost.raw());
      if (lost.status() == 409) {
        assertEquals(204, admin.delete("strategies/" + loser).status(), "the loser's draft goes");
      }
    }
  }

  @Test
  void storingTheChainFromSeveralRequestsAtOnceKeepsOneChain() throws Exception {
    // Hässleholm keeps the standard chain (RolesIT reads it): each request renames a level to the
    // name it has, which still stores the tenant's whole chain the first time.
    Api admin = Api.as(OTHER_ADMIN);
    JsonNode before = admin.get("role-hierarchy").body();
    List<Supplier<Answer>> renames = new ArrayList<>();
    for (String key : List.of("larare", "rektor", "it", "larare")) {
      String name = byKey(before).get(key).get("name").asText();
      renames.add(() -> admin.put("role-hierarchy/levels/" + key, Map.of("name", name)));
    }

    List<Answer> answers = atOnce(renames);

    assertNoFault(answers);
    for (Answer a : answers) {
      assertTrue(a.status() == 200 || a.status() == 409, a.raw());
    }
    assertTrue(statuses(answers).contains(200), "at least one stored the chain: " + answers);
    JsonNode after = admin.get("role-hierarchy").body();
    assertEquals(before, after, "the same chain, each level once");
    List<String> keys = new ArrayList<>();
    after.get("levels").forEach(l -> keys.add(l.get("key").asText()));
    assertEquals(keys.size(), new HashSet<>(keys).size(), "no level twice: " + keys);
  }

  /** Runs the requests at the same moment and gives their answers in the order given. */
  @SafeVarargs
  private static List<Answer> atOnce(Supplier<Answer>... requests) throws Exception {
    return atOnce(List.of(requests));
  }

  private static List<Answer> atOnce(List<Supplier<Answer>> requests) throws Exception {
    CountDownLatch ready = new CountDownLatch(requests.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Answer>> futures = new ArrayList<>();
    for (Supplier<Answer> request : requests) {
      futures.add(
          pool.submit(
              () -> {
                ready.countDown();
                go.await();
                return request.get();
              }));
    }
    ready.await();
    go.countDown();
    List<Answer> answers = new ArrayList<>();
    for (Future<Answer> f : futures) {
      answers.add(f.get());
    }
    return answers;
  }

  private static void assertNoFault(List<Answer> answers) {
    // Which way the race went this time (a domain refusal, or the database's), for the record.
    System.out.println(
        "concurrent answers: "
            + answers.stream()
                .map(a -> a.status() + (a.isProblem() ? " " + a.body().path("code").asText() : ""))
                .toList());
    for (Answer a : answers) {
      assertTrue(a.status() < 500, "no fault for a race: " + a.raw());
      if (a.status() == 409) {
        assertTrue(a.isProblem(), "a problem document: " + a.raw());
      }
    }
  }

  private static List<Integer> statuses(List<Answer> answers) {
    return answers.stream().map(Answer::status).sorted().toList();
  }

  private static Answer adopt(Api admin, JsonNode draft) {
    return admin.post(
        "strategies/" + id(draft) + "/adopt",
        Map.of(
            "version", version(draft),
            "adoptedOn", "2026-11-23",
            "adoptingBody", "Barn- och utbildningsnämnden"));
  }

  private static JsonNode draft(Api admin, String title) {
    Answer created =
        admin.post(
            "strategies",
            Map.of("title", title, "adoptingBody", "Barn- och utbildningsnämnden", "vision", "-"));
    assertEquals(201, created.status(), created.raw());
    return created.body();
  }

  private static Map<String, JsonNode> byKey(JsonNode chain) {
    Map<String, JsonNode> byKey = new HashMap<>();
    chain.get("levels").forEach(l -> byKey.put(l.get("key").asText(), l));
    return byKey;
  }

  private static String rootOf(Api api) {
    Answer page = api.get("units?limit=500");
    assertEquals(200, page.status(), page.raw());
    for (JsonNode u : page.body().get("items")) {
      if (u.get("depth").asInt() == 0) {
        return id(u);
      }
    }
    throw new AssertionError("no root unit: " + page.raw());
  }

  private static Map<String, Object> area(String name, String parentId) {
    return Map.of("type", "SCHOOL_FORM_AREA", "name", name, "parentId", parentId);
  }

  private static Map<String, Object> department(String name, String parentId) {
    return Map.of("type", "DEPARTMENT", "name", name, "parentId", parentId);
  }

  private static JsonNode created(Api api, Map<String, Object> body) {
    Answer a = api.post("units", body);
    assertEquals(201, a.status(), a.raw());
    return a.body();
  }

  private static String move(JsonNode unit) {
    return "units/" + id(unit) + "/move";
  }

  private static boolean within(Api api, String unit, String ancestor) {
    Answer a = api.get("units/" + unit + "/within/" + ancestor);
    assertEquals(200, a.status(), a.raw());
    return a.body().get("within").asBoolean();
  }

  private static String id(JsonNode node) {
    return node.get("id").asText();
  }

  private static long version(JsonNode node) {
    return node.get("version").asLong();
  }

  private static String nonce() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000), 36);
  }
}
