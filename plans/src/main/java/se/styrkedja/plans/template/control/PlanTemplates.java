package se.styrkedja.plans.template.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.persistence.TenantEntityManager;
import se.styrkedja.core.problem.StaleVersion;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.plans.api.PlansProblemCode;
import se.styrkedja.plans.plan.control.InvalidPlan;
import se.styrkedja.plans.plan.control.Plans;
import se.styrkedja.plans.plan.entity.Activity;
import se.styrkedja.plans.plan.entity.Plan;
import se.styrkedja.plans.template.entity.PlanTemplate;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.api.Target;

/**
 * Plan templates, and the two ways a plan starts from another: from a template, or as a copy of
 * last year's plan. A new plan is made through {@link Plans}, so it meets every rule a plan written
 * by hand meets (the unit's lead starts it, its activities fit the adopted strategy).
 */
@ApplicationScoped
@Transactional
public class PlanTemplates {

  @Inject TenantEntityManager tenantEm;
  @Inject Plans plans;
  @Inject AccessPolicy access;
  @Inject TenantContext tenant;
  @Inject OrganisationTree tree;
  @Inject CallerContext caller;
  @Inject Audit audit;
  @Inject Clock clock;

  public List<PlanTemplate> list() {
    return tenantEm
        .get()
        .createQuery("select t from PlanTemplate t order by t.name", PlanTemplate.class)
        .getResultList();
  }

  public PlanTemplate get(UUID id) {
    return find(id);
  }

  public List<TemplateActivity> activities(PlanTemplate template) {
    return TemplateActivity.fromJson(template.activities());
  }

  /** A template made of a plan's activities, by the administration or the municipality admin. */
  public PlanTemplate createFrom(String name, String description, UUID planId) {
    requireAuthor();
    Plans.WholePlan source = plans.get(planId);
    boolean taken =
        !tenantEm
            .get()
            .createQuery("select t.id from PlanTemplate t where t.name = :name", UUID.class)
            .setParameter("name", name)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new InvalidPlan(
          "name", PlansProblemCode.TEMPLATE_NAME_TAKEN, "a template of that name exists");
    }
    PlanTemplate template =
        new PlanTemplate(
            name,
            description,
            TemplateActivity.toJson(
                source.activities().stream().map(a -> TemplateActivity.of(a.content())).toList()),
            caller.actor(),
            now());
    tenantEm.get().persist(template);
    tenantEm.get().flush();
    audit.wrote("plans.template.created", "plan-template", template.id());
    return template;
  }

  public void delete(UUID id, long version) {
    requireAuthor();
    PlanTemplate template = find(id);
    if (template.version() != version) {
      throw new StaleVersion(
          PlansProblemCode.TEMPLATE_STALE_VERSION,
          "Template",
          template.name(),
          version,
          template.version());
    }
    tenantEm.get().remove(template);
    audit.wrote("plans.template.deleted", "plan-template", id);
  }

  /** A unit's new plan with the template's activities, owned by its lead, over the school year. */
  public Plan startFrom(UUID templateId, Plans.NewPlan n) {
    PlanTemplate template = find(templateId);
    Plan plan = plans.create(n);
    LocalDate starts = LocalDate.of(Integer.parseInt(n.schoolYear().substring(0, 4)), 8, 15);
    LocalDate due = starts.plusYears(1).withMonth(6).withDayOfMonth(15);
    for (TemplateActivity a : activities(template)) {
      plans.addActivity(
          plan.id(),
          new Activity.Content(
              a.priorityAreaId(),
              a.goalIds(),
              a.title(),
              a.description(),
              a.targetLevels(),
              List.of(),
              a.targetNote(),
              caller.actor(),
              starts,
              due,
              a.successCriteria()));
    }
    return plan;
  }

  /**
   * Next year's plan as a copy of this one: same unit, activities and owners, dates moved by the
   * years between, every activity planned again.
   */
  public Plan copy(UUID planId, String schoolYear) {
    Plans.WholePlan source = plans.get(planId);
    Plan from = source.plan();
    Plans.requireSchoolYear(schoolYear);
    int years =
        Integer.parseInt(schoolYear.substring(0, 4))
            - Integer.parseInt(from.schoolYear().substring(0, 4));
    Plan plan =
        plans.create(
            new Plans.NewPlan(
                from.kind(),
                schoolYear,
                from.unitId(),
                from.title().replace(from.schoolYear(), schoolYear),
                from.summary()));
    for (Activity a : source.activities()) {
      Activity.Content c = a.content();
      plans.addActivity(
          plan.id(),
          new Activity.Content(
              c.priorityAreaId(),
              c.goalIds(),
              c.title(),
              c.description(),
              c.targetLevels(),
              c.targetUnitIds(),
              c.targetNote(),
              c.owner(),
              c.startsOn().plusYears(years),
              c.dueOn().plusYears(years),
              c.successCriteria()));
    }
    return plan;
  }

  private PlanTemplate find(UUID id) {
    PlanTemplate template = tenantEm.get().find(PlanTemplate.class, id);
    if (template == null) {
      throw new TemplateNotFound(id);
    }
    return template;
  }

  /** The municipality admin, or the administration at the root of the tree. */
  private void requireAuthor() {
    if (!plans.writesTemplates()) {
      access.require(Action.CONFIGURE, Target.tenantWide(tenant.require()), "write a template");
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
