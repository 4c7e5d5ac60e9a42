package se.styrkedja.tenant.registry.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import se.styrkedja.tenant.registry.control.IdentityProviderSettings;

/**
 * The municipality's identity provider. {@code type} {@code oidc}: {@code discoveryUrl}, {@code
 * clientId}, {@code clientSecret}. {@code saml}: {@code metadataUrl}, or {@code entityId} and
 * {@code ssoUrl} (and {@code signingCertificate} when it signs).
 */
public record IdentityProviderRequest(
    @NotNull(message = "is required")
        @Pattern(regexp = "oidc|saml", message = "must be oidc or saml")
        String type,
    @Size(max = 200, message = "at most 200 characters") String displayName,
    @Pattern(regexp = URL, message = URL_MESSAGE) @Size(max = 2000, message = "too long")
        String discoveryUrl,
    @Size(max = 255, message = "at most 255 characters") String clientId,
    @Size(max = 2000, message = "too long") String clientSecret,
    @Pattern(regexp = URL, message = URL_MESSAGE) @Size(max = 2000, message = "too long")
        String metadataUrl,
    @Size(max = 2000, message = "too long") String entityId,
    @Pattern(regexp = URL, message = URL_MESSAGE) @Size(max = 2000, message = "too long")
        String ssoUrl,
    @Size(max = 10000, message = "too long") String signingCertificate) {

  static final String URL = "https?://\\S+";
  static final String URL_MESSAGE = "must be an http or https URL";

  IdentityProviderSettings settings() {
    return new IdentityProviderSettings(
        IdentityProviderSettings.Type.valueOf(type.toUpperCase(java.util.Locale.ROOT)),
        displayName == null ? null : displayName.strip(),
        discoveryUrl,
        clientId == null ? null : clientId.strip(),
        clientSecret,
        metadataUrl,
        entityId == null ? null : entityId.strip(),
        ssoUrl,
        signingCertificate);
  }
}
