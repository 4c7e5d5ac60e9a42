package se.styrkedja.web.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** A server started as a child process, its output in a log file, stopped with all it spawned. */
final class ManagedProcess implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** Every process started and not yet stopped, so that an interrupted start leaves none. */
  private static final Set<ManagedProcess> LIVE = ConcurrentHashMap.newKeySet();

  private final String name;
  private final Process process;
  private final Path log;

  private ManagedProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  static ManagedProcess start(
      String name, List<String> command, Map<String, String> env, Path workDir, Path log)
      throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    ManagedProcess started = new ManagedProcess(name, builder.start(), log);
    LIVE.add(started);
    return started;
  }

  /** Waits until {@code url} answers 200, failing early if the process dies. */
  void awaitReady(URI url, Duration timeout) throws IOException, InterruptedException {
    awaitReady(url, timeout, null);
  }

  /**
   * Waits until {@code url} answers 200, failing early if the process dies or its log shows {@code
   * failure} (a server that stays up after its application failed to deploy would otherwise be
   * waited for to the end).
   */
  void awaitReady(URI url, Duration timeout, String failure)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException(
            name + " stopped during start (exit " + process.exitValue() + "):\n" + tail(40));
      }
      if (failure != null && logContains(failure)) {
        throw new IOException(name + " failed to start: " + failure + " (see " + log + ")");
      }
      try {
        HttpResponse<Void> response =
            HTTP.send(
                HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IOException(
        name + " was not ready at " + url + " within " + timeout.toSeconds() + " s:\n" + tail(40));
  }

  private boolean logContains(String text) {
    try {
      return Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text);
    } catch (IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  Path log() {
    return log;
  }

  String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | RuntimeException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  /** SIGTERM to the process and everything it started; SIGKILL after a grace period. */
  static boolean anyRunning() {
    return !LIVE.isEmpty();
  }

  /** Stops every process still running, in reverse order of start. */
  static void closeAll() {
    List<ManagedProcess> live = new java.util.ArrayList<>(LIVE);
    java.util.Collections.reverse(live);
    live.forEach(ManagedProcess::close);
  }

  /**
   * SIGKILL to the process and everything it started, at once and without a grace period: as a
   * server dies when its machine fails. Returns once they have all exited.
   */
  void kill() throws InterruptedException {
    LIVE.remove(this);
    List<ProcessHandle> family =
        java.util.stream.Stream.concat(
                process.descendants(), java.util.stream.Stream.of(process.toHandle()))
            .toList();
    family.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle p : family) {
      try {
        p.onExit().get(30, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        throw new IllegalStateException(name + " did not die", e);
      }
    }
  }

  @Override
  public void close() {
    LIVE.remove(this);
    List<ProcessHandle> family =
        java.util.stream.Stream.concat(
                process.descendants(), java.util.stream.Stream.of(process.toHandle()))
            .toList();
    family.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : family) {
      try {
        p.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception notInTime) {
        p.destroyForcibly();
      }
    }
  }
}
