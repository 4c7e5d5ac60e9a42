package se.styrkedja.tenant.role.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.ChainOfGovernance;
import se.styrkedja.tenant.api.Target;

/**
 * The use cases of the chain of governance. Everyone of the tenant reads it; the municipality admin
 * renames, adds and reorders its levels. The first change stores the whole (standard) chain.
 */
@ApplicationScoped
@Transactional
public class RoleHierarchy implements ChainOfGovernance {

  static final String TARGET = "role-level";

  @Inject RoleStore store;
  @Inject CallerRoles roles;
  @Inject Audit audit;
  @Inject CallerContext caller;
  @Inject TenantContext tenant;
  @Inject AccessPolicy access;

  /**
   * Reads as the access policy does: the chain this request already knows ({@link CallerRoles}),
   * without a transaction of its own, so the menu's questions cost no query per level.
   */
  @Transactional(TxType.SUPPORTS)
  public Chain chain() {
    return roles.chain();
  }

  @Override
  @Transactional(TxType.SUPPORTS)
  public List<ChainLevel> levels() {
    Chain chain = roles.chain();
    List<ChainLevel> levels = new ArrayList<>();
    chain.levels().stream()
        .filter(Level::inChain)
        .sorted(Comparator.comparingInt(Level::rank))
        .forEach(l -> levels.add(new ChainLevel(l.key(), l.name(), l.rank())));
    chain.functions().forEach(l -> levels.add(new ChainLevel(l.key(), l.name(), l.rank())));
    return levels;
  }

  public Chain rename(String key, String name) {
    requireAdmin("rename a role level");
    Chain next = store.chain().rename(key, name);
    store.save(next);
    roles.forget();
    audit.wrote("role.level.renamed", TARGET, key);
    return next;
  }

  public Chain add(String key, String name, int rank) {
    requireAdmin("add a role level");
    Chain next = store.chain().add(key, name, rank);
    store.save(next);
    roles.forget();
    audit.wrote("role.level.added", TARGET, key);
    return next;
  }

  public Chain reorder(List<List<String>> order) {
    requireAdmin("reorder the chain of governance");
    Chain next = store.chain().reorder(order);
    store.save(next);
    roles.forget();
    audit.wrote("role.chain.reordered", TARGET, "chain");
    return next;
  }

  private void requireAdmin(String what) {
    if (caller.current().isPresent()) {
      access.require(Action.CONFIGURE, Target.tenantWide(tenant.require()), what);
    }
  }
}
