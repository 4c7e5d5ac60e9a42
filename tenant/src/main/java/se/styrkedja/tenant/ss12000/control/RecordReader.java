package se.styrkedja.tenant.ss12000.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.styrkedja.tenant.ss12000.entity.ImportJob;
import se.styrkedja.tenant.ss12000.entity.ImportKind;
import se.styrkedja.tenant.ss12000.entity.RecordType;

/**
 * Reads the records of one type, page by page: an uploaded file is one page, a remote API has as
 * many as it says. It starts where the job's stored position says (the step, the token of the page,
 * the index in it), so a restarted job reads on from the first record not yet committed.
 *
 * <p>Organisations are read whole before the first is handed on, and handed on parents first
 * ({@link Records#parentsFirst}): a source gives them in any order, and a unit needs its parent in
 * the tree. They are few (hundreds, where persons are thousands); their position is the index in
 * that order, which the same records give again on a restart.
 */
@Named("ss12000RecordReader")
@Dependent
public class RecordReader extends AbstractItemReader {

  /**
   * Where the reader stood when it found no more records: the position after the last record it
   * handed on (or where it opened, if none). Once the job's stored position is this, every record
   * of the step is committed.
   */
  public record End(String pageToken, int index) {}

  /**
   * A record and the position after it (the token of its page, the index of the next record); for
   * an organisation, where its parent stands in the data set (null for other records).
   */
  public record Item(JsonValue record, String pageToken, int nextIndex, Records.Lineage lineage) {}

  @Inject JobContext job;
  @Inject StepContext step;
  @Inject ImportProgress progress;
  @Inject RemoteSource remote;
  @Inject RemoteTokens tokens;

  @Inject
  @BatchProperty(name = "type")
  String typeName;

  @Inject
  @BatchProperty(name = "pageSize")
  String pageSize;

  private UUID importId;
  private RecordType type;
  private ImportProgress.State state;
  private String pageToken;
  private List<JsonValue> page = List.of();
  private List<Records.Lineage> lineages;
  private String nextToken;
  private int index;
  private boolean done;
  private End handedOn;

  /**
   * Opens at the job's stored position. The batch runtime opens the reader again, on the same
   * instance, when it retries a chunk it rolled back: nothing of the earlier opening counts.
   */
  @Override
  public void open(Serializable checkpoint) {
    importId = TenantBinding.importId(job);
    type = RecordType.ofPlural(typeName);
    state = progress.state(importId);
    page = List.of();
    lineages = null;
    pageToken = null;
    nextToken = null;
    index = 0;
    done = false;
    step.setTransientUserData(null);
    int at = order(state.step());
    if (at > type.ordinal()) {
      done = true;
      return;
    }
    if (type == RecordType.ORGANISATION) {
      loadOrganisations();
      // A position stored before organisations were read whole names a page of its own: the
      // writes are idempotent, so such a job reads its organisations again from the first.
      index = at == type.ordinal() && state.pageToken() == null ? state.pageIndex() : 0;
    } else if (at == type.ordinal()) {
      load(state.pageToken());
      index = state.pageIndex();
    } else {
      load(null);
    }
    handedOn = new End(pageToken, index);
  }

  /** Every page of organisations, as one page in the order parents first. */
  private void loadOrganisations() {
    List<JsonValue> all = new ArrayList<>();
    String token = null;
    do {
      load(token);
      all.addAll(page);
      token = nextToken;
    } while (token != null);
    List<Records.Ordered> ordered = Records.parentsFirst(all);
    page = ordered.stream().map(Records.Ordered::record).toList();
    lineages = ordered.stream().map(Records.Ordered::lineage).toList();
    pageToken = null;
    nextToken = null;
  }

  @Override
  public Object readItem() {
    if (done) {
      return null;
    }
    while (index >= page.size()) {
      if (nextToken == null) {
        done = true;
        step.setTransientUserData(handedOn);
        return null;
      }
      load(nextToken);
      index = 0;
    }
    Records.Lineage lineage = lineages == null ? null : lineages.get(index);
    JsonValue record = page.get(index++);
    handedOn = new End(pageToken, index);
    return new Item(record, pageToken, index, lineage);
  }

  private void load(String token) {
    String json;
    try {
      if (state.kind() == ImportKind.FILES) {
        json = progress.file(importId, type);
        if (json == null) {
          page = List.of();
          nextToken = null;
          pageToken = null;
          return;
        }
      } else {
        String bearer =
            tokens
                .get(importId)
                .orElseThrow(
                    () -> new IllegalStateException("no token for the remote import: restart it"));
        json =
            remote.page(
                state.baseUrl(), bearer, type, state.after(), token, Integer.parseInt(pageSize));
      }
      Records.PageOf read = Records.page(json, type);
      page = read.records();
      nextToken = state.kind() == ImportKind.FILES ? null : read.nextToken();
      pageToken = token;
    } catch (RuntimeException e) {
      progress.note(importId, TenantBinding.runId(job), type.plural() + ": " + e.getMessage());
      throw e;
    }
  }

  /** The place of a step in the job: organisations, persons, duties, then the rest. */
  static int order(String step) {
    if (step.equals(ImportJob.DELETIONS) || step.equals(ImportJob.DONE)) {
      return RecordType.values().length;
    }
    return RecordType.ofPlural(step).ordinal();
  }
}
