package se.styrkedja.tenant.people.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import se.styrkedja.core.persistence.DemoDataRequested;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.core.tenant.AsTenant;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.people.entity.Duty;
import se.styrkedja.tenant.people.entity.Person;
import se.styrkedja.tenant.unit.control.UnitStore;
import se.styrkedja.tenant.unit.entity.Unit;

/**
 * The demo municipalities' people and their duties, as an SS 12000 import would give them.
 *
 * <p>Botkyrka: its demo users, with the names the demo realm gives them (so the web app shows "Eva
 * Lindqvist" rather than {@code rektor.botkyrka}), their duties at the units where their roles are
 * (RolesDemo), and the teachers of its schools and preschools, so a self-assessment has a
 * population and some units have fewer teachers than the minimum group size.
 *
 * <p>Hässleholm: a principal at each school and a preschool head at each preschool, the leaders who
 * all made the digital-leadership self-assessment in 2016 (seed 003). None of them is linked to a
 * demo user: Hässleholm's demo users are linked by the import's tests, as a municipality's are at
 * first login.
 */
@ApplicationScoped
public class PeopleDemo {

  private record Demo(String username, String given, String family, String dutyRole, String at) {}

  private static final String ROOT = "";

  /** The unit name of each demo user's duty: where RolesDemo gives the role. */
  private static final List<Demo> BOTKYRKA =
      List.of(
          new Demo("politiker.botkyrka", "Anders", "Holmberg", null, null),
          new Demo("forvaltning.botkyrka", "Karin", "Sjöberg", "Annan personal", ROOT),
          new Demo("rektor.botkyrka", "Eva", "Lindqvist", "Rektor", "Alléskolan"),
          new Demo("forskolechef.botkyrka", "Maria", "Nyström", "Förskolechef", "Alby förskola"),
          new Demo("larare.botkyrka", "Johan", "Bergström", "Lärare", "Alléskolan"),
          new Demo("it.botkyrka", "Daniel", "Öberg", "Annan personal", "IT-enheten"),
          new Demo("admin.botkyrka", "Lena", "Forsberg", null, null));

  /** Teachers per unit beside the demo users; Tullinge skola and Hallunda förskola are small. */
  private static final Map<String, Integer> BOTKYRKA_TEACHERS =
      Map.of(
          "Alléskolan", 9,
          "Storvretsskolan", 8,
          "Tullinge skola", 3,
          "Tumba gymnasium", 6,
          "Alby förskola", 4,
          "Tumba förskola", 5,
          "Hallunda förskola", 3,
          "Fittja förskola", 4);

  // Names for the people no demo user is: none matches a demo user's name (ActionsIT searches
  // those).
  private static final List<String> GIVEN =
      List.of(
          "Anna", "Erik", "Sara", "Mikael", "Elin", "Jonas", "Linnea", "Fredrik", "Emma", "Ola",
          "Helena", "Patrik", "Ida", "Stefan", "Malin", "Niklas", "Sofia", "Per", "Hanna", "Magnus",
          "Amira", "Ali", "Noor", "Hassan", "Leila", "Ahmed", "Zeynep", "Mehmet", "Aida", "Omar");
  private static final List<String> FAMILY =
      List.of(
          "Andersson",
          "Johansson",
          "Karlsson",
          "Nilsson",
          "Eriksson",
          "Larsson",
          "Olsson",
          "Persson",
          "Svensson",
          "Gustafsson",
          "Pettersson",
          "Jonsson",
          "Jansson",
          "Hansson",
          "Bengtsson",
          "Jönsson",
          "Carlsson",
          "Petersson",
          "Axelsson",
          "Berglund",
          "Sandberg",
          "Mohammed",
          "Ali",
          "Yilmaz",
          "Hussein",
          "Abdi",
          "Demir",
          "Ekström",
          "Håkansson",
          "Wallin");

  private static final LocalDate SINCE = LocalDate.of(2017, 1, 1);
  private static final LocalDate LEADERS_SINCE = LocalDate.of(2015, 8, 1);

  @Inject AsTenant asTenant;
  @Inject PeopleStore store;
  @Inject UnitStore units;
  @Inject TenantEntityManager tenantEm;

  private final List<Duty> duties = new java.util.ArrayList<>();

  void onDemo(@Observes DemoDataRequested demo) {
    for (TenantId tenant : demo.tenants()) {
      switch (tenant.value()) {
        case "botkyrka" -> asTenant.run(tenant, this::botkyrka);
        case "hassleholm" -> asTenant.run(tenant, this::hassleholm);
        default -> {}
      }
    }
  }

  private void botkyrka() {
    if (store.linkedTo(BOTKYRKA.get(0).username()).isPresent()) {
      return;
    }
    Map<String, UUID> unit = unitsByName();
    for (Demo d : BOTKYRKA) {
      Person p =
          new Person(
              "demo-" + d.username(),
              d.given(),
              d.family(),
              d.username(),
              d.username().replace(".botkyrka", "@botkyrka.se"));
      p.linkTo(d.username());
      tenantEm.get().persist(p);
      if (d.dutyRole() != null) {
        duty(p, unit.get(d.at()), d.dutyRole(), SINCE);
      }
    }
    int n = 0;
    for (Map.Entry<String, Integer> at : new java.util.TreeMap<>(BOTKYRKA_TEACHERS).entrySet()) {
      String role = at.getKey().endsWith("förskola") ? "Förskollärare" : "Lärare";
      for (int i = 0; i < at.getValue(); i++, n++) {
        Person p = person("demo-botkyrka-" + n, n, "botkyrka.se");
        duty(p, unit.get(at.getKey()), role, SINCE);
      }
    }
    writeDuties();
  }

  private void hassleholm() {
    if (store.page(null, 0, 1).size() > 0) {
      return;
    }
    int n = 7; // other names than Botkyrka's first teachers
    for (Map.Entry<String, UUID> at : unitsByName().entrySet()) {
      String name = at.getKey();
      String role =
          name.contains("förskola")
              ? "Förskolechef"
              : name.contains("skola") || name.endsWith("skolan") ? "Rektor" : null;
      if (role == null || name.equals("Förskola") || name.equals("Grundskola")) {
        continue;
      }
      Person p = person("demo-hassleholm-" + n, n, "hassleholm.se");
      duty(p, at.getValue(), role, LEADERS_SINCE);
      n += 3;
    }
    writeDuties();
  }

  private Person person(String externalId, int n, String domain) {
    String given = GIVEN.get(n % GIVEN.size());
    String family = FAMILY.get((n * 7 + n / GIVEN.size()) % FAMILY.size());
    Person p =
        new Person(
            externalId,
            given,
            family,
            null,
            (given + "." + family + n + "@" + domain)
                .toLowerCase(java.util.Locale.ROOT)
                .replace('å', 'a')
                .replace('ä', 'a')
                .replace('ö', 'o'));
    tenantEm.get().persist(p);
    return p;
  }

  /**
   * Written after the people (duties name their person by id only, so EclipseLink does not order
   * the inserts itself).
   */
  private void duty(Person p, UUID unitId, String role, LocalDate since) {
    duties.add(new Duty("duty-" + p.externalId(), p.id(), unitId, role, since, null));
  }

  private void writeDuties() {
    tenantEm.get().flush();
    duties.forEach(tenantEm.get()::persist);
    duties.clear();
  }

  /** The open units by name; the root also under "". */
  private Map<String, UUID> unitsByName() {
    Unit root = units.root().orElseThrow();
    Map<String, UUID> byName =
        units.subtree(root, false).stream()
            .collect(Collectors.toMap(Unit::name, Unit::id, (a, b) -> a, java.util.TreeMap::new));
    byName.put(ROOT, root.id());
    return byName;
  }
}
