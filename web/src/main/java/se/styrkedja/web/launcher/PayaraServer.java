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

/**
 * The WAR on Payara Micro, configured through system properties (MicroProfile Config), with the
 * batch runtime's job repository in the application's PostgreSQL.
 */
final class PayaraServer implements AutoCloseable {

  static final String JAR = "web/target/runtime/payara-micro.jar";
  static final String WAR = "web/target/styrkedja.war";
  static final String DRIVER = "web/target/runtime/launcher/postgresql.jar";

  /** The server's own connection pool for Jakarta Batch, next to the application's data source. */
  static final String BATCH_POOL = "styrkedja-batch";

  static final String BATCH_RESOURCE = "jdbc/styrkedja-batch";

  private final ManagedProcess process;
  private final int port;

  private PayaraServer(ManagedProcess process, int port) {
    this.process = process;
    this.port = port;
  }

  static PayaraServer start(Path root, Path workDir, int port, Map<String, String> config)
      throws IOException, InterruptedException {
    for (String needed : List.of(JAR, WAR, DRIVER)) {
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
    Path preBoot = workDir.resolve("payara-pre-boot.asadmin");
    Files.writeString(preBoot, noBanner(), StandardCharsets.UTF_8);
    Path postBoot = workDir.resolve("payara-post-boot.asadmin");
    Files.writeString(postBoot, batchRepository(config), StandardCharsets.UTF_8);
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
                // The server's batch pool needs the driver on the server's class path.
                "--addLibs",
                root.resolve(DRIVER).toString(),
                "--prebootcommandfile",
                preBoot.toString(),
                "--postbootcommandfile",
                postBoot.toString(),
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

  /**
   * Payara Micro keeps Jakarta Batch's job repository in an H2 database of its own (under the root
   * directory, which every start begins anew), so a job would not survive a restart. These commands
   * put it into the application's PostgreSQL, as the application role (the tables come from a
   * migration), through an XA pool: a chunk commits the job repository and the application's data
   * in one transaction.
   */
  static String batchRepository(Map<String, String> config) {
    String properties =
        "url="
            + asadminValue(config.get("styrkedja.db.url"))
            + ":user="
            + asadminValue(config.get("styrkedja.db.user"))
            + ":password="
            + asadminValue(config.get("styrkedja.db.password"));
    return String.join(
        "\n",
        "create-jdbc-connection-pool --datasourceclassname=org.postgresql.xa.PGXADataSource"
            + " --restype=javax.sql.XADataSource --steadypoolsize=0 --maxpoolsize=10"
            + " --property "
            + properties
            + " "
            + BATCH_POOL,
        "create-jdbc-resource --connectionpoolid=" + BATCH_POOL + " " + BATCH_RESOURCE,
        "set-batch-runtime-configuration --datasourcelookupname=" + BATCH_RESOURCE,
        "");
  }

  /**
   * The HTTP listeners say nothing about the server: no {@code Server} or {@code X-Powered-By}
   * header, and no {@code X-Frame-Options: SAMEORIGIN} of Payara's own, since the application sends
   * {@code DENY} (security.SecurityHeaders). Set before the server boots, as the listeners are
   * made.
   */
  static String noBanner() {
    StringBuilder commands = new StringBuilder();
    for (String listener : List.of("http-listener", "https-listener")) {
      String http = "configs.config.server-config.network-config.protocols.protocol." + listener;
      for (String attribute : List.of("server-header", "xpowered-by", "xframe-options")) {
        commands.append("set ").append(http).append(".http.").append(attribute).append("=false\n");
      }
    }
    return commands.toString();
  }

  /** asadmin separates properties by ':' and names from values by '=': both escaped. */
  static String asadminValue(String value) {
    if (value == null) {
      throw new IllegalArgumentException("the database settings are missing");
    }
    return value.replace("\\", "\\\\").replace(":", "\\:").replace("=", "\\=");
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
