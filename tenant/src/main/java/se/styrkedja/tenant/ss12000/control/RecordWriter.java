package se.styrkedja.tenant.ss12000.control;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.styrkedja.tenant.ss12000.entity.RecordType;

/**
 * Writes a chunk of records in the chunk's transaction, with the job's counts and position, and
 * stops the job after it when a stop was asked for.
 */
@Named("ss12000RecordWriter")
@Dependent
public class RecordWriter extends AbstractItemWriter {

  @Inject JobContext job;
  @Inject Upserts upserts;
  @Inject ImportLease lease;

  @Inject
  @BatchProperty(name = "type")
  String typeName;

  @Override
  public void writeItems(List<Object> items) {
    if (items.isEmpty()) {
      return;
    }
    List<RecordReader.Item> records = items.stream().map(i -> (RecordReader.Item) i).toList();
    Upserts.Counts counts =
        upserts.write(
            TenantBinding.importId(job),
            TenantBinding.runId(job),
            RecordType.ofPlural(typeName),
            records);
    if (counts.stopRequested()) {
      // Asked of whichever server took the request: this chunk commits, the next does not start.
      lease.stopSoon(job.getExecutionId());
    }
  }
}
