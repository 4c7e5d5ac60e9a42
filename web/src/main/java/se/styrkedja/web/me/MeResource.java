package se.styrkedja.web.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.core.caller.Caller;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.caller.RoleLevels;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.TenantDirectory;

/** The signed-in caller. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in person")
public class MeResource {

  @Inject CallerContext callers;
  @Inject TenantDirectory directory;
  @Inject AccessPolicy access;

  /** A municipality as the caller sees it. */
  @Schema(name = "CallerTenantView")
  public record TenantView(String id, String name, String municipalityCode) {}

  /** The caller. {@code tenant} is null for someone acting for no municipality (an operator). */
  public record MeView(
      String displayName,
      String username,
      TenantView tenant,
      List<String> roleLevels,
      List<TenantView> tenants) {}

  @GET
  @Operation(summary = "Who is signed in, for which municipality, with which role levels")
  public MeView me() {
    Caller caller = callers.current().orElseThrow();
    return new MeView(
        caller.displayName(),
        caller.username(),
        caller.tenant().flatMap(this::view).orElse(null),
        roleLevels(caller),
        caller.tenants().stream().map(this::view).flatMap(Optional::stream).toList());
  }

  /** The levels held in this municipality (its own role assignments), and the operator's role. */
  private List<String> roleLevels(Caller caller) {
    List<String> levels = new ArrayList<>(access.levels());
    if (caller.operator()) {
      levels.add(RoleLevels.OPERATOR);
    }
    return levels;
  }

  private Optional<TenantView> view(TenantId id) {
    return directory.find(id).map(t -> new TenantView(t.id(), t.name(), t.municipalityCode()));
  }
}
