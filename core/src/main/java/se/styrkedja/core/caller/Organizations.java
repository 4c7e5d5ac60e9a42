package se.styrkedja.core.caller;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.styrkedja.core.tenant.TenantId;

/**
 * Reads the tenants out of the {@code organization} claim that Keycloak Organizations puts in the
 * token. Keycloak writes it as a list of aliases, or as an object keyed by alias when the
 * organization's id and attributes are included; both are understood. Anything that is not a
 * well-formed alias is ignored, never guessed at.
 */
public final class Organizations {

  public static final String CLAIM = "organization";

  private Organizations() {}

  public static List<TenantId> tenantsOf(Object claim) {
    Set<String> aliases = new LinkedHashSet<>();
    collect(claim, aliases);
    List<TenantId> tenants = new ArrayList<>();
    for (String alias : aliases) {
      if (TenantId.isValid(alias)) {
        tenants.add(new TenantId(alias));
      }
    }
    return tenants;
  }

  private static void collect(Object claim, Set<String> aliases) {
    if (claim == null) {
      return;
    }
    if (claim instanceof JsonString s) {
      aliases.add(s.getString());
    } else if (claim instanceof String s) {
      aliases.add(s);
    } else if (claim instanceof JsonObject o) {
      aliases.addAll(o.keySet());
    } else if (claim instanceof Map<?, ?> m) {
      m.keySet().forEach(k -> aliases.add(String.valueOf(k)));
    } else if (claim instanceof JsonArray a) {
      for (JsonValue v : a) {
        if (v instanceof JsonString s) {
          aliases.add(s.getString());
        }
      }
    } else if (claim instanceof Collection<?> c) {
      for (Object v : c) {
        if (v instanceof String || v instanceof JsonString) {
          collect(v, aliases);
        }
      }
    }
  }
}
