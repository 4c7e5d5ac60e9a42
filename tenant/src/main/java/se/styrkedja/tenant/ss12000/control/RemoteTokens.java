package se.styrkedja.tenant.ss12000.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bearer tokens of remote imports, in memory only: a token to another system is a secret, so it
 * is never written to the database or the job repository. A restart after the server itself
 * restarted asks for the token again.
 */
@ApplicationScoped
public class RemoteTokens {

  private final Map<UUID, String> tokens = new ConcurrentHashMap<>();

  public void put(UUID importId, String token) {
    tokens.put(importId, token);
  }

  public Optional<String> get(UUID importId) {
    return Optional.ofNullable(tokens.get(importId));
  }

  public void forget(UUID importId) {
    tokens.remove(importId);
  }
}
