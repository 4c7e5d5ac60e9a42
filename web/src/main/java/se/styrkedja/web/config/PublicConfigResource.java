package se.styrkedja.web.config;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The one API answer given without a token: how to sign in. */
@Path("public/config")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public")
public class PublicConfigResource {

  /** Where the web app's keycloak-js finds the identity provider. */
  public record ClientConfig(String keycloakUrl, String realm, String clientId) {}

  @Inject
  @ConfigProperty(name = "styrkedja.keycloak.url")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "styrkedja.keycloak.realm", defaultValue = "styrkedja")
  String realm;

  @Inject
  @ConfigProperty(name = "styrkedja.keycloak.web-client", defaultValue = "styrkedja-web")
  String clientId;

  @GET
  @SecurityRequirements // none: CallerFilter lets it through without a token
  @Operation(summary = "The sign-in settings of the web app")
  public ClientConfig config() {
    return new ClientConfig(keycloakUrl, realm, clientId);
  }
}
