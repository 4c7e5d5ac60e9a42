package se.styrkedja.plans.cycle.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class DeadlineTest {

  @Test
  void aSchoolYearRunsFromJulyToJune() {
    assertEquals("2025/26", Deadline.schoolYearOf(LocalDate.of(2025, 7, 1)));
    assertEquals("2025/26", Deadline.schoolYearOf(LocalDate.of(2026, 6, 30)));
    assertEquals("2026/27", Deadline.schoolYearOf(LocalDate.of(2026, 7, 1)));
    assertEquals("2099/00", Deadline.schoolYearOf(LocalDate.of(2100, 1, 15)));
  }

  @Test
  void aDayOfTheSchoolYearFallsInItsFirstOrSecondYear() {
    String year = Deadline.schoolYearOf(LocalDate.of(2025, 11, 3));
    assertEquals(LocalDate.of(2025, 9, 30), Deadline.dateIn(year, MonthDay.of(9, 30)));
    assertEquals(LocalDate.of(2026, 1, 31), Deadline.dateIn(year, MonthDay.of(1, 31)));
  }
}
