package se.styrkedja.tenant.role.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkedja.core.tenant.TenantId;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.Target;

/**
 * The access rules as a matrix: role level x action x inside or outside the caller's subtree x own
 * or other tenant. Each row is written out, so a change of rule shows as a change of this table.
 */
class AccessRulesTest {

  private static final TenantId BOTKYRKA = new TenantId("botkyrka");
  private static final TenantId HASSLEHOLM = new TenantId("hassleholm");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  // Utbildningsförvaltningen (R) -> Grundskola (A) -> Storvretsskolan (S)
  //                              -> Förskola (P)   -> Tumba förskola (F)
  private static final UUID R = UUID.randomUUID();
  private static final UUID A = UUID.randomUUID();
  private static final UUID S = UUID.randomUUID();
  private static final UUID P = UUID.randomUUID();
  private static final UUID F = UUID.randomUUID();
  private static final Map<UUID, UUID> PARENT = Map.of(A, R, S, A, P, R, F, P);

  private static final AccessRules.Subtrees TREE =
      (unit, ancestor) -> {
        for (UUID u = unit; u != null; u = PARENT.get(u)) {
          if (u.equals(ancestor)) {
            return true;
          }
        }
        return false;
      };

  /** One person per role level, each with the assignment that level typically has. */
  private static final Map<String, Assignment> PEOPLE = new LinkedHashMap<>();

  static {
    PEOPLE.put("politiker", new Assignment("politiker", null, TODAY.minusYears(1), null));
    PEOPLE.put("forvaltning", new Assignment("forvaltning", R, TODAY.minusYears(1), null));
    PEOPLE.put("rektor", new Assignment("rektor", S, TODAY.minusYears(1), null));
    PEOPLE.put("forskolechef", new Assignment("forskolechef", F, TODAY.minusYears(1), null));
    PEOPLE.put("larare", new Assignment("larare", S, TODAY.minusYears(1), null));
    PEOPLE.put("it", new Assignment("it", R, TODAY.minusYears(1), null));
    PEOPLE.put("admin", new Assignment("admin", null, TODAY.minusYears(1), null));
  }

  private static final List<String> LEVELS = new ArrayList<>(PEOPLE.keySet());

  /** Targets in Botkyrka, by name. */
  private static final Map<String, Target> TARGETS = new LinkedHashMap<>();

  static {
    TARGETS.put("school S", Target.unit(BOTKYRKA, S));
    TARGETS.put("preschool F", Target.unit(BOTKYRKA, F));
    TARGETS.put("administration R", Target.unit(BOTKYRKA, R));
    TARGETS.put("principal's plan at S", Target.writtenAt(BOTKYRKA, S, "rektor"));
    TARGETS.put("preschool head's plan at F", Target.writtenAt(BOTKYRKA, F, "forskolechef"));
    TARGETS.put("administration's plan at R", Target.writtenAt(BOTKYRKA, R, "forvaltning"));
    TARGETS.put("teacher's work at S", Target.writtenAt(BOTKYRKA, S, "larare"));
    TARGETS.put("the municipality", Target.tenantWide(BOTKYRKA));
  }

  /**
   * Who may, per action and target, in the order of {@link #LEVELS}: politiker, forvaltning,
   * rektor, forskolechef, larare, it, admin. {@code x} may, {@code .} may not.
   */
  private static final String[][] MATRIX = {
    {"READ", "school S", "xxx.xxx"},
    {"READ", "preschool F", "xx.x.xx"},
    {"READ", "administration R", "xx...xx"},
    {"READ", "the municipality", "x.....x"},
    {"WRITE", "school S", "..x.x.."},
    {"WRITE", "preschool F", "...x..."},
    {"WRITE", "administration R", ".x....."},
    {"WRITE", "the municipality", "......."},
    {"APPROVE", "principal's plan at S", ".x....."},
    {"APPROVE", "preschool head's plan at F", ".x....."},
    {"APPROVE", "administration's plan at R", "x......"},
    {"APPROVE", "teacher's work at S", "..x...."},
    {"APPROVE", "school S", "......."},
    {"CONFIGURE", "the municipality", "......x"},
    {"CONFIGURE", "school S", "......x"},
  };

  @Test
  void theMatrixInsideTheCallersTenant() {
    List<String> wrong = new ArrayList<>();
    for (String[] row : MATRIX) {
      Action action = Action.valueOf(row[0]);
      Target target = TARGETS.get(row[1]);
      for (int i = 0; i < LEVELS.size(); i++) {
        boolean expected = row[2].charAt(i) == 'x';
        boolean actual = may(BOTKYRKA, PEOPLE.get(LEVELS.get(i)), action, target);
        if (expected != actual) {
          wrong.add(LEVELS.get(i) + " " + action + " " + row[1] + ": expected " + expected);
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void nothingOfAnotherTenantWhateverTheLevelActionOrUnit() {
    for (String level : LEVELS) {
      for (Action action : Action.values()) {
        for (Target target : TARGETS.values()) {
          assertFalse(
              may(HASSLEHOLM, PEOPLE.get(level), action, target),
              level + " of Hässleholm " + action + " " + target);
          Target sameIdsOtherTenant =
              new Target(HASSLEHOLM, target.unit(), target.writtenAtLevel());
          assertFalse(
              may(BOTKYRKA, PEOPLE.get(level), action, sameIdsOtherTenant),
              level + " of Botkyrka " + action + " in Hässleholm");
        }
      }
    }
  }

  @Test
  void anAssignmentCountsOnlyDuringItsPeriod() {
    Assignment ended = new Assignment("rektor", S, TODAY.minusYears(2), TODAY.minusDays(1));
    Assignment notYet = new Assignment("rektor", S, TODAY.plusDays(1), null);
    for (Assignment a : List.of(ended, notYet)) {
      assertFalse(may(BOTKYRKA, a, Action.READ, Target.unit(BOTKYRKA, S)));
      assertFalse(may(BOTKYRKA, a, Action.WRITE, Target.unit(BOTKYRKA, S)));
    }
  }

  @Test
  void aTenantCanRenameAndReorderItsChain() {
    // A tenant with an extra level between administration and principals (områdeschef).
    Chain chain =
        new Chain(
            List.of(
                new Level("politiker", "Nämnd", 0),
                new Level("forvaltning", "Förvaltningsledning", 1),
                new Level("omradeschef", "Områdeschef", 2),
                new Level("rektor", "Rektor", 3)));
    Assignment area = new Assignment("omradeschef", A, TODAY.minusYears(1), null);
    Assignment administration = new Assignment("forvaltning", R, TODAY.minusYears(1), null);
    Target plan = Target.writtenAt(BOTKYRKA, S, "rektor");
    assertEquals(
        true, AccessRules.may(BOTKYRKA, List.of(area), chain, TREE, TODAY, Action.APPROVE, plan));
    assertEquals(
        false,
        AccessRules.may(
            BOTKYRKA, List.of(administration), chain, TREE, TODAY, Action.APPROVE, plan));
  }

  private static boolean may(TenantId tenant, Assignment a, Action action, Target target) {
    return AccessRules.may(tenant, List.of(a), Chain.standard(), TREE, TODAY, action, target);
  }
}
