package se.styrkedja.plans.inbox.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.styrkedja.plans.inbox.control.Inbox;
import se.styrkedja.plans.plan.entity.PlanStatus;
import se.styrkedja.tenant.api.PersonNames;

/** The caller's inbox: the plans that wait for them, newest first. */
@Path("inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class InboxResource {

  @Inject Inbox inbox;
  @Inject PersonNames names;

  /** One thing to do or to know. */
  public record ItemView(
      @Schema(implementation = Inbox.Reason.class) String reason,
      UUID planId,
      String planTitle,
      @Schema(implementation = PlanStatus.class) String planStatus,
      String schoolYear,
      UUID unitId,
      String unitName,
      OffsetDateTime since,
      @Schema(nullable = true) String by,
      @Schema(
              nullable = true,
              description = "Who, by name, when the municipality knows a person for it")
          String byName,
      @Schema(nullable = true) String comment,
      @Schema(nullable = true) LocalDate due) {}

  @GET
  @Operation(
      summary = "What waits for the caller",
      description =
          "APPROVE (submitted, you decide), REVISE (returned to you), START (approved),"
              + " FOLLOW_UP (a round is due), DECIDED (your plan was approved or returned).")
  public List<ItemView> items() {
    List<Inbox.Item> items = inbox.items();
    var known = names.of(items.stream().map(Inbox.Item::by).filter(Objects::nonNull).toList());
    return items.stream()
        .map(
            i ->
                new ItemView(
                    i.reason().name(),
                    i.plan().id(),
                    i.plan().title(),
                    i.plan().status().name(),
                    i.plan().schoolYear(),
                    i.plan().unitId(),
                    i.unitName(),
                    i.since(),
                    i.by(),
                    i.by() == null ? null : known.get(i.by()),
                    i.comment(),
                    i.due().orElse(null)))
        .toList();
  }
}
