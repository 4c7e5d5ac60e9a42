/**
 * Tenants and everything a municipality configures before its people plan anything: the registry of
 * tenants, and (for now) the municipality's shared notes, the first tenant-owned resource.
 */
package se.styrkedja.tenant;
