package se.styrkedja.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import se.styrkedja.core.caller.RoleLevels;
import se.styrkedja.core.problem.Problem;

/**
 * The REST API under {@code /api}. Every resource needs a verified bearer token (MicroProfile JWT,
 * issued by Keycloak) unless it declares {@code @PermitAll}; see {@code security.CallerFilter}.
 */
@ApplicationPath("api")
@ApplicationScoped // a CDI bean, or Payara never sees @LoginConfig and installs no JWT mechanism
@LoginConfig(authMethod = "MP-JWT")
// The only role a token carries; every other comes from the municipality's own data.
@DeclareRoles(RoleLevels.OPERATOR)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Styrkedja API",
            version = "0.1",
            description =
                "Municipalities' digitalisation strategy along the chain of governance. Errors are"
                    + " RFC 9457 application/problem+json."),
    security = @SecurityRequirement(name = "keycloak"),
    // The problem responses every operation refers to, as web.openapi.ApiDocumentFilter decides.
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = "BadRequest",
                  description = "The request is malformed or a field is wrong (see errors[])",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Unauthorized",
                  description = "No valid bearer token",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Forbidden",
                  description =
                      "The caller's roles in the municipality do not allow it, or the municipality"
                          + " is suspended",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "NotFound",
                  description = "No such object in the caller's municipality",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = "Conflict",
                  description =
                      "The object changed since it was read (a stale version), or its state does"
                          + " not allow the change",
                  content =
                      @Content(
                          mediaType = Problem.MEDIA_TYPE,
                          schema = @Schema(implementation = Problem.class)))
            }))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class StyrkedjaApplication extends Application {}
