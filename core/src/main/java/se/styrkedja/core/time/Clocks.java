package se.styrkedja.core.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one clock of the application, so that tests can fix time, and the one time zone: the
 * municipalities are Swedish, so "today" (a deadline, the first day of an assignment) is today in
 * Sweden.
 */
@ApplicationScoped
public class Clocks {

  /** Sweden's time zone, in which every day of the platform begins and ends. */
  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  /** Today in Sweden by {@code clock}. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(SWEDEN));
  }

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
