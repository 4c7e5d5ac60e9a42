/** The audit trail: every write (tenant, person, action, target, time) and every refused access. */
package se.styrkedja.core.audit;
