package se.styrkedja.tenant.role.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * A stored level of a tenant's chain of governance, or a function beside it (rank -1). A tenant
 * with no rows has the standard chain; its first change stores the whole chain.
 */
@Entity
@Table(name = "role_level")
@EntityListeners(AccessDataChanged.class)
public class RoleLevel extends TenantOwned {

  @Id private UUID id;

  @Column(name = "level_key", nullable = false, length = 40, updatable = false)
  private String levelKey;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "chain_rank", nullable = false)
  private int rank;

  /** The level's place in the tenant's list of levels, which keeps the order within a step. */
  @Column(name = "list_position", nullable = false)
  private int position;

  @Version private long version;

  protected RoleLevel() {}

  public RoleLevel(String key, String name, int rank, int position) {
    this.id = UUID.randomUUID();
    this.levelKey = key;
    this.name = name;
    this.rank = rank;
    this.position = position;
  }

  public void set(String name, int rank, int position) {
    this.name = name;
    this.rank = rank;
    this.position = position;
  }

  public UUID id() {
    return id;
  }

  public String key() {
    return levelKey;
  }

  public String name() {
    return name;
  }

  public int rank() {
    return rank;
  }

  public int position() {
    return position;
  }

  public long version() {
    return version;
  }
}
