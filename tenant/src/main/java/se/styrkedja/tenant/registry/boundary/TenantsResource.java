package se.styrkedja.tenant.registry.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.paging.PageRequest;
import se.styrkedja.tenant.api.TenantInfo;
import se.styrkedja.tenant.offboarding.boundary.OffboardingRequest;
import se.styrkedja.tenant.offboarding.control.Offboarding;
import se.styrkedja.tenant.registry.control.Tenants;
import se.styrkedja.tenant.registry.entity.Tenant;

/**
 * The municipalities on the platform, for the platform operator only (403 for everyone else).
 * Onboarding creates the municipality's Keycloak organization and first admin; the lifecycle is
 * onboarding, active, suspended and back, offboarded.
 */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants", description = "Onboarding and lifecycle of municipalities (operator)")
public class TenantsResource {

  static final String ZIP = "application/zip";

  @Inject Tenants tenants;
  @Inject Offboarding offboarding;

  @GET
  @Operation(
      operationId = "listTenants",
      summary = "The municipalities on the platform, by name, with their status")
  public Page<TenantView> list(@BeanParam @Valid PageRequest page) {
    return tenants.list(page.offset(), page.limit()).map(TenantView::of);
  }

  @GET
  @Path("{id}")
  @Operation(operationId = "getTenant", summary = "One municipality")
  public TenantView get(@PathParam("id") String id) {
    return TenantView.of(tenants.get(id));
  }

  @POST
  @Operation(
      operationId = "createTenant",
      summary = "Onboard a municipality",
      description =
          "Creates its Keycloak organization (alias = slug) and its first admin (username ="
              + " e-mail, admin of this municipality only, by its own role assignment), then the tenant in status onboarding. A slug or code"
              + " taken answers 409 naming the field; Keycloak failing answers 503 and leaves"
              + " nothing behind.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = TenantView.class)))
  public Response create(
      @NotNull(message = "a JSON body is required") @Valid TenantRequest request,
      @Context UriInfo uri) {
    Tenant tenant =
        tenants.create(
            new Tenants.NewTenant(
                request.slug(),
                request.name().strip(),
                request.municipalityCode(),
                request.adminEmail().strip().toLowerCase(java.util.Locale.ROOT)));
    return Response.created(uri.getAbsolutePathBuilder().path(tenant.id()).build())
        .entity(TenantView.of(tenant))
        .build();
  }

  @POST
  @Path("{id}/activate")
  @Operation(
      summary = "Open the municipality to all its people (from onboarding or suspended)",
      description = "From any other status 409, naming the current status.")
  public TenantView activate(@PathParam("id") String id) {
    return TenantView.of(tenants.activate(id));
  }

  @POST
  @Path("{id}/suspend")
  @Operation(
      summary = "Suspend an active municipality",
      description =
          "Its people are refused (403, code core.tenant.suspended) and nothing of theirs is"
              + " changed. From any other status 409, naming the current status.")
  public TenantView suspend(@PathParam("id") String id) {
    return TenantView.of(tenants.suspend(id));
  }

  @PUT
  @Path("{id}/identity-provider")
  @Operation(
      summary = "Link the municipality's own identity provider (OIDC or SAML)",
      description =
          "Creates the identity provider in Keycloak (alias = the tenant's id), trusting its"
              + " e-mail addresses, and links it to the municipality's organization; replaces one"
              + " linked before. Its staff then sign in with their own accounts; the first admin's"
              + " account is linked by e-mail at the first sign-in.")
  public TenantView linkIdentityProvider(
      @PathParam("id") String id,
      @NotNull(message = "a JSON body is required") @Valid IdentityProviderRequest request) {
    return TenantView.of(tenants.linkIdentityProvider(id, request.settings()));
  }

  @GET
  @Path("{id}/export")
  @Produces({ZIP, MediaType.APPLICATION_JSON})
  @Operation(
      operationId = "exportTenant",
      summary = "Download everything the municipality owns",
      description =
          "A zip archive: manifest.json and tables/<table>.json, one JSON object per row.")
  public Response export(@PathParam("id") String id) {
    TenantInfo tenant = offboarding.tenant(id); // 403 or 404 before the download starts
    StreamingOutput archive = out -> offboarding.export(tenant.id(), out);
    String file = "styrkedja-" + tenant.id() + "-" + LocalDate.now(ZoneOffset.UTC) + ".zip";
    return Response.ok(archive, ZIP)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .build();
  }

  @POST
  @Path("{id}/offboarding")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Delete the municipality: all of its data and its identity in Keycloak",
      description =
          "Only for a suspended municipality whose export has been downloaded; the body repeats"
              + " its id. The registry keeps it, as offboarded.")
  public OffboardingView offboard(
      @PathParam("id") String id, @Valid @NotNull OffboardingRequest request) {
    return OffboardingView.of(offboarding.offboard(id, request.confirmation()));
  }

  /** What was deleted, table by table. */
  public record OffboardingView(
      String id,
      @Schema(enumeration = {"onboarding", "active", "suspended", "offboarded"}) String status,
      @Schema(format = "date-time") String offboardedAt,
      Map<String, Long> deletedRows) {
    static OffboardingView of(Offboarding.Result result) {
      return new OffboardingView(
          result.tenant().id(),
          result.tenant().status().name().toLowerCase(java.util.Locale.ROOT),
          result.offboardedAt().toString(),
          result.deleted());
    }
  }
}
