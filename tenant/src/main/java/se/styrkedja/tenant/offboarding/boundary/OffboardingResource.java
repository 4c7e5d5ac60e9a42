package se.styrkedja.tenant.offboarding.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.tenant.api.TenantInfo;
import se.styrkedja.tenant.offboarding.control.Offboarding;

/** The platform operator's export and offboarding of a municipality. Everyone else gets 403. */
@Path("tenants/{id}")
@RequestScoped
@Tag(name = "Tenants", description = "Municipalities on the platform (platform operator)")
public class OffboardingResource {

  static final String ZIP = "application/zip";

  @Inject Offboarding offboarding;

  @GET
  @Path("export")
  @Produces({ZIP, MediaType.APPLICATION_JSON})
  @Operation(
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
  @Path("offboarding")
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
      String id, String status, String offboardedAt, Map<String, Long> deletedRows) {
    static OffboardingView of(Offboarding.Result result) {
      return new OffboardingView(
          result.tenant().id(),
          result.tenant().status().name().toLowerCase(java.util.Locale.ROOT),
          result.offboardedAt().toString(),
          result.deleted());
    }
  }
}
