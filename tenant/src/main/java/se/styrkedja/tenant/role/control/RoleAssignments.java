package se.styrkedja.tenant.role.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.Caller;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.paging.Page;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.StaleVersion;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.api.Target;
import se.styrkedja.tenant.api.TenantOnboarded;
import se.styrkedja.tenant.api.TenantProblemCode;
import se.styrkedja.tenant.role.entity.RoleAssignment;
import se.styrkedja.tenant.unit.control.UnitNotFound;

/**
 * The use cases of role assignments. The municipality admin assigns, ends and reads them all; a
 * person reads their own. Each write runs in one transaction with its audit line.
 */
@ApplicationScoped
@Transactional
public class RoleAssignments {

  static final String TARGET = "role-assignment";

  @Inject RoleStore store;
  @Inject CallerRoles roles;
  @Inject Audit audit;
  @Inject CallerContext caller;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject OrganisationTree tree;

  /** What a new assignment is; {@code unitId} null for a tenant-wide one. */
  public record NewAssignment(
      String username, String level, UUID unitId, LocalDate from, LocalDate until) {}

  public Page<RoleAssignment> list(String username, UUID unitId, int offset, int limit) {
    if (!isAdmin() && !isCaller(username)) {
      requireAdmin("list role assignments");
    }
    if (unitId != null && tree.find(unitId).isEmpty()) {
      throw new UnitNotFound(unitId, "unitId");
    }
    return new Page<>(
        store.page(username, unitId, offset, limit), store.count(username, unitId), offset, limit);
  }

  public RoleAssignment get(UUID id) {
    RoleAssignment a = store.find(id).orElseThrow(() -> new AssignmentNotFound(id));
    if (!isAdmin() && !isCaller(a.username())) {
      requireAdmin("read a role assignment");
    }
    return a;
  }

  public RoleAssignment create(NewAssignment n) {
    requireAdmin("assign a role");
    Chain chain = store.chain();
    RoleAssignment assignment = made(chain, n);
    store.flush();
    roles.forget();
    return assignment;
  }

  /** What became of one assignment of {@link #createAll}: the one made, or why none was. */
  public record Outcome(RoleAssignment made, DomainProblem refused) {}

  /**
   * The role assignments a source of record gives (the SS 12000 import: a Rektor duty makes the
   * principal of its unit), by the rules of {@link #create}, many at once in the caller's
   * transaction: the permission is checked and the chain read once, and the rows are written with
   * the caller's (in its batches, not one by one). One that does not fit is not made: its outcome,
   * in the same place of the answer, says why.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public List<Outcome> createAll(List<NewAssignment> assignments) {
    if (assignments.isEmpty()) {
      return List.of();
    }
    requireAdmin("assign a role");
    Chain chain = store.chain();
    List<Outcome> outcomes = new ArrayList<>(assignments.size());
    for (NewAssignment n : assignments) {
      try {
        outcomes.add(new Outcome(made(chain, n), null));
      } catch (InvalidAssignment | UnitNotFound e) {
        outcomes.add(new Outcome(null, e));
      }
    }
    roles.forget();
    return outcomes;
  }

  private RoleAssignment made(Chain chain, NewAssignment n) {
    Level level =
        chain
            .level(n.level())
            .orElseThrow(
                () -> new InvalidAssignment("level", "the chain of governance has no such level"));
    if (n.unitId() != null && tree.find(n.unitId()).isEmpty()) {
      throw new UnitNotFound(n.unitId(), "unitId");
    }
    if (level.key().equals(Chain.ADMIN) && n.unitId() != null) {
      throw new InvalidAssignment(
          "unitId", "must be empty: the municipality admin configures the whole municipality");
    }
    if (n.unitId() == null && !level.key().equals(Chain.ADMIN) && !chain.isTop(level)) {
      throw new InvalidAssignment(
          "unitId", "is required: only the top of the chain and the admin are tenant-wide");
    }
    LocalDate from = n.from() == null ? Clocks.today(clock) : n.from();
    requireUntil(from, n.until());
    RoleAssignment assignment =
        new RoleAssignment(
            n.username(),
            level.key(),
            n.unitId(),
            from,
            n.until(),
            caller.actor(),
            clock.instant());
    store.add(assignment);
    audit.wrote("role.assignment.created", TARGET, assignment.id());
    return assignment;
  }

  /**
   * A new municipality's first admin is its admin from today, tenant-wide, by an assignment of its
   * own: it grants nothing in any other municipality the account belongs to.
   */
  void onOnboarded(@Observes TenantOnboarded onboarded) {
    RoleAssignment assignment =
        new RoleAssignment(
            onboarded.adminUsername(),
            Chain.ADMIN,
            null,
            Clocks.today(clock),
            null,
            onboarded.by(),
            clock.instant());
    store.add(assignment);
    store.flush();
    roles.forget();
    audit.wrote("role.assignment.created", TARGET, assignment.id());
  }

  /** Sets the last day of the assignment (today ends it tonight). */
  public RoleAssignment end(UUID id, long expectedVersion, LocalDate until) {
    requireAdmin("end a role assignment");
    RoleAssignment a = store.findForUpdate(id).orElseThrow(() -> new AssignmentNotFound(id));
    if (a.version() != expectedVersion) {
      throw new StaleVersion(
          TenantProblemCode.ROLE_STALE_VERSION,
          "Role assignment",
          id,
          expectedVersion,
          a.version());
    }
    LocalDate last = until == null ? Clocks.today(clock) : until;
    requireUntil(a.from(), last);
    if (!Objects.equals(a.until(), last)) {
      a.end(last);
      store.flush();
      roles.forget();
    }
    audit.wrote("role.assignment.ended", TARGET, id);
    return a;
  }

  /**
   * Ends assignments a source of record gave (their duty changed or was deleted there), each on
   * {@code lastDay}, or on its first day if it begins later; one that ends sooner keeps its end. In
   * the caller's transaction, as {@link #createAll}; an id that has no assignment is passed over.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void endAll(Collection<UUID> ids, LocalDate lastDay) {
    if (ids.isEmpty()) {
      return;
    }
    requireAdmin("end a role assignment");
    for (UUID id : ids) {
      RoleAssignment a = store.findForUpdate(id).orElse(null);
      if (a == null) {
        continue;
      }
      LocalDate until = lastDay.isBefore(a.from()) ? a.from() : lastDay;
      if (a.until() == null || a.until().isAfter(until)) {
        a.end(until);
        audit.wrote("role.assignment.ended", TARGET, id);
      }
    }
    roles.forget();
  }

  private static void requireUntil(LocalDate from, LocalDate until) {
    if (until != null && until.isBefore(from)) {
      throw new InvalidAssignment("until", "must not be before from (" + from + ")");
    }
  }

  private boolean isAdmin() {
    return caller.current().isEmpty()
        || access.may(Action.CONFIGURE, Target.tenantWide(tenant.require()));
  }

  private boolean isCaller(String username) {
    return username != null
        && caller.current().map(Caller::username).map(username::equals).orElse(false);
  }

  /**
   * Whoever configures the municipality assigns roles. Work that no person started (demo data at
   * start-up) has no caller and is the system's own.
   */
  private void requireAdmin(String what) {
    if (caller.current().isPresent()) {
      access.require(Action.CONFIGURE, Target.tenantWide(tenant.require()), what);
    }
  }
}
