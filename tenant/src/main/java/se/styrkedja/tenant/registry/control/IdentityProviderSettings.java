package se.styrkedja.tenant.registry.control;

/**
 * How to reach a municipality's own identity provider. OIDC: the discovery URL ({@code
 * .../.well-known/openid-configuration}), client id and secret Keycloak is registered with there.
 * SAML: the metadata URL, or the IdP's entity id and single sign-on URL (with its signing
 * certificate, when it signs).
 */
public record IdentityProviderSettings(
    Type type,
    String displayName,
    String discoveryUrl,
    String clientId,
    String clientSecret,
    String metadataUrl,
    String entityId,
    String ssoUrl,
    String signingCertificate) {

  /** The protocols Keycloak brokers to. */
  public enum Type {
    OIDC,
    SAML;

    public String alias() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
