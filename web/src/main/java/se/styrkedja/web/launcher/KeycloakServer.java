package se.styrkedja.web.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak in dev mode with the project's realm imported into an in-memory database: every start
 * begins from the versioned realm file, and nothing of it outlives the process.
 */
final class KeycloakServer implements AutoCloseable {

  static final String REALM = "styrkedja";
  static final String REALM_FILE = "web/src/main/keycloak/styrkedja-realm.json";
  static final String DIST = "web/target/runtime/keycloak-quarkus-dist.zip";

  private final ManagedProcess process;
  private final int port;
  private final String adminPassword;
  private final String provisioningSecret;

  private KeycloakServer(
      ManagedProcess process, int port, String adminPassword, String provisioningSecret) {
    this.process = process;
    this.port = port;
    this.adminPassword = adminPassword;
    this.provisioningSecret = provisioningSecret;
  }

  /**
   * Unpacks the distribution (once), imports the realm for {@code appUrl} and starts it, without
   * waiting for it to be ready ({@link #awaitReady}).
   */
  static KeycloakServer start(Path root, Path workDir, int port, int managementPort, String appUrl)
      throws IOException, InterruptedException {
    Path home = unpack(root.resolve(DIST), workDir.resolve("keycloak"));
    Path imports = home.resolve("data/import");
    Files.createDirectories(imports);
    String realm = Files.readString(root.resolve(REALM_FILE), StandardCharsets.UTF_8);
    // The provisioning client's secret exists only for this run: in the imported copy of the realm
    // and in the application's configuration, never in the repository.
    String provisioningSecret = secret(24);
    Files.writeString(
        imports.resolve("styrkedja-realm.json"),
        realm
            .replace("${STYRKEDJA_APP_URL}", appUrl)
            .replace("${STYRKEDJA_PROVISIONING_SECRET}", provisioningSecret),
        StandardCharsets.UTF_8);
    String adminPassword = secret(12);
    ManagedProcess process =
        ManagedProcess.start(
            "Keycloak",
            List.of(
                "bash",
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname=http://localhost:" + port,
                "--db=dev-mem",
                "--import-realm"),
            Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                adminPassword,
                "JAVA_HOME",
                System.getProperty("java.home")),
            home,
            workDir.resolve("logs/keycloak.log"));
    return new KeycloakServer(process, port, adminPassword, provisioningSecret);
  }

  /** Waits until the realm's OpenID configuration answers; stops Keycloak if it never does. */
  void awaitReady() throws IOException, InterruptedException {
    try {
      process.awaitReady(
          issuer().resolve(".well-known/openid-configuration"), Duration.ofMinutes(4));
    } catch (IOException | InterruptedException e) {
      process.close();
      throw e;
    }
  }

  URI url() {
    return URI.create("http://localhost:" + port + "/");
  }

  URI issuer() {
    return URI.create("http://localhost:" + port + "/realms/" + REALM + "/");
  }

  String adminPassword() {
    return adminPassword;
  }

  /** The secret of the confidential client {@code styrkedja-provisioning}, for the application. */
  String provisioningSecret() {
    return provisioningSecret;
  }

  private static String secret(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  ManagedProcess process() {
    return process;
  }

  @Override
  public void close() {
    process.close();
  }

  /** Unpacks the zip without its top folder, unless this very zip was unpacked there before. */
  static Path unpack(Path zip, Path home) throws IOException {
    if (!Files.isRegularFile(zip)) {
      throw new IOException(zip + " is missing: build first (./mvnw package)");
    }
    String stamp = Files.size(zip) + ":" + Files.getLastModifiedTime(zip).toMillis();
    Path marker = home.resolve(".unpacked-from");
    if (Files.isRegularFile(marker) && Files.readString(marker).equals(stamp)) {
      return home;
    }
    deleteTree(home);
    Files.createDirectories(home);
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream entries = new ZipInputStream(in)) {
      for (ZipEntry e; (e = entries.getNextEntry()) != null; ) {
        String name = e.getName();
        int slash = name.indexOf('/');
        if (slash < 0 || slash == name.length() - 1) {
          continue;
        }
        Path target = home.resolve(name.substring(slash + 1)).normalize();
        if (!target.startsWith(home)) {
          throw new IOException("zip entry outside its folder: " + name);
        }
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
          if (name.endsWith(".sh")) {
            target.toFile().setExecutable(true);
          }
        }
      }
    }
    Files.writeString(marker, stamp);
    return home;
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
