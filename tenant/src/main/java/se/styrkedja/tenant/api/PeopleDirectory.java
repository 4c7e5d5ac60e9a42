package se.styrkedja.tenant.api;

/** The people of the current tenant, as the web layer needs them. */
public interface PeopleDirectory {

  /**
   * Links the signed-in caller to the imported person it is, the first time it is seen: by SSO
   * username (an eduPersonPrincipalName), else by e-mail. Cheap when there is nothing to do: a
   * caller already linked is remembered, so this is not a database write (or read) per request.
   */
  void linkOnSignIn(String username, String email);
}
