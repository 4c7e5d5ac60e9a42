package se.styrkedja.competence.round.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.styrkedja.competence.instrument.control.FrozenVersion;
import se.styrkedja.competence.instrument.control.Instruments;
import se.styrkedja.competence.round.entity.RoundInvitation;
import se.styrkedja.competence.round.entity.RoundMode;
import se.styrkedja.competence.round.entity.RoundStatus;
import se.styrkedja.competence.round.entity.SurveyRound;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.problem.FieldError;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.core.time.Clocks;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.ChainOfGovernance;
import se.styrkedja.tenant.api.DutyDirectory;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.api.SchoolType;
import se.styrkedja.tenant.api.Target;
import se.styrkedja.tenant.api.UnitInfo;

/**
 * The use cases of a round's owner: open one, follow its response rates, remind, close it early.
 *
 * <p>Who may: the administration (the municipality admin, and those who write at the root of the
 * tree: the same who write instruments) opens a round for any target; a principal or preschool head
 * for a target within the subtree of a unit they lead. The owner of a round (the administration, or
 * whoever leads its owner unit or a unit above it) closes it and reminds; those who read its owner
 * unit and lead a part of the organisation (or the administration) see it and its counts, never who
 * answered.
 */
@ApplicationScoped
@Transactional
public class Rounds {

  static final String TARGET = "survey_round";

  /** The most units a round's target names (each with its whole subtree). */
  static final int MAX_TARGET_UNITS = 100;

  @Inject RoundStore store;
  @Inject Instruments instruments;
  @Inject Audit audit;
  @Inject CallerContext caller;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject OrganisationTree tree;
  @Inject ChainOfGovernance chain;
  @Inject DutyDirectory duties;

  /** What the caller may do with a round (sent as {@code allowed}). */
  public enum RoundAction {
    /** Close it before its closing day. */
    CLOSE,
    /** Remind those who have not answered. */
    REMIND
  }

  /** A round to be opened, as asked. */
  public record NewRound(
      UUID instrumentVersionId,
      String title,
      RoundMode mode,
      List<UUID> units,
      List<String> levels,
      List<String> schoolForms,
      LocalDate opensOn,
      LocalDate closesOn) {}

  /**
   * A round as its readers see it: its version, its target in names, status, counts and what the
   * caller may do.
   */
  public record Overview(
      SurveyRound round,
      FrozenVersion version,
      List<Named> units,
      List<Named> levels,
      RoundStatus status,
      long invited,
      long answered,
      List<RoundAction> allowed) {}

  /** A unit (its id) or a role level (its key) of a round's target, with its name. */
  public record Named(String key, String name) {}

  /** Invited and answered at one unit of the population. */
  public record UnitResponses(UUID unitId, String unitName, long invited, long answered) {}

  public Overview open(NewRound n) {
    Who who = who();
    boolean administration = who.administration();
    Set<UUID> led = who.led();
    if (!administration && led.isEmpty()) {
      access.require(Action.CONFIGURE, Target.tenantWide(tenant.require()), "open a survey round");
    }
    LocalDate today = today();
    List<FieldError> errors = new ArrayList<>();
    FrozenVersion version = null;
    if (n.instrumentVersionId() == null) {
      errors.add(new FieldError("instrumentVersionId", "is required"));
    } else {
      version = instruments.published(n.instrumentVersionId()).orElse(null);
      if (version == null) {
        errors.add(
            new FieldError("instrumentVersionId", "no published instrument version has this id"));
      }
    }
    String title = n.title() == null ? "" : n.title().strip();
    if (title.isEmpty()) {
      errors.add(new FieldError("title", "is required"));
    } else if (title.length() > 200) {
      errors.add(new FieldError("title", "at most 200 characters"));
    }
    if (n.mode() == null) {
      errors.add(new FieldError("mode", "is required (ANONYMOUS or CONFIDENTIAL)"));
    }
    if (n.opensOn() == null) {
      errors.add(new FieldError("opensOn", "is required"));
    } else if (n.opensOn().isBefore(today)) {
      errors.add(new FieldError("opensOn", "must be today (" + today + ") or later"));
    }
    if (n.closesOn() == null) {
      errors.add(new FieldError("closesOn", "is required"));
    } else if (n.closesOn().isBefore(today)) {
      errors.add(
          new FieldError("closesOn", "is in the past: must be today (" + today + ") or later"));
    } else if (n.opensOn() != null && n.closesOn().isBefore(n.opensOn())) {
      errors.add(new FieldError("closesOn", "is before opensOn (" + n.opensOn() + ")"));
    }
    List<UUID> units = n.units() == null ? List.of() : n.units();
    List<UnitInfo> targetUnits = new ArrayList<>();
    if (units.isEmpty()) {
      errors.add(new FieldError("target.unitIds", "name at least one unit"));
    } else if (units.size() > MAX_TARGET_UNITS) {
      errors.add(new FieldError("target.unitIds", "at most " + MAX_TARGET_UNITS + " units"));
    }
    for (int i = 0; i < units.size() && i < MAX_TARGET_UNITS; i++) {
      Optional<UnitInfo> unit = units.get(i) == null ? Optional.empty() : tree.find(units.get(i));
      if (unit.isEmpty()) {
        errors.add(new FieldError("target.unitIds[" + i + "]", "no such unit"));
      } else {
        targetUnits.add(unit.get());
      }
    }
    List<String> chainOrder =
        chain.levels().stream().map(ChainOfGovernance.ChainLevel::key).toList();
    List<String> levels = n.levels() == null ? List.of() : n.levels();
    if (levels.isEmpty()) {
      errors.add(new FieldError("target.levels", "name at least one role level"));
    }
    for (int i = 0; i < levels.size(); i++) {
      String level = levels.get(i);
      if (level == null || !chainOrder.contains(level)) {
        errors.add(
            new FieldError(
                "target.levels[" + i + "]",
                "the chain of governance has no level '" + level + "'"));
      } else if (version != null
          && version.content().items().noneMatch(item -> item.askedOf(level))) {
        errors.add(
            new FieldError(
                "target.levels[" + i + "]",
                "the instrument asks nothing of the level '" + level + "'"));
      }
    }
    List<String> forms = n.schoolForms() == null ? List.of() : n.schoolForms();
    Set<SchoolType> schoolForms = new HashSet<>();
    for (int i = 0; i < forms.size(); i++) {
      try {
        schoolForms.add(SchoolType.valueOf(forms.get(i)));
      } catch (IllegalArgumentException | NullPointerException e) {
        errors.add(
            new FieldError(
                "target.schoolForms[" + i + "]",
                "no school form '" + forms.get(i) + "' in SS 12000"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRound(errors);
    }
    UUID owner = ownerFor(administration, led, targetUnits);
    Map<UUID, UnitInfo> all = new HashMap<>();
    Map<UUID, UnitInfo> byId =
        tree.units().stream().collect(Collectors.toMap(UnitInfo::id, u -> u));
    for (UnitInfo u : targetUnits) {
      for (UUID id : tree.subtree(u.id())) {
        Optional.ofNullable(byId.get(id)).ifPresent(info -> all.put(id, info));
      }
    }
    List<String> orderedLevels =
        chainOrder.stream().filter(new LinkedHashSet<>(levels)::contains).toList();
    List<Population.Invitee> invitees =
        Population.of(duties.inForce(today, all.keySet()), all, orderedLevels, schoolForms);
    if (invitees.isEmpty()) {
      throw new InvalidRound(
          "target",
          "nobody has a duty in force at these units, at these levels"
              + (schoolForms.isEmpty() ? "" : " and school forms")
              + ": the round would have nobody to ask");
    }
    OffsetDateTime now = now();
    SurveyRound round =
        new SurveyRound(
            version.id(),
            title,
            n.mode(),
            owner,
            targetUnits.stream().map(UnitInfo::id).distinct().toList(),
            orderedLevels,
            schoolForms.stream().sorted().map(Enum::name).toList(),
            n.opensOn(),
            n.closesOn(),
            caller.actor(),
            now);
    store.add(round);
    store.flush();
    for (Population.Invitee i : invitees) {
      store.add(
          new RoundInvitation(round.id(), i.personId(), i.unitId(), i.level(), i.schoolForm()));
    }
    store.flush();
    audit.wrote("competence.round.opened", TARGET, round.id());
    return overview(who, round, version, today, new RoundStore.Counts(invitees.size(), 0));
  }

  /** The rounds the caller reads, the latest to close first. */
  public List<Overview> list() {
    Who who = who();
    boolean administration = who.administration();
    if (!administration && !leadsAnywhere()) {
      access.requireAnyLevel("read survey rounds");
      return List.of();
    }
    Map<UUID, RoundStore.Counts> counts = store.counts();
    Map<UUID, FrozenVersion> versions = new HashMap<>();
    LocalDate today = today();
    List<Overview> out = new ArrayList<>();
    for (SurveyRound r : store.list()) {
      if (!administration
          && !access.may(Action.READ, Target.unit(tenant.require(), r.ownerUnitId()))) {
        continue;
      }
      FrozenVersion v = versions.computeIfAbsent(r.instrumentVersionId(), instruments::frozen);
      out.add(overview(who, r, v, today, counts.getOrDefault(r.id(), RoundStore.Counts.NONE)));
    }
    return out;
  }

  public Overview get(UUID id) {
    Who who = who();
    SurveyRound r = readable(who, id);
    return overview(who, r, instruments.frozen(r.instrumentVersionId()), today(), store.counts(id));
  }

  private Overview overview(
      Who who, SurveyRound r, FrozenVersion v, LocalDate today, RoundStore.Counts c) {
    List<Named> units =
        r.targetUnitIds().stream()
            .map(u -> new Named(u.toString(), tree.find(u).map(UnitInfo::name).orElse("")))
            .toList();
    List<Named> levels =
        r.targetLevels().stream()
            .map(
                l -> new Named(l, chain.level(l).map(ChainOfGovernance.ChainLevel::name).orElse(l)))
            .toList();
    return new Overview(
        r,
        v,
        units,
        levels,
        r.statusOn(today),
        c.invited(),
        c.answered(),
        allowed(who, r, today, c.invited(), c.answered()));
  }

  /** Invited and answered per unit of the population, by unit name: counts only, never who. */
  public List<UnitResponses> responses(UUID id) {
    readable(who(), id);
    List<UnitResponses> out = new ArrayList<>();
    store
        .countsByUnit(id)
        .forEach(
            (unit, c) ->
                out.add(
                    new UnitResponses(
                        unit,
                        tree.find(unit).map(UnitInfo::name).orElse(""),
                        c.invited(),
                        c.answered())));
    out.sort(
        java.util.Comparator.comparing(UnitResponses::unitName)
            .thenComparing(u -> u.unitId().toString()));
    return out;
  }

  /** Closes the round before its closing day: nobody answers it from today on. */
  public Overview close(UUID id) {
    SurveyRound r = ownedForUpdate(id, "close a survey round");
    LocalDate today = today();
    if (r.statusOn(today) == RoundStatus.CLOSED) {
      throw new RoundClosed(r.title(), r.lastDay());
    }
    r.closeEarly(today, caller.actor(), now());
    store.flush();
    audit.wrote("competence.round.closed", TARGET, id);
    return get(id);
  }

  /**
   * Reminds everyone invited who has not answered (in the app: their list of rounds to answer says
   * so), and tells the owner how many that was.
   *
   * @return how many were reminded
   */
  public int remind(UUID id) {
    SurveyRound r = ownedForUpdate(id, "remind to answer a survey round");
    LocalDate today = today();
    RoundStatus status = r.statusOn(today);
    if (status == RoundStatus.CLOSED) {
      throw new RoundClosed(r.title(), r.lastDay());
    }
    if (status == RoundStatus.SCHEDULED) {
      throw new RoundNotOpen(r.title(), r.opensOn());
    }
    OffsetDateTime now = now();
    List<RoundInvitation> unanswered = store.unanswered(id);
    unanswered.forEach(i -> i.reminded(now));
    store.flush();
    audit.wrote("competence.round.reminded", TARGET, id);
    return unanswered.size();
  }

  /** The round, if the caller reads it: another tenant's or none is 404, one not theirs 403. */
  SurveyRound readable(Who who, UUID id) {
    SurveyRound r = store.find(id).orElseThrow(() -> new RoundNotFound(id));
    if (!who.administration()) {
      if (!leadsAnywhere()) {
        access.require(
            Action.CONFIGURE, Target.tenantWide(tenant.require()), "read a survey round");
      }
      access.require(
          Action.READ, Target.unit(tenant.require(), r.ownerUnitId()), "read a survey round");
    }
    return r;
  }

  private SurveyRound ownedForUpdate(UUID id, String what) {
    Who who = who();
    SurveyRound r = store.findForUpdate(id).orElseThrow(() -> new RoundNotFound(id));
    if (!owns(who, r)) {
      readable(who, id); // refused as a reader would be, if they are not one
      refuse(r.ownerUnitId(), what);
    }
    return r;
  }

  /** The administration, or a leader of the round's owner unit or of a unit above it. */
  private boolean owns(Who who, SurveyRound r) {
    return who.administration()
        || who.led().stream().anyMatch(unit -> tree.isWithin(r.ownerUnitId(), unit));
  }

  private List<RoundAction> allowed(
      Who who, SurveyRound r, LocalDate today, long invited, long answered) {
    RoundStatus status = r.statusOn(today);
    if (status == RoundStatus.CLOSED || !owns(who, r)) {
      return List.of();
    }
    List<RoundAction> allowed = new ArrayList<>(List.of(RoundAction.CLOSE));
    if (status == RoundStatus.OPEN && answered < invited) {
      allowed.add(RoundAction.REMIND);
    }
    return allowed;
  }

  /**
   * The owner unit of a new round: for the administration, the root of the tree the target lies in;
   * for a leader, the unit they lead whose subtree holds every unit of the target (403 when none
   * does).
   */
  private UUID ownerFor(boolean administration, Set<UUID> led, List<UnitInfo> target) {
    if (administration) {
      return root(target.get(0));
    }
    for (UUID unit : led) {
      if (target.stream().allMatch(t -> tree.isWithin(t.id(), unit))) {
        return unit;
      }
    }
    UnitInfo outside =
        target.stream()
            .filter(t -> led.stream().noneMatch(unit -> tree.isWithin(t.id(), unit)))
            .findFirst()
            .orElse(target.get(0));
    refuse(
        outside.id(),
        "open a survey round for " + outside.name() + ", outside the units they lead");
    throw new IllegalStateException("unreachable: refused above");
  }

  /**
   * Refuses (403) what the caller may not do with a unit's round: as writing at that unit is
   * refused, or, for one who holds a level there without leading it, as configuring is (which only
   * the admin, who is never refused here, may).
   */
  private void refuse(UUID unit, String what) {
    access.require(Action.WRITE, Target.unit(tenant.require(), unit), what);
    access.require(Action.CONFIGURE, Target.tenantWide(tenant.require()), what);
  }

  private UUID root(UnitInfo unit) {
    UnitInfo at = unit;
    Set<UUID> seen = new HashSet<>();
    while (at.parentId() != null && seen.add(at.id())) {
      Optional<UnitInfo> parent = tree.find(at.parentId());
      if (parent.isEmpty()) {
        break;
      }
      at = parent.get();
    }
    return at.id();
  }

  /** Who the caller is to rounds: the administration, and the units they lead. */
  record Who(boolean administration, Set<UUID> led) {}

  private Who who() {
    return new Who(instruments.writes(), ledUnits());
  }

  /** The units the caller leads: where they write at a level that has a level below it. */
  Set<UUID> ledUnits() {
    Set<UUID> led = new HashSet<>();
    access
        .levelsAt()
        .forEach(
            (unit, level) -> {
              if (access.leads(level)
                  && access.may(Action.WRITE, Target.unit(tenant.require(), unit))) {
                led.add(unit);
              }
            });
    return led;
  }

  /** Whether the caller holds, anywhere, a level that leads (the board's too). */
  private boolean leadsAnywhere() {
    return access.levels().stream().anyMatch(access::leads);
  }

  private LocalDate today() {
    return Clocks.today(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
