package se.styrkedja.web.launcher;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The WAR on Payara Micro, configured through system properties (MicroProfile Config). */
final class PayaraServer implements AutoCloseable {

  static final String JAR = "web/target/runtime/payara-micro.jar";
  static final String WAR = "web/target/styrkedja.war";

  private final ManagedProcess process;
  private final int port;

  private PayaraServer(ManagedProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  static PayaraServer start(Path root, Path workDir, int port, Map<String, String> config)
      throws IOException, InterruptedException {
    for (String needed : List.of(JAR, WAR)) {
      if (!Files.isRegularFile(root.resolve(needed))) {
        throw new IOException(root.resolve(needed) + " is missing: build first (./mvnw package)");
      }
    }
    Files.createDirectories(workDir);
    Path properties = workDir.resolve("payara.properties");
    Properties p = new Properties();
    p.putAll(new TreeMap<>(config));
    try (Writer out = Files.newBufferedWriter(properties, StandardCharsets.UTF_8)) {
      p.store(out, "Written by the Styrkedja launcher at each start");
    }
    Path rootDir = workDir.resolve("payara-" + port);
    KeycloakServer.deleteTree(rootDir);
    String java = ProcessHandle.current().info().command().orElse("java");
    ManagedProcess process =
        ManagedProcess.start(
            "Payara Micro",
            List.of(
                java,
                "-Xmx1g",
                "-jar",
                root.resolve(JAR).toString(),
                "--nocluster",
                "--port",
                String.valueOf(port),
                "--contextroot",
                "/",
                "--rootdir",
                rootDir.toString(),
                "--systemProperties",
                properties.toString(),
                "--deploy",
                root.resolve(WAR).toString()),
            Map.of(),
            workDir,
            workDir.resolve("logs/payara.log"));
    PayaraServer server = new PayaraServer(process, port);
    try {
      process.awaitReady(
          server.url().resolve("api/public/config"),
          Duration.ofMinutes(4),
          "Exception while loading the app");
    } catch (IOException | InterruptedException e) {
      process.close();
      throw e;
    }
    return server;
  }

  URI url() {
    return URI.create("http://localhost:" + port + "/");
  }

  ManagedProcess process() {
    return process;
  }

  /** Kills the server's JVM (SIGKILL): nothing of it runs on, nothing is shut down cleanly. */
  void kill() throws InterruptedException {
    process.kill();
  }

  @Override
  public void close() {
    process.close();
  }
}
