/**
 * The municipality's shared notes (anteckningar): a small tenant-owned resource that exercises
 * tenant isolation, validation, optimistic locking and audit end to end.
 */
package se.styrkedja.tenant.note;
