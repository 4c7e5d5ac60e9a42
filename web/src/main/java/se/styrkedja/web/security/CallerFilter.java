package se.styrkedja.web.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.Caller;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.caller.Organizations;
import se.styrkedja.core.caller.RoleLevels;
import se.styrkedja.core.problem.Problems;
import se.styrkedja.core.problem.Unauthorized;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.PeopleDirectory;
import se.styrkedja.tenant.api.Target;
import se.styrkedja.tenant.api.TenantDirectory;
import se.styrkedja.tenant.api.TenantInfo;

/**
 * Runs before every matched API resource. Unless the resource declares {@code @PermitAll}, it
 * requires the verified token MicroProfile JWT has put in the security context, and turns it into
 * the request's {@link Caller} and tenant.
 *
 * <p>The tenant comes from the token's {@code organization} claim only. The header {@value
 * #TENANT_HEADER} may choose among the tenants the token grants, and is refused otherwise.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CallerFilter implements ContainerRequestFilter {

  public static final String TENANT_HEADER = "X-Styrkedja-Tenant";

  @Context ResourceInfo resource;
  @Inject CallerContext callers;
  @Inject TenantContext tenants;
  @Inject TenantDirectory directory;
  @Inject PeopleDirectory people;
  @Inject AccessPolicy access;

  @Override
  public void filter(ContainerRequestContext request) {
    if (isPublic()) {
      return;
    }
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (!(principal instanceof JsonWebToken token)) {
      Audit.refused(null, null, describe(request), "no valid token");
      request.abortWith(
          Response.fromResponse(Problems.response(Unauthorized.problem()))
              .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"styrkedja\"")
              .build());
      return;
    }
    String username =
        Optional.ofNullable(token.<String>getClaim(Claims.preferred_username))
            .orElse(token.getName());
    List<TenantId> granted = Organizations.tenantsOf(token.getClaim(Organizations.CLAIM));
    // The one role a token grants: the platform operator's. What anyone may do in a municipality
    // comes from that municipality's own role assignments, read by the access policy.
    boolean operator = token.getGroups() != null && token.getGroups().contains(RoleLevels.OPERATOR);
    Optional<TenantId> tenant;
    try {
      tenant = choose(request.getHeaderString(TENANT_HEADER), granted);
      callers.set(new Caller(username, token.getClaim("name"), operator, granted, tenant));
      if (tenant.isPresent()) {
        tenants.bind(tenant.get());
        requireOpen(tenant.get());
      }
    } catch (TenantRefused refused) {
      Audit.refused(
          request.getHeaderString(TENANT_HEADER), username, describe(request), refused.code());
      throw refused;
    }
    if (tenant.isPresent()) {
      people.linkOnSignIn(username, token.getClaim(Claims.email));
    }
  }

  private boolean isPublic() {
    return resource.getResourceMethod() != null
        && (resource.getResourceMethod().isAnnotationPresent(PermitAll.class)
            || resource.getResourceClass().isAnnotationPresent(PermitAll.class));
  }

  static Optional<TenantId> choose(String asked, List<TenantId> granted) {
    if (asked == null || asked.isBlank()) {
      return granted.stream().findFirst();
    }
    if (!TenantId.isValid(asked) || !granted.contains(new TenantId(asked))) {
      throw TenantRefused.notGranted(asked);
    }
    return Optional.of(new TenantId(asked));
  }

  /**
   * An active tenant admits everyone it grants; one being onboarded only its admin (by its own role
   * assignments), who sets it up before the operator opens it; a suspended or offboarded one
   * nobody.
   */
  private void requireOpen(TenantId tenant) {
    TenantInfo info =
        directory.find(tenant).orElseThrow(() -> TenantRefused.notRegistered(tenant.value()));
    switch (info.status()) {
      case ACTIVE -> {}
      case ONBOARDING -> {
        if (!access.may(Action.CONFIGURE, Target.tenantWide(tenant))) {
          throw TenantRefused.onboarding(info.name());
        }
      }
      case SUSPENDED -> throw TenantRefused.suspended(info.name());
      case OFFBOARDED -> throw TenantRefused.offboarded(info.name());
    }
  }

  private static String describe(ContainerRequestContext request) {
    return request.getMethod() + " " + request.getUriInfo().getRequestUri().getPath();
  }
}
