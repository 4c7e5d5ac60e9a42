package se.styrkedja.tenant.unit.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.styrkedja.core.problem.DomainProblem;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.api.UnitType;
import se.styrkedja.tenant.unit.entity.Unit;
import se.styrkedja.tenant.unit.entity.UnitPaths;

class UnitRulesTest {

  private static final LocalDate OPENED = LocalDate.of(2017, 1, 1);

  private final Unit root = unit(UnitType.ADMINISTRATION, "Utbildningsförvaltningen", null);
  private final Unit forskola = unit(UnitType.SCHOOL_FORM_AREA, "Förskola", root);
  private final Unit tumba = unit(UnitType.PRESCHOOL_UNIT, "Tumba förskola", forskola);
  private final Unit grundskola = unit(UnitType.SCHOOL_FORM_AREA, "Grundskola", root);

  @Test
  void aUnitMovesUnderAnotherOpenUnitOutsideItsSubtree() {
    assertDoesNotThrow(() -> UnitRules.requireMovable(tumba, grundskola, 0));
    assertDoesNotThrow(() -> UnitRules.requireMovable(forskola, grundskola, 1));
  }

  @Test
  void aUnitCannotMoveUnderItselfOrItsOwnSubtree() {
    assertField(
        "tenant.unit.into-own-subtree",
        "parentId",
        assertThrows(
            TreeConflict.IntoOwnSubtree.class, () -> UnitRules.requireMovable(forskola, tumba, 1)));
    assertThrows(
        TreeConflict.IntoOwnSubtree.class, () -> UnitRules.requireMovable(forskola, forskola, 1));
  }

  @Test
  void theRootCannotMove() {
    assertThrows(
        TreeConflict.RootCannotMove.class, () -> UnitRules.requireMovable(root, grundskola, 2));
  }

  @Test
  void aClosedUnitTakesNoUnitsAndDoesNotMove() {
    grundskola.close(LocalDate.of(2025, 6, 30));
    assertField(
        "tenant.unit.parent-closed",
        "parentId",
        assertThrows(
            TreeConflict.ParentClosed.class, () -> UnitRules.requireMovable(tumba, grundskola, 0)));
    assertThrows(TreeConflict.ParentClosed.class, () -> UnitRules.requireCanTakeChild(grundskola));
    assertThrows(
        TreeConflict.UnitClosed.class, () -> UnitRules.requireMovable(grundskola, forskola, 0));
  }

  @Test
  void aMoveMustNotNestTheTreeDeeperThanItMayGo() {
    assertDoesNotThrow(
        () -> UnitRules.requireMovable(forskola, grundskola, UnitPaths.MAX_DEPTH - 2));
    assertThrows(
        TreeConflict.TooDeep.class,
        () -> UnitRules.requireMovable(forskola, grundskola, UnitPaths.MAX_DEPTH - 1));
  }

  @Test
  void aUnitClosesOnlyWithoutOpenUnitsUnderItAndNotBeforeItOpened() {
    DomainProblem children =
        assertThrows(
            TreeConflict.OpenChildren.class,
            () ->
                UnitRules.requireClosable(
                    forskola, LocalDate.of(2025, 6, 30), List.of("Tumba förskola")));
    assertEquals(DomainProblem.Kind.CONFLICT, children.kind());
    assertEquals(true, children.detail().contains("Tumba förskola"));

    assertField(
        "tenant.unit.invalid",
        "closedOn",
        assertThrows(
            InvalidUnit.class,
            () -> UnitRules.requireClosable(tumba, OPENED.minusDays(1), List.of())));
    assertDoesNotThrow(() -> UnitRules.requireClosable(tumba, OPENED, List.of()));
  }

  @Test
  void onlySchoolAndPreschoolUnitsHaveASchoolUnitCode() {
    assertDoesNotThrow(
        () -> UnitRules.requireFit(UnitType.SCHOOL_UNIT, "12345678", Set.of(SchoolType.GR)));
    InvalidUnit refused =
        assertThrows(
            InvalidUnit.class,
            () -> UnitRules.requireFit(UnitType.DEPARTMENT, "12345678", Set.of(SchoolType.GR)));
    assertEquals(
        List.of("schoolUnitCode", "schoolForms"),
        refused.errors().stream().map(FieldError::field).toList());
  }

  private static void assertField(String code, String field, DomainProblem problem) {
    assertEquals(code, problem.code());
    assertEquals(List.of(field), problem.errors().stream().map(FieldError::field).toList());
  }

  private static Unit unit(UnitType type, String name, Unit parent) {
    return new Unit(UUID.randomUUID(), type, name, null, Set.of(), parent, OPENED);
  }
}
