package se.styrkedja.tenant.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One card of the home page. The web app names it by {@code kind} (its title and texts are the
 * app's messages {@code home.card.<kind>...}); the server sends codes and the data's own words (a
 * plan's title, a priority area's name), never sentences.
 *
 * @param kind what the card is, such as {@code waiting} or {@code strategy-progress}
 * @param order where it goes on the page, smallest first
 * @param href where the card as a whole leads (a page of the web app, {@code #/uppfoljning}), or
 *     null
 * @param items things to act on or know, in the order to show them
 * @param figures counts, each with its code ({@code UNITS}, {@code WITH_APPROVED_PLAN}, ...)
 * @param series counts per named thing (a priority area), each broken down by code
 */
public record HomeCard(
    String kind,
    int order,
    String href,
    List<Item> items,
    List<Figure> figures,
    List<Series> series) {

  public HomeCard {
    Objects.requireNonNull(kind, "kind");
    items = List.copyOf(items);
    figures = List.copyOf(figures);
    series = List.copyOf(series);
  }

  /**
   * Something to act on or to know.
   *
   * @param code why it is here ({@code APPROVE}, {@code FOLLOW_UP}, a deadline's kind, ...)
   * @param title what it is, in the data's own words (a plan's title, a deadline's label)
   * @param detail more of it (the unit), or null
   * @param href a deep link into the web app ({@code #/handlingsplaner/<id>}), or null
   * @param date when it falls due or happened, or null
   * @param status the status of what it is about (a plan's or an activity's), or null
   * @param late whether it is past its date and not done
   */
  public record Item(
      String code,
      String title,
      String detail,
      String href,
      LocalDate date,
      String status,
      boolean late) {}

  /** A count, and what it is a part of when it is one ({@code 2} of {@code 8} units). */
  public record Figure(String code, long value, Long total) {}

  /** Counts for a named thing, by code: a priority area's activities done, on track, late. */
  public record Series(String label, String href, Map<String, Long> counts) {
    public Series {
      counts = Map.copyOf(counts);
    }
  }
}
