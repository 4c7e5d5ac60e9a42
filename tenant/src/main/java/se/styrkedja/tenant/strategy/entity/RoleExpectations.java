package se.styrkedja.tenant.strategy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * What the strategy expects of one role level ("what we expect of principals"): an ordered list of
 * statements, written and versioned as one text, one statement a line.
 */
@Entity
@Table(name = "strategy_expectations")
public class RoleExpectations extends TenantOwned {

  @Id private UUID id;

  @Column(name = "strategy_id", nullable = false, updatable = false)
  private UUID strategyId;

  @Column(name = "role_level", nullable = false, length = 30, updatable = false)
  private String roleLevel;

  /** The statements, one a line; a statement holds no line break (checked at the boundary). */
  @Column(nullable = false, length = 20000)
  private String statements;

  @Version private long version;

  protected RoleExpectations() {}

  public RoleExpectations(UUID strategyId, String roleLevel, List<String> statements) {
    this.id = UUID.randomUUID();
    this.strategyId = strategyId;
    this.roleLevel = roleLevel;
    replace(statements);
  }

  public void replace(List<String> statements) {
    for (String s : statements) {
      if (s.contains("\n") || s.contains("\r")) {
        throw new IllegalArgumentException("a statement holds no line break");
      }
    }
    this.statements = String.join("\n", statements);
  }

  public List<String> statements() {
    return statements.isEmpty() ? List.of() : Arrays.asList(statements.split("\n", -1));
  }

  public RoleExpectations copyFor(UUID newStrategyId) {
    return new RoleExpectations(newStrategyId, roleLevel, statements());
  }

  public UUID id() {
    return id;
  }

  public UUID strategyId() {
    return strategyId;
  }

  public String roleLevel() {
    return roleLevel;
  }

  public long version() {
    return version;
  }
}
