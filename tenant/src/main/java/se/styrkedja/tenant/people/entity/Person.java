package se.styrkedja.tenant.people.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
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

  /**
   * Name, usernames and e-mail folded as {@link #fold} folds, for searching people by what one
   * types; the database computes it.
   */
  @Column(name = "search_key", insertable = false, updatable = false)
  private String searchKey;

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

  private static final String ACCENTED =
      "åäöáàâãéèêëíìîïóòôõúùûüýÿçñæøšžčćłńśźżÅÄÖÁÀÂÃÉÈÊËÍÌÎÏÓÒÔÕÚÙÛÜÝŸÇÑÆØŠŽČĆŁŃŚŹŻ";
  private static final String PLAIN =
      "aaoaaaaeeeeiiiioooouuuuyycnaoszcclnszzaaoaaaaeeeeiiiioooouuuuyycnaoszcclnszz";

  /**
   * Text as a search compares it, as the database folds the search key: lower case, without
   * accents, so that "andre" finds "André" and "oberg" finds "Öberg" as well as "öberg" (a name
   * typed on any keyboard, or in a hurry, is found: a picker shows a few names more, never none).
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      int at = ACCENTED.indexOf(c);
      out.append(at < 0 ? c : PLAIN.charAt(at));
    }
    return out.toString().replaceAll("\\s+", " ");
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
