package se.styrkedja.tenant.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import se.styrkedja.core.persistence.DemoDataRequested;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.core.tenant.AsTenant;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.people.entity.Person;

/**
 * Botkyrka's demo users as people of the municipality, with the names the demo realm gives them, so
 * that the web app shows "Eva Lindqvist" rather than {@code rektor.botkyrka} and a person is chosen
 * by name. Hässleholm is left without: its people come by the SS 12000 import, as a municipality's
 * do (and the import's tests link its demo users to the people they import).
 */
@ApplicationScoped
public class PeopleDemo {

  private record Demo(String username, String given, String family) {}

  private static final List<Demo> BOTKYRKA =
      List.of(
          new Demo("politiker.botkyrka", "Anders", "Holmberg"),
          new Demo("forvaltning.botkyrka", "Karin", "Sjöberg"),
          new Demo("rektor.botkyrka", "Eva", "Lindqvist"),
          new Demo("forskolechef.botkyrka", "Maria", "Nyström"),
          new Demo("larare.botkyrka", "Johan", "Bergström"),
          new Demo("it.botkyrka", "Daniel", "Öberg"),
          new Demo("admin.botkyrka", "Lena", "Forsberg"));

  @Inject AsTenant asTenant;
  @Inject PeopleStore store;
  @Inject TenantEntityManager tenantEm;

  void onDemo(@Observes DemoDataRequested demo) {
    for (TenantId tenant : demo.tenants()) {
      if (!tenant.value().equals("botkyrka")) {
        continue;
      }
      asTenant.run(
          tenant,
          () -> {
            for (Demo d : BOTKYRKA) {
              if (store.linkedTo(d.username()).isPresent()) {
                continue;
              }
              Person p =
                  new Person(
                      "demo-" + d.username(),
                      d.given(),
                      d.family(),
                      d.username(),
                      d.username().replace(".botkyrka", "@botkyrka.se"));
              p.linkTo(d.username());
              tenantEm.get().persist(p);
            }
          });
    }
  }
}
