package se.styrkedja.web.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.competence.api.InstrumentAccess;
import se.styrkedja.core.caller.Caller;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.caller.RoleLevels;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.ChainOfGovernance;
import se.styrkedja.tenant.api.ChainOfGovernance.ChainLevel;
import se.styrkedja.tenant.api.Target;
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
  @Inject ChainOfGovernance chain;
  @Inject InstrumentAccess instruments;

  /** A municipality as the caller sees it. */
  @Schema(name = "CallerTenantView")
  public record TenantView(String id, String name, String municipalityCode) {}

  /** The caller. {@code tenant} is null for someone acting for no municipality (an operator). */
  public record MeView(
      String displayName,
      String username,
      @Schema(nullable = true) TenantView tenant,
      List<String> roleLevels,
      List<TenantView> tenants,
      List<Capability> capabilities) {}

  @GET
  @Operation(
      summary = "Who is signed in, for which municipality, with which role levels",
      description =
          "capabilities says what the caller may do in the municipality the request acts for, by"
              + " the same rules the other endpoints enforce; the web app offers only those.")
  public MeView me() {
    Caller caller = callers.current().orElseThrow();
    return new MeView(
        caller.displayName(),
        caller.username(),
        caller.tenant().flatMap(this::view).orElse(null),
        roleLevels(caller),
        caller.tenants().stream().map(this::view).flatMap(Optional::stream).toList(),
        List.copyOf(capabilities(caller)));
  }

  /**
   * By the access policy's own rules: configure is its CONFIGURE; reading people needs any level
   * (as People requires); writing plans needs a unit the caller leads at a level that leads (as
   * Plans.create requires); approving needs a level in the chain directly above a level that writes
   * plans (the APPROVE rule), so a principal, whose teachers write none, approves nothing. Reading
   * and writing instruments are the competence module's own answers ({@code InstrumentAccess}).
   */
  private Set<Capability> capabilities(Caller caller) {
    Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    if (caller.operator()) {
      capabilities.add(Capability.MANAGE_TENANTS);
    }
    if (caller.tenant().isEmpty()) {
      return capabilities;
    }
    if (access.may(Action.CONFIGURE, Target.tenantWide(caller.tenant().get()))) {
      capabilities.add(Capability.CONFIGURE);
    }
    Set<String> levels = access.levels();
    if (!levels.isEmpty()) {
      capabilities.add(Capability.READ_PEOPLE);
    }
    if (access.levelsAt().values().stream().anyMatch(access::leads)) {
      capabilities.add(Capability.WRITE_PLANS);
    }
    List<ChainLevel> all = chain.levels();
    boolean approves =
        all.stream()
            .filter(l -> levels.contains(l.key()))
            .filter(ChainLevel::inChain)
            .anyMatch(
                held ->
                    all.stream()
                        .anyMatch(l -> l.rank() == held.rank() + 1 && access.leads(l.key())));
    if (approves) {
      capabilities.add(Capability.APPROVE_PLANS);
    }
    // Instruments decides both, as it does when they are read or written.
    boolean writesInstruments = instruments.writesInstruments();
    if (writesInstruments || instruments.readsInstruments()) {
      capabilities.add(Capability.READ_INSTRUMENTS);
    }
    if (writesInstruments) {
      capabilities.add(Capability.WRITE_INSTRUMENTS);
    }
    return capabilities;
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
