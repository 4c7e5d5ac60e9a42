package se.styrkedja.web.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's request-path targets, over HTTP against the running system with real tokens: 16
 * connections kept busy for a fixed time per endpoint (as {@code wrk -t2 -c16} does), requests per
 * second and latency percentiles. The baseline, measured first and last in the same run, is the
 * cheapest answer the server gives: {@code GET /api/public/config} without a token. Targets: an
 * authenticated {@code GET /api/me} at least 60 % of the baseline's throughput, a typical tenant
 * list ({@code GET /api/units}) at least 40 %, p99 under 50 ms for each.
 *
 * <p>Not a test: {@code ./styrkedja bench} (docs/benchmarks.md). The load generator runs on the
 * same machine as the server, so absolute figures depend on it; the ratios are what the targets
 * say.
 */
class RequestBenchmark {

  static final int CONNECTIONS = 16;
  static final Duration WARM_UP = Duration.ofSeconds(3);
  static final Duration MEASURE = Duration.ofSeconds(10);

  /** Path and whether with a token, for the warm-up. */
  static final String[][] ENDPOINTS = {
    {"public/config", null},
    {"public/config", "token"},
    {"me", "token"},
    {"units", "token"},
    {"plans/overview", "token"}
  };

  /** The figures of one endpoint under load. */
  record Load(String name, double perSecond, double p50, double p99, long errors) {}

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

    // The whole system warm first (the JIT, the pools, the caches), every endpoint in turn, so that
    // the first baseline is not measured on a colder server than the last.
    for (String[] e : ENDPOINTS) {
      load(http, e[0], system, e[0], e[1] == null ? null : token);
    }
    List<Load> loads = new ArrayList<>();
    Load first =
        load(http, "GET /api/public/config, no token (baseline)", system, "public/config", null);
    loads.add(first);
    loads.add(load(http, "GET /api/public/config, with a token", system, "public/config", token));
    Load me = load(http, "GET /api/me", system, "me", token);
    loads.add(me);
    Load units = load(http, "GET /api/units", system, "units", token);
    loads.add(units);
    loads.add(load(http, "GET /api/plans/overview", system, "plans/overview", token));
    Load last =
        load(
            http,
            "GET /api/public/config, no token (baseline again)",
            system,
            "public/config",
            null);
    loads.add(last);
    double baseline = (first.perSecond() + last.perSecond()) / 2;

    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%nRequestBenchmark: %d connections, %d s per endpoint after %d s warm-up; requests/s,"
                + " milliseconds p50 / p99%n%n| endpoint | requests/s | of baseline | p50 | p99 |"
                + " errors |%n| --- | --- | --- | --- | --- | --- |%n",
            CONNECTIONS,
            MEASURE.toSeconds(),
            WARM_UP.toSeconds()));
    for (Load l : loads) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %.0f %% | %.1f | %.1f | %d |%n",
              l.name(),
              l.perSecond(),
              100 * l.perSecond() / baseline,
              l.p50(),
              l.p99(),
              l.errors()));
    }
    out.append('\n');
    out.append(
        target(
            "GET /api/me throughput >= 60 % of baseline",
            me.perSecond() / baseline >= 0.60,
            String.format(Locale.ROOT, "%.0f %%", 100 * me.perSecond() / baseline)));
    out.append(
        target(
            "GET /api/units throughput >= 40 % of baseline",
            units.perSecond() / baseline >= 0.40,
            String.format(Locale.ROOT, "%.0f %%", 100 * units.perSecond() / baseline)));
    double worstP99 = Math.max(me.p99(), units.p99());
    out.append(
        target(
            "p99 < 50 ms at 16 connections, GET /api/me and GET /api/units",
            worstP99 < 50,
            String.format(Locale.ROOT, "worst %.1f ms", worstP99)));
    long errors = loads.stream().mapToLong(Load::errors).sum();
    out.append(target("no request failed", errors == 0, errors + " failed"));
    System.out.print(out);
  }

  static String target(String what, boolean held, String figure) {
    return String.format(
        Locale.ROOT, "TARGET %s: %s (%s)%n", held ? "held" : "MISSED", what, figure);
  }

  private static Load load(
      HttpClient http, String name, TestSystem system, String path, String token)
      throws InterruptedException {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(system.api(path).toString()))
            .timeout(Duration.ofSeconds(10))
            .header("Accept", "application/json")
            .GET();
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    HttpRequest request = builder.build();
    run(http, request, WARM_UP, null, null);
    long[][] latencies = new long[CONNECTIONS][];
    AtomicLong errors = new AtomicLong();
    long started = System.nanoTime();
    int count = run(http, request, MEASURE, latencies, errors);
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    return new Load(
        name,
        count / seconds,
        all.length == 0 ? 0 : all[all.length / 2] / 1e6,
        all.length == 0 ? 0 : all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6,
        errors.get());
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
