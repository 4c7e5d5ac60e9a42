package se.styrkedja.tenant.api;

import java.time.Instant;
import java.util.UUID;
import se.styrkedja.core.tenant.TenantId;

/**
 * An import has ended in the tenant (completed, or stopped or failed half-way) and may have
 * brought, changed or removed people and duties. Fired in the transaction that records the end;
 * observe it with {@code during = AFTER_SUCCESS}. Only the server that ran the import sees it:
 * state that every server must agree on is in the database ({@link TenantInfo#peopleVersion()}),
 * and an observer only drops what this server kept in memory.
 */
public record PeopleImported(TenantId tenant, UUID importId, Instant at) {}
