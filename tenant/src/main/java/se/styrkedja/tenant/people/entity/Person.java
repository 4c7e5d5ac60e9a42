package se.styrkedja.tenant.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * A member of staff. Imported from SS 12000 (its id there is {@code externalId}); linked to an SSO
 * username the first time the person signs in. A person deleted at the source is marked removed.
 */
@Entity
@Table(name = "person")
public class Person extends TenantOwned {

  @Id private UUID id;

  @Column(name = "external_id", length = 100, updatable = false)
  private String externalId;

  @Column(name = "given_name", nullable = false, length = 200)
  private String givenName;

  @Column(name = "family_name", nullable = false, length = 200)
  private String familyName;

  @Column(name = "principal_name", length = 255)
  private String principalName;

  @Column(length = 255)
  private String email;

  @Column(name = "linked_username", length = 255)
  private String linkedUsername;

  @Column(nullable = false)
  private boolean removed;

  @Version private long version;

  protected Person() {}

  public Person(
      String externalId, String givenName, String familyName, String principalName, String email) {
    this.id = UUID.randomUUID();
    this.externalId = externalId;
    this.givenName = givenName;
    this.familyName = familyName;
    this.principalName = principalName;
    this.email = email;
  }

  /** Whether these are the fields the person has now (then an import rewrites nothing). */
  public boolean sameAs(
      String givenName, String familyName, String principalName, String email, boolean removed) {
    return this.givenName.equals(givenName)
        && this.familyName.equals(familyName)
        && Objects.equals(this.principalName, principalName)
        && Objects.equals(this.email, email)
        && this.removed == removed;
  }

  public void update(String givenName, String familyName, String principalName, String email) {
    this.givenName = givenName;
    this.familyName = familyName;
    this.principalName = principalName;
    this.email = email;
    this.removed = false;
  }

  public void remove() {
    this.removed = true;
  }

  public void linkTo(String username) {
    this.linkedUsername = username;
  }

  /** The SSO username role assignments use: the linked one, else the principal name. */
  public String username() {
    return linkedUsername != null ? linkedUsername : principalName;
  }

  public UUID id() {
    return id;
  }

  public String externalId() {
    return externalId;
  }

  public String givenName() {
    return givenName;
  }

  public String familyName() {
    return familyName;
  }

  public String principalName() {
    return principalName;
  }

  public String email() {
    return email;
  }

  public String linkedUsername() {
    return linkedUsername;
  }

  public boolean isRemoved() {
    return removed;
  }

  public long version() {
    return version;
  }
}
