package se.styrkedja.web.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's request-path targets, over HTTP against the running system with real tokens: 16
 * connections kept busy for a fixed time per endpoint (as {@code wrk -t2 -c16} does), requests per
 * second and latency percentiles. The baseline is the cheapest answer the server gives: {@code GET
 * /api/public/config} without a token, measured before and after the endpoints in each of three
 * rounds; each endpoint's share is the median of its rounds' shares of their own baseline. Targets:
 * an authenticated {@code GET /api/me} at least 60 % of the baseline's throughput, a typical tenant
 * list ({@code GET /api/units}) at least 40 %, p99 under 50 ms for each.
 *
 * <p>Not a test: {@code ./styrkedja bench} (docs/benchmarks.md). The load generator runs on the
 * same machine as the server, so absolute figures depend on it; the ratios are what the targets
 * say.
 */
class RequestBenchmark {

  static final int CONNECTIONS = 16;
  static final Duration WARM_UP = Duration.ofSeconds(3);
  static final Duration SETTLE = Duration.ofSeconds(1);
  static final Duration MEASURE = Duration.ofSeconds(5);
  static final int ROUNDS = 3;

  /** What is measured: a name, the path and whether with a token. */
  record Endpoint(String name, String path, boolean token) {}

  static final Endpoint BASELINE =
      new Endpoint("GET /api/public/config, no token (baseline)", "public/config", false);
  static final Endpoint ME = new Endpoint("GET /api/me", "me", true);
  static final Endpoint UNITS = new Endpoint("GET /api/units", "units", true);

  /** Every round measures these in turn, the baseline first and again last. */
  static final List<Endpoint> MEASURED =
      List.of(
          new Endpoint("GET /api/public/config, with a token", "public/config", true),
          ME,
          UNITS,
          new Endpoint("GET /api/plans/overview", "plans/overview", true));

  /** The figures of one endpoint under load in one round. */
  record Load(double perSecond, long[] latencies, long errors) {}

  /** One endpoint over every round: its share of the baseline of each round, and all latencies. */
  record Figures(List<Double> perSecond, List<Double> ofBaseline, long[] latencies, long errors) {

    double medianShare() {
      return median(ofBaseline);
    }

    double medianPerSecond() {
      return median(perSecond);
    }

    double percentile(double p) {
      return latencies.length == 0 ? 0 : latencies[(int) Math.ceil(latencies.length * p) - 1] / 1e6;
    }
  }

  @Test
  void throughputOfAuthenticatedRequestsBesideAnUnauthenticatedOne() throws Exception {
    TestSystem system = TestSystem.get();
    // Administration leadership in Botkyrka's demo: reads every unit and every plan.
    String token = system.token("forvaltning.botkyrka");
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    // The whole system warm first (the JIT, the pools, the caches), every endpoint in turn.
    run(http, request(system, BASELINE, token), WARM_UP, null, null);
    for (Endpoint e : MEASURED) {
      run(http, request(system, e, token), WARM_UP, null, null);
    }
    // Rounds, each measuring the baseline before and after the endpoints, so that every figure is
    // set beside a baseline measured within seconds of it: a server that is still warming, or a
    // machine that is busy for a while, moves both alike. The share reported is the median of the
    // rounds' shares.
    Map<Endpoint, List<Load>> loads = new LinkedHashMap<>();
    Map<Endpoint, List<Double>> shares = new LinkedHashMap<>();
    loads.put(BASELINE, new ArrayList<>());
    shares.put(BASELINE, new ArrayList<>());
    for (int round = 0; round < ROUNDS; round++) {
      Load before = load(http, request(system, BASELINE, token));
      Map<Endpoint, Load> measured = new LinkedHashMap<>();
      for (Endpoint e : MEASURED) {
        measured.put(e, load(http, request(system, e, token)));
      }
      Load after = load(http, request(system, BASELINE, token));
      double baseline = (before.perSecond() + after.perSecond()) / 2;
      loads.get(BASELINE).add(before);
      loads.get(BASELINE).add(after);
      shares.get(BASELINE).add(100 * before.perSecond() / baseline);
      shares.get(BASELINE).add(100 * after.perSecond() / baseline);
      measured.forEach(
          (e, l) -> {
            loads.computeIfAbsent(e, k -> new ArrayList<>()).add(l);
            shares.computeIfAbsent(e, k -> new ArrayList<>()).add(100 * l.perSecond() / baseline);
          });
    }
    Map<Endpoint, Figures> figures = new LinkedHashMap<>();
    loads.forEach(
        (e, l) ->
            figures.put(
                e,
                new Figures(
                    l.stream().map(Load::perSecond).toList(),
                    shares.get(e),
                    l.stream().flatMapToLong(x -> Arrays.stream(x.latencies())).sorted().toArray(),
                    l.stream().mapToLong(Load::errors).sum())));

    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%nRequestBenchmark: %d connections; %d rounds of %d s per endpoint, each between two"
                + " baselines; requests/s (median of rounds), share of the round's baseline (median,"
                + " and each round), milliseconds p50 / p99 over all rounds%n%n| endpoint |"
                + " requests/s | of baseline | rounds | p50 | p99 | errors |%n| --- | --- | --- |"
                + " --- | --- | --- | --- |%n",
            CONNECTIONS,
            ROUNDS,
            MEASURE.toSeconds()));
    figures.forEach(
        (e, f) ->
            out.append(
                String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f %% | %s | %.1f | %.1f | %d |%n",
                    e.name(),
                    f.medianPerSecond(),
                    f.medianShare(),
                    f.ofBaseline().stream()
                        .map(x -> String.format(Locale.ROOT, "%.0f", x))
                        .collect(Collectors.joining(" / ")),
                    f.percentile(0.50),
                    f.percentile(0.99),
                    f.errors())));
    out.append('\n');
    Figures me = figures.get(ME);
    Figures units = figures.get(UNITS);
    out.append(
        target(
            "GET /api/me throughput >= 60 % of baseline",
            me.medianShare() >= 60, String.format(Locale.ROOT, "%.0f %%", me.medianShare())));
    out.append(
        target(
            "GET /api/units throughput >= 40 % of baseline",
            units.medianShare() >= 40, String.format(Locale.ROOT, "%.0f %%", units.medianShare())));
    double worstP99 = Math.max(me.percentile(0.99), units.percentile(0.99));
    out.append(
        target(
            "p99 < 50 ms at 16 connections, GET /api/me and GET /api/units",
            worstP99 < 50,
            String.format(Locale.ROOT, "worst %.1f ms", worstP99)));
    long errors = figures.values().stream().mapToLong(Figures::errors).sum();
    out.append(target("no request failed", errors == 0, errors + " failed"));
    System.out.print(out);
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  static String target(String what, boolean held, String figure) {
    return String.format(
        Locale.ROOT, "TARGET %s: %s (%s)%n", held ? "held" : "MISSED", what, figure);
  }

  private static HttpRequest request(TestSystem system, Endpoint e, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(system.api(e.path()).toString()))
            .timeout(Duration.ofSeconds(10))
            .header("Accept", "application/json")
            .GET();
    if (e.token()) {
      builder.header("Authorization", "Bearer " + token);
    }
    return builder.build();
  }

  private static Load load(HttpClient http, HttpRequest request) throws InterruptedException {
    run(http, request, SETTLE, null, null);
    long[][] latencies = new long[CONNECTIONS][];
    AtomicLong errors = new AtomicLong();
    long started = System.nanoTime();
    int count = run(http, request, MEASURE, latencies, errors);
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
    return new Load(count / seconds, all, errors.get());
  }

  /** Keeps {@link #CONNECTIONS} requests in flight for {@code time}; returns how many were done. */
  private static int run(
      HttpClient http, HttpRequest request, Duration time, long[][] latencies, AtomicLong errors)
      throws InterruptedException {
    long until = System.nanoTime() + time.toNanos();
    CountDownLatch done = new CountDownLatch(CONNECTIONS);
    int[] counts = new int[CONNECTIONS];
    for (int c = 0; c < CONNECTIONS; c++) {
      int connection = c;
      Thread thread =
          new Thread(
              () -> {
                long[] mine = new long[1 << 14];
                int n = 0;
                try {
                  while (System.nanoTime() < until) {
                    long start = System.nanoTime();
                    int status;
                    try {
                      status =
                          http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                      status = -1;
                    }
                    long took = System.nanoTime() - start;
                    if (status != 200 && errors != null) {
                      errors.incrementAndGet();
                    }
                    if (n == mine.length) {
                      mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = took;
                  }
                } finally {
                  counts[connection] = n;
                  if (latencies != null) {
                    latencies[connection] = Arrays.copyOf(mine, n);
                  }
                  done.countDown();
                }
              },
              "load-" + c);
      thread.setDaemon(true);
      thread.start();
    }
    done.await();
    return Arrays.stream(counts).sum();
  }
}
