/**
 * The shared kernel: tenant context, the authenticated caller, RFC 9457 problems, audit trail,
 * persistence conventions for tenant-owned data, paging and the clock. No domain lives here.
 */
package se.styrkedja.core;
