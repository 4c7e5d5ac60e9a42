package se.styrkedja.tenant.api;

import java.util.Collection;
import java.util.Map;

/**
 * The names of the current tenant's people by their SSO username, for showing a person as a name
 * rather than as a username (activity owners, note authors, plan writers, role holders).
 */
public interface PersonNames {

  /**
   * The display name ("Eva Lindqvist") of each username the municipality knows a person for; a
   * username it knows none for is left out, and the caller shows the username instead.
   */
  Map<String, String> of(Collection<String> usernames);
}
