package se.styrkedja.tenant.ss12000.control;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.styrkedja.tenant.ss12000.entity.ImportKind;
import se.styrkedja.tenant.ss12000.entity.RecordType;

/**
 * The last step: for a remote import, applies SS 12000's {@code /deletedEntities} (since {@code
 * modifiedAfter}, if given), page by page, each page in its own transaction; applying a deletion
 * twice changes nothing, so a restart simply reads them again. Then the job is complete.
 */
@Named("ss12000Deletions")
@Dependent
public class DeletionsBatchlet extends AbstractBatchlet {

  @Inject JobContext job;
  @Inject ImportProgress progress;
  @Inject RemoteSource remote;
  @Inject RemoteTokens tokens;

  @Inject
  @BatchProperty(name = "pageSize")
  String pageSize;

  @Override
  public String process() {
    UUID id = TenantBinding.importId(job);
    String run = TenantBinding.runId(job);
    ImportProgress.State state = progress.state(id);
    if (state.kind() == ImportKind.REMOTE) {
      String bearer =
          tokens.get(id).orElseThrow(() -> new IllegalStateException("no token: restart it"));
      String token = null;
      try {
        do {
          String json =
              remote.deleted(
                  state.baseUrl(), bearer, state.after(), token, Integer.parseInt(pageSize));
          JsonObject answer;
          try (JsonReader reader = Json.createReader(new StringReader(json))) {
            answer = reader.readObject();
          }
          progress.deletions(id, run, ids(answer.getJsonObject("data")));
          JsonValue next = answer.get("pageToken");
          token = next instanceof JsonString s && !s.getString().isBlank() ? s.getString() : null;
        } while (token != null);
      } catch (RuntimeException e) {
        progress.note(id, run, "deletedEntities: " + e.getMessage());
        throw e;
      }
    }
    progress.completed(id, run);
    tokens.forget(id);
    return "COMPLETED";
  }

  private static Map<RecordType, List<String>> ids(JsonObject data) {
    Map<RecordType, List<String>> ids = new EnumMap<>(RecordType.class);
    if (data == null) {
      return ids;
    }
    for (RecordType type : RecordType.values()) {
      JsonValue list = data.get(type.plural());
      if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
        List<String> of = new ArrayList<>();
        for (JsonValue v : list.asJsonArray()) {
          if (v instanceof JsonString s) {
            of.add(s.getString());
          }
        }
        ids.put(type, of);
      }
    }
    return ids;
  }
}
