package se.styrkedja.plans.inbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.plans.cycle.control.AnnualCycle;
import se.styrkedja.plans.cycle.entity.DeadlineKind;
import se.styrkedja.plans.plan.control.PlanStore;
import se.styrkedja.plans.plan.entity.Plan;
import se.styrkedja.plans.plan.entity.PlanStatus;
import se.styrkedja.plans.plan.entity.PlanTransition;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.api.Target;
import se.styrkedja.tenant.api.UnitInfo;

/** What waits for the caller. */
@ApplicationScoped
@Transactional
public class Inbox {

  /** How long a decision on one's plan stays in the inbox. */
  static final int DECISION_DAYS = 30;

  /** How long before a follow-up deadline it shows as coming up. */
  static final int FOLLOW_UP_NOTICE_DAYS = 30;

  @Inject PlanStore plans;
  @Inject AccessPolicy access;
  @Inject CallerContext caller;
  @Inject TenantContext tenant;
  @Inject OrganisationTree tree;
  @Inject AnnualCycle cycle;
  @Inject Clock clock;

  /** Why a plan is in the inbox. */
  public enum Reason {
    /** Submitted: the caller is the level above and decides. */
    APPROVE,
    /** Returned with a comment: the caller leads the unit and revises it. */
    REVISE,
    /** Approved: the caller leads the unit and starts it. */
    START,
    /** A follow-up round is due soon or overdue for a plan the caller's unit runs. */
    FOLLOW_UP,
    /** Decided on (approved or returned) recently: the caller submitted it. */
    DECIDED
  }

  /** One item. */
  public record Item(
      Reason reason,
      Plan plan,
      String unitName,
      OffsetDateTime since,
      String by,
      String comment,
      Optional<LocalDate> due) {}

  /**
   * Asked on every page of the web app (the menu's count), so it reads each thing once: the plans
   * that may wait for someone, their last steps, the follow-up rounds written, the caller's levels
   * per unit, and the decision rights per unit and level.
   */
  public List<Item> items() {
    String me = caller.actor();
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    LocalDate today = Clocks.today(clock);
    List<Plan> candidates =
        plans.withStatus(
            List.of(
                PlanStatus.SUBMITTED, PlanStatus.RETURNED, PlanStatus.APPROVED, PlanStatus.ACTIVE));
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = candidates.stream().map(Plan::id).toList();
    Map<UUID, PlanTransition> lastStep = new HashMap<>();
    for (PlanTransition t :
        plans.recentSteps(
            ids,
            List.of(PlanStatus.SUBMITTED, PlanStatus.RETURNED, PlanStatus.APPROVED),
            now.minusYears(1))) {
      lastStep.putIfAbsent(t.planId(), t); // newest first
    }
    Map<UUID, String> levels = access.levelsAt();
    Map<String, Boolean> decides = new HashMap<>();
    List<AnnualCycle.Entry> rounds =
        cycle.entries().stream().filter(e -> e.kind() == DeadlineKind.FOLLOW_UP).toList();
    Map<UUID, java.util.Set<LocalDate>> followedUp = plans.followUpRounds(ids);
    List<Item> items = new ArrayList<>();
    for (Plan plan : candidates) {
      int before = items.size();
      Optional<PlanTransition> step = Optional.ofNullable(lastStep.get(plan.id()));
      boolean mine =
          plan.createdBy().equals(me) || plan.submittedBy().map(me::equals).orElse(false);
      boolean leads = plan.writtenAtLevel().equals(levels.get(plan.unitId()));
      switch (plan.status()) {
        case SUBMITTED -> {
          if (!mine
              && decides.computeIfAbsent(
                  plan.unitId() + "/" + plan.writtenAtLevel(),
                  k ->
                      access.may(
                          Action.APPROVE,
                          Target.writtenAt(
                              tenant.require(), plan.unitId(), plan.writtenAtLevel())))) {
            items.add(item(Reason.APPROVE, plan, step, Optional.empty()));
          }
        }
        case RETURNED -> {
          if (leads) {
            items.add(item(Reason.REVISE, plan, step, Optional.empty()));
          }
        }
        case APPROVED -> {
          if (leads) {
            items.add(item(Reason.START, plan, step, Optional.empty()));
          }
        }
        case ACTIVE -> {
          if (leads) {
            Set<LocalDate> written = followedUp.getOrDefault(plan.id(), Set.of());
            rounds.stream()
                .map(e -> e.dateIn(plan.schoolYear()))
                .filter(due -> !due.isAfter(today.plusDays(FOLLOW_UP_NOTICE_DAYS)))
                .filter(due -> !written.contains(due))
                .min(Comparator.naturalOrder())
                .ifPresent(
                    due ->
                        items.add(
                            item(Reason.FOLLOW_UP, plan, Optional.empty(), Optional.of(due))));
          }
        }
        default -> {}
      }
      // One item per plan: a decision the caller must act on (revise, start) says all that
      // "decided" would, so the plan is listed (and counted in the menu) once.
      if (items.size() == before
          && plan.submittedBy().map(me::equals).orElse(false)
          && plan.decidedAt().map(d -> d.isAfter(now.minusDays(DECISION_DAYS))).orElse(false)
          && step.map(t -> t.to() != PlanStatus.SUBMITTED).orElse(false)) {
        items.add(item(Reason.DECIDED, plan, step, Optional.empty()));
      }
    }
    items.sort(
        Comparator.comparing((Item i) -> i.since() == null ? OffsetDateTime.MIN : i.since())
            .reversed());
    return items;
  }

  private Item item(
      Reason reason, Plan plan, Optional<PlanTransition> step, Optional<LocalDate> due) {
    return new Item(
        reason,
        plan,
        tree.find(plan.unitId()).map(UnitInfo::name).orElse(""),
        step.map(PlanTransition::actedAt).orElse(plan.updatedAt()),
        step.map(PlanTransition::actor).orElse(plan.updatedBy()),
        step.map(PlanTransition::remark).orElse(""),
        due);
  }
}
