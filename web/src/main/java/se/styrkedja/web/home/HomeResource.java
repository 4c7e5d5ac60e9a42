package se.styrkedja.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.tenant.api.HomeCard;
import se.styrkedja.tenant.api.HomeCards;

/** The caller's home page: the cards of every module, in their order. */
@Path("home")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The signed-in person")
public class HomeResource {

  @Inject @Any Instance<HomeCards> providers;
  @Inject Clock clock;

  /** The home page of the caller, as of today. */
  public record HomeView(
      @Schema(description = "Today in Sweden") LocalDate today,
      @Schema(description = "The school year of today, such as 2026/27") String schoolYear,
      List<CardView> cards) {}

  /** One card; the web app names it by its kind (messages home.card.<kind>). */
  @Schema(name = "HomeCardView")
  public record CardView(
      @Schema(
              description =
                  "waiting, deadlines, strategy-progress, plan-coverage, unit-plan, my-activities,"
                      + " organisation, municipalities (more as modules add theirs)")
          String kind,
      int order,
      @Schema(nullable = true) String href,
      List<ItemView> items,
      List<FigureView> figures,
      List<SeriesView> series) {}

  /** Something to act on or to know, with a deep link into the web app. */
  @Schema(name = "HomeItemView")
  public record ItemView(
      String code,
      String title,
      @Schema(nullable = true) String detail,
      @Schema(nullable = true) String href,
      @Schema(nullable = true) LocalDate date,
      @Schema(nullable = true) String status,
      boolean late) {}

  /** A count, and what it is a part of. */
  @Schema(name = "HomeFigureView")
  public record FigureView(String code, long value, @Schema(nullable = true) Long total) {}

  /** Counts for a named thing (a priority area) by code. */
  @Schema(name = "HomeSeriesView")
  public record SeriesView(
      String label, @Schema(nullable = true) String href, Map<String, Long> counts) {}

  @GET
  @Operation(
      operationId = "getHome",
      summary = "What waits for the caller, what falls due, and the figures their level follows")
  public HomeView home() {
    List<HomeCard> cards = new ArrayList<>();
    for (HomeCards provider : providers) {
      cards.addAll(provider.cards());
    }
    cards.sort(Comparator.comparingInt(HomeCard::order));
    LocalDate today = Clocks.today(clock);
    return new HomeView(
        today,
        schoolYearOf(today),
        cards.stream()
            .map(
                c ->
                    new CardView(
                        c.kind(),
                        c.order(),
                        c.href(),
                        c.items().stream()
                            .map(
                                i ->
                                    new ItemView(
                                        i.code(),
                                        i.title(),
                                        i.detail(),
                                        i.href(),
                                        i.date(),
                                        i.status(),
                                        i.late()))
                            .toList(),
                        c.figures().stream()
                            .map(f -> new FigureView(f.code(), f.value(), f.total()))
                            .toList(),
                        c.series().stream()
                            .map(s -> new SeriesView(s.label(), s.href(), s.counts()))
                            .toList()))
            .toList());
  }

  /** The school year starts on 1 July: 2026-12-02 is in 2026/27. */
  static String schoolYearOf(LocalDate day) {
    int first = day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1;
    return first + "/" + String.format("%02d", (first + 1) % 100);
  }
}
