package se.styrkedja.plans.cycle.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.UUID;
import se.styrkedja.core.persistence.TenantOwned;

/**
 * A recurring deadline of the school year, on a day of a month: local plans due 30 September,
 * follow-ups 31 January and 15 June.
 */
@Entity
@Table(name = "plan_deadline")
public class Deadline extends TenantOwned {

  /** The school year starts in July: 2025/26 runs from 1 July 2025 to 30 June 2026. */
  public static final int FIRST_MONTH = 7;

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private DeadlineKind kind;

  @Column(name = "due_month", nullable = false)
  private int month;

  @Column(name = "due_day", nullable = false)
  private int day;

  @Column(nullable = false, length = 200)
  private String label;

  @Version private long version;

  protected Deadline() {}

  public Deadline(DeadlineKind kind, MonthDay on, String label) {
    this.id = UUID.randomUUID();
    this.kind = kind;
    this.month = on.getMonthValue();
    this.day = on.getDayOfMonth();
    this.label = label;
  }

  /** The date in a school year ("2025/26"); 29 February falls on the 28th in other years. */
  public static LocalDate dateIn(String schoolYear, MonthDay on) {
    int first = Integer.parseInt(schoolYear.substring(0, 4));
    int year = on.getMonthValue() >= FIRST_MONTH ? first : first + 1;
    return on.atYear(year);
  }

  /** The school year a day falls in: 2026-06-30 in 2025/26, 2026-07-01 in 2026/27. */
  public static String schoolYearOf(LocalDate day) {
    int first = day.getMonthValue() >= FIRST_MONTH ? day.getYear() : day.getYear() - 1;
    return first + "/" + String.format("%02d", (first + 1) % 100);
  }

  public LocalDate dateIn(String schoolYear) {
    return dateIn(schoolYear, on());
  }

  public DeadlineKind kind() {
    return kind;
  }

  public MonthDay on() {
    return MonthDay.of(month, day);
  }

  public String label() {
    return label;
  }
}
