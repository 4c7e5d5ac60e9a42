/**
 * Conventions for tenant-owned data: the mapped superclass that makes an entity filter by tenant,
 * the entity manager access that binds the tenant once per transaction (and on PostgreSQL hands it
 * to row-level security), and the Flyway migrations run at start.
 */
package se.styrkedja.core.persistence;
