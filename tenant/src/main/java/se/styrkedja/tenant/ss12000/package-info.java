/**
 * The SS 12000 import: organisations, persons and duties from an uploaded data set or a remote SS
 * 12000 API, run as a Jakarta Batch job per tenant, idempotent by SS 12000 ids, restartable from
 * the last committed chunk, with the records it skipped and why.
 */
package se.styrkedja.tenant.ss12000;
