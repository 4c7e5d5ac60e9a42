package se.styrkedja.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers, until it expires, a bearer token that MicroProfile JWT has verified, so the next
 * request with the same token skips verifying it again.
 *
 * <p>Payara verifies a token from scratch on every request: it rebuilds the RSA key from the
 * realm's key set, looks up a JSON provider through the class path twice and checks the signature.
 * That was 40 % of the server's work for {@code GET /api/me} (docs/benchmarks.md). A signed token
 * cannot change, and the web app sends the same one for minutes, so the first verification's result
 * holds for every later request with exactly that token until the token's own {@code exp}: what is
 * cached is a pure function of the token and the clock, so no server needs to agree with another
 * about it. Only valid results are kept (an invalid token is checked again every time, so nobody
 * can fill the cache without tokens the realm signed); the cache is bounded.
 *
 * <p>A decorator of the identity store handler that Payara's JWT mechanism asks: everything else
 * about verification (issuer, audience, key, clock skew) stays Payara's.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class VerifiedTokens implements IdentityStoreHandler {

  /** More distinct live tokens than this on one server evict the least recently used. */
  static final int MAXIMUM = 20_000;

  /** Payara's credential type, by name, so that no Payara internals are compiled against. */
  private static final String SIGNED_JWT_CREDENTIAL =
      "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTCredential";

  private static final Cache<String, Verified> CACHE =
      Caffeine.newBuilder().maximumSize(MAXIMUM).expireAfter(new UntilTokenExpires()).build();

  private static volatile MethodHandle tokenOf;

  @Inject @Delegate IdentityStoreHandler verifier;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    String token = tokenOf(credential);
    if (token == null) {
      return verifier.validate(credential);
    }
    Instant now = Instant.now();
    Verified known = CACHE.getIfPresent(token);
    if (known != null && now.isBefore(known.expires())) {
      return known.result();
    }
    CredentialValidationResult result = verifier.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID
        && result.getCallerPrincipal() instanceof JsonWebToken jwt
        && jwt.getExpirationTime() > 0) {
      Instant expires = Instant.ofEpochSecond(jwt.getExpirationTime());
      if (now.isBefore(expires)) {
        CACHE.put(token, new Verified(result, expires));
      }
    }
    return result;
  }

  private static String tokenOf(Credential credential) {
    if (credential == null || !SIGNED_JWT_CREDENTIAL.equals(credential.getClass().getName())) {
      return null;
    }
    try {
      MethodHandle handle = tokenOf;
      if (handle == null) {
        handle =
            MethodHandles.publicLookup()
                .findVirtual(
                    credential.getClass(), "getSignedJWT", MethodType.methodType(String.class));
        tokenOf = handle;
      }
      return (String) handle.invoke(credential);
    } catch (Throwable e) {
      // Not the credential we know: verify it as Payara would, every time.
      return null;
    }
  }

  record Verified(CredentialValidationResult result, Instant expires) {}

  /** An entry lives exactly as long as its token is valid (Caffeine counts in nanoseconds). */
  private static final class UntilTokenExpires implements Expiry<String, Verified> {

    @Override
    public long expireAfterCreate(String token, Verified verified, long currentTime) {
      long nanos = Duration.between(Instant.now(), verified.expires()).toNanos();
      return Math.max(0, nanos);
    }

    @Override
    public long expireAfterUpdate(
        String token, Verified verified, long currentTime, long currentDuration) {
      return expireAfterCreate(token, verified, currentTime);
    }

    @Override
    public long expireAfterRead(
        String token, Verified verified, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
