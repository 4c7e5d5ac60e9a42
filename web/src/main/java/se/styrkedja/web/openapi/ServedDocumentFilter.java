package se.styrkedja.web.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Runs in Payara as it serves the document the build made (mp.openapi.filter): Payara adds a
 * top-level {@code endpoints} member of its own, which OpenAPI does not allow and validators
 * reject. Payara's writer leaves out an empty member, so emptying it removes it.
 */
public class ServedDocumentFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI api) {
    try {
      api.getClass().getMethod("setEndpoints", Map.class).invoke(api, Map.of());
    } catch (NoSuchMethodException notPayara) {
      // another implementation adds nothing of its own
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("could not leave out Payara's endpoints member", e);
    }
  }
}
