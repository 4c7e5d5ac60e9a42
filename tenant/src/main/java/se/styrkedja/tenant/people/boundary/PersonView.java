package se.styrkedja.tenant.people.boundary;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.styrkedja.tenant.people.entity.Person;

/**
 * A person as the API shows it. {@code username} is the SSO username role assignments and activity
 * owners name the person by (null when the person has none yet), for everyone who chooses a person;
 * {@code email} and {@code principalName} only for the admin (null for others); {@code linked} says
 * whether the person has signed in.
 */
public record PersonView(
    UUID id,
    @Schema(nullable = true) String externalId,
    String givenName,
    String familyName,
    @Schema(nullable = true) String username,
    @Schema(nullable = true) String principalName,
    @Schema(nullable = true) String email,
    boolean linked,
    long version) {

  static PersonView of(Person p, boolean contact) {
    return new PersonView(
        p.id(),
        p.externalId(),
        p.givenName(),
        p.familyName(),
        p.username(),
        contact ? p.principalName() : null,
        contact ? p.email() : null,
        p.linkedUsername() != null,
        p.version());
  }
}
