package se.styrkedja.competence.instrument.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import se.styrkedja.competence.api.CompetenceProblemCode;
import se.styrkedja.competence.api.InstrumentAccess;
import se.styrkedja.competence.instrument.entity.Instrument;
import se.styrkedja.competence.instrument.entity.InstrumentContent;
import se.styrkedja.competence.instrument.entity.InstrumentVersion;
import se.styrkedja.core.audit.Audit;
import se.styrkedja.core.caller.CallerContext;
import se.styrkedja.core.problem.StaleVersion;
import se.styrkedja.core.tenant.TenantContext;
import se.styrkedja.tenant.api.AccessPolicy;
import se.styrkedja.tenant.api.Action;
import se.styrkedja.tenant.api.ChainOfGovernance;
import se.styrkedja.tenant.api.OrganisationTree;
import se.styrkedja.tenant.api.StrategyDirectory;
import se.styrkedja.tenant.api.Target;

/**
 * The use cases of instruments. The municipality admin and the administration's leadership write
 * them; everyone of the municipality with a role reads them (a principal picks one for a round). A
 * version is a draft until published, then frozen for good; every change runs in one transaction
 * with its audit line.
 */
@ApplicationScoped
@Transactional
public class Instruments implements InstrumentAccess {

  static final String TARGET = "instrument";

  @Inject InstrumentStore store;
  @Inject InstrumentTemplates templates;
  @Inject Audit audit;
  @Inject CallerContext caller;
  @Inject TenantContext tenant;
  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject OrganisationTree tree;
  @Inject StrategyDirectory strategies;
  @Inject ChainOfGovernance chain;

  /** What the caller may do with an instrument or one of its versions (sent as {@code allowed}). */
  public enum InstrumentAction {
    /** Start a new version from the latest published one: when there is no draft. */
    NEW_VERSION,
    /** Rewrite a draft's content. */
    EDIT,
    /** Publish a draft, freezing it. */
    PUBLISH,
    /** Throw a draft away. */
    DISCARD
  }

  /** An instrument with its latest version, for a list. */
  public record Listed(
      Instrument instrument, InstrumentVersion latest, List<InstrumentAction> allowed) {}

  /** An instrument with every version, oldest first, and what the caller may do with each. */
  public record Whole(
      Instrument instrument,
      List<InstrumentVersion> versions,
      List<InstrumentAction> allowed,
      Map<UUID, List<InstrumentAction>> allowedOnVersions) {}

  /** A new instrument: a name, a description and its first draft's content. */
  public record NewInstrument(String name, String description, InstrumentContent content) {}

  public List<Listed> list() {
    requireReader();
    Map<UUID, List<InstrumentVersion>> versions =
        store.allVersions().stream()
            .collect(Collectors.groupingBy(InstrumentVersion::instrumentId));
    boolean writes = writes();
    List<Listed> out = new ArrayList<>();
    for (Instrument i : store.list()) {
      List<InstrumentVersion> of = versions.getOrDefault(i.id(), List.of());
      out.add(new Listed(i, of.isEmpty() ? null : of.get(of.size() - 1), allowedOn(writes, of)));
    }
    return out;
  }

  public Whole get(UUID id) {
    requireReader();
    Instrument instrument = find(id);
    List<InstrumentVersion> versions = store.versions(id);
    boolean writes = writes();
    Map<UUID, List<InstrumentAction>> onVersions = new java.util.HashMap<>();
    for (InstrumentVersion v : versions) {
      onVersions.put(
          v.id(),
          writes && v.isDraft()
              ? List.of(InstrumentAction.EDIT, InstrumentAction.PUBLISH, InstrumentAction.DISCARD)
              : List.of());
    }
    return new Whole(instrument, versions, allowedOn(writes, versions), onVersions);
  }

  /** The built-in templates, for whoever reads instruments. */
  public List<InstrumentTemplates.Template> templates() {
    requireReader();
    return templates.list();
  }

  /** One version of an instrument, by its number. */
  public InstrumentVersion version(UUID id, int number) {
    requireReader();
    find(id);
    return versionOf(id, number);
  }

  /** A tenant copy of a built-in template: its first version a draft, with the template's keys. */
  public Instrument createFromTemplate(String key, String name) {
    requireWriter("create an instrument");
    InstrumentTemplates.Template template = templates.find(key);
    InstrumentContent content = fitted(template.content());
    return create(
        new NewInstrument(
            name == null || name.isBlank() ? template.name().sv() : name,
            template.description().sv(),
            content),
        template.key(),
        "competence.instrument.created");
  }

  public Instrument create(NewInstrument n) {
    requireWriter("create an instrument");
    return create(n, null, "competence.instrument.created");
  }

  /** An instrument brought in from elsewhere (SurveyJS), with its first version a draft. */
  public Instrument imported(NewInstrument n) {
    requireWriter("import an instrument");
    return create(n, null, "competence.instrument.imported");
  }

  private Instrument create(NewInstrument n, String templateKey, String auditAction) {
    ContentRules.checkNaming(n.name(), n.description());
    InstrumentContent content = ContentRules.check(n.content(), known());
    OffsetDateTime now = now();
    Instrument instrument =
        new Instrument(n.name().strip(), n.description(), templateKey, caller.actor(), now);
    store.add(instrument);
    store.flush();
    store.add(new InstrumentVersion(instrument.id(), 1, content, caller.actor(), now));
    store.flush();
    audit.wrote(auditAction, TARGET, instrument.id());
    return instrument;
  }

  /** Rewrites a draft's content as a whole; a stale version is 409. */
  public InstrumentVersion editDraft(
      UUID id, int number, InstrumentContent content, long expected) {
    requireWriter("edit an instrument");
    Instrument instrument = findForUpdate(id);
    InstrumentVersion version = versionOf(id, number);
    version.requireDraft();
    requireVersion(version, expected);
    version.rewrite(ContentRules.check(content, known()));
    instrument.touched(caller.actor(), now());
    store.flush();
    audit.wrote("competence.instrument.draft-edited", TARGET, id);
    return version;
  }

  /** Publishes a draft: from now on it never changes, and rounds may use it. */
  public InstrumentVersion publish(UUID id, int number, long expected) {
    requireWriter("publish an instrument");
    Instrument instrument = findForUpdate(id);
    InstrumentVersion version = versionOf(id, number);
    version.requireDraft();
    requireVersion(version, expected);
    // What was valid when saved must still be: a priority area may have gone since.
    ContentRules.requirePublishable(ContentRules.check(version.content(), known()));
    OffsetDateTime now = now();
    version.freeze(caller.actor(), now);
    instrument.touched(caller.actor(), now);
    store.flush();
    audit.wrote("competence.instrument.published", TARGET, id);
    return version;
  }

  /**
   * A new draft from the latest published version, with its section and item keys, so results
   * follow each item through the revision. At most one draft at a time.
   */
  public InstrumentVersion newVersion(UUID id) {
    requireWriter("revise an instrument");
    Instrument instrument = findForUpdate(id);
    List<InstrumentVersion> versions = store.versions(id);
    versions.stream()
        .filter(InstrumentVersion::isDraft)
        .findFirst()
        .ifPresent(
            d -> {
              throw new DraftExists(d.number());
            });
    InstrumentContent from =
        versions.isEmpty()
            ? new InstrumentContent(List.of())
            : versions.get(versions.size() - 1).content();
    int number = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).number() + 1;
    OffsetDateTime now = now();
    InstrumentVersion draft = new InstrumentVersion(id, number, from, caller.actor(), now);
    store.add(draft);
    instrument.touched(caller.actor(), now);
    store.flush();
    audit.wrote("competence.instrument.version-started", TARGET, id);
    return draft;
  }

  /**
   * Throws a draft away. An instrument whose only version was that draft goes with it: nothing of
   * it was ever published.
   *
   * @return whether the instrument is gone too
   */
  public boolean discard(UUID id, int number, long expected) {
    requireWriter("discard a draft");
    Instrument instrument = findForUpdate(id);
    InstrumentVersion version = versionOf(id, number);
    version.requireDraft();
    requireVersion(version, expected);
    store.remove(version);
    store.flush();
    audit.wrote("competence.instrument.draft-discarded", TARGET, id);
    if (store.versions(id).isEmpty()) {
      store.remove(instrument);
      store.flush();
      audit.wrote("competence.instrument.deleted", TARGET, id);
      return true;
    }
    instrument.touched(caller.actor(), now());
    return false;
  }

  /**
   * A published version by its id, for rounds and results: what it asks and the instrument's name.
   * A draft, another tenant's version or none answers 404. Decides no access: the caller (a round
   * being opened, answered or read) has already decided who may see it.
   */
  public FrozenVersion frozen(UUID versionId) {
    return published(versionId).orElseThrow(() -> VersionNotFound.published(versionId));
  }

  /**
   * As {@link #frozen}, but empty rather than a problem: a caller that checks a request's id (a
   * round being opened) names the field itself, and its transaction is not marked for rollback.
   */
  public Optional<FrozenVersion> published(UUID versionId) {
    return store
        .version(versionId)
        .filter(v -> !v.isDraft())
        .flatMap(
            version ->
                store
                    .find(version.instrumentId())
                    .map(
                        instrument ->
                            new FrozenVersion(
                                version.id(),
                                instrument.id(),
                                instrument.name(),
                                version.number(),
                                version.content())));
  }

  /**
   * Whether the caller writes the municipality's instruments: its admin, or the administration's
   * leadership (who may write at the root of the tree).
   */
  public boolean writes() {
    // Writing at a unit takes a level held at that very unit, so only a level held at the root
    // can make the caller a writer: the root comes from the remembered tree and the levels from
    // the remembered roles, so this costs no database transaction (it is asked on every /api/me).
    return access.may(Action.CONFIGURE, Target.tenantWide(tenant.require()))
        || tree.root()
            .filter(access.levelsAt()::containsKey)
            .map(root -> access.may(Action.WRITE, Target.unit(tenant.require(), root)))
            .orElse(false);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean writesInstruments() {
    return writes();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean readsInstruments() {
    return !access.levels().isEmpty() || writes();
  }

  void requireWriter(String what) {
    if (!writes()) {
      access.require(Action.CONFIGURE, Target.tenantWide(tenant.require()), what);
    }
  }

  void requireReader() {
    if (!writes()) {
      access.requireAnyLevel("read instruments");
    }
  }

  /** What the municipality knows now, to check an item's references against. */
  ContentRules.Known known() {
    Set<String> levels =
        chain.levels().stream().map(ChainOfGovernance.ChainLevel::key).collect(Collectors.toSet());
    Set<UUID> areas = new HashSet<>();
    Set<UUID> goals = new HashSet<>();
    strategies
        .adopted()
        .ifPresent(
            s ->
                s.areas()
                    .forEach(
                        a -> {
                          areas.add(a.id());
                          a.goals().forEach(g -> goals.add(g.id()));
                        }));
    return new ContentRules.Known(levels, areas, goals, strategies::knowsFrameworkArea);
  }

  /**
   * A template's content fitted to the municipality: an audience level its chain does not have
   * (renamed or removed by its admin) is left out, rather than refusing the copy.
   */
  private InstrumentContent fitted(InstrumentContent content) {
    Set<String> levels = known().levels();
    return new InstrumentContent(
        content.sections().stream()
            .map(
                s ->
                    new InstrumentContent.Section(
                        s.key(),
                        s.title(),
                        s.description(),
                        s.items().stream()
                            .map(
                                i ->
                                    new InstrumentContent.Item(
                                        i.key(),
                                        i.type(),
                                        i.text(),
                                        i.help(),
                                        i.scale(),
                                        i.levels(),
                                        i.notApplicable(),
                                        i.decline(),
                                        i.audience().stream().filter(levels::contains).toList(),
                                        i.priorityAreaIds(),
                                        i.goalIds(),
                                        i.frameworks()))
                            .toList()))
            .toList());
  }

  private List<InstrumentAction> allowedOn(boolean writes, List<InstrumentVersion> versions) {
    return writes && versions.stream().noneMatch(InstrumentVersion::isDraft)
        ? List.of(InstrumentAction.NEW_VERSION)
        : List.of();
  }

  private Instrument find(UUID id) {
    return store.find(id).orElseThrow(() -> new InstrumentNotFound(id));
  }

  private Instrument findForUpdate(UUID id) {
    return store.findForUpdate(id).orElseThrow(() -> new InstrumentNotFound(id));
  }

  private InstrumentVersion versionOf(UUID id, int number) {
    return store.versions(id).stream()
        .filter(v -> v.number() == number)
        .findFirst()
        .orElseThrow(() -> new VersionNotFound(id, number));
  }

  private static void requireVersion(InstrumentVersion version, long expected) {
    if (version.version() != expected) {
      throw new StaleVersion(
          CompetenceProblemCode.INSTRUMENT_STALE_VERSION,
          "Version",
          version.number(),
          expected,
          version.version());
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
  }
}
