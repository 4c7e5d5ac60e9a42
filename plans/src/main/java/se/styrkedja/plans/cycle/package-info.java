/**
 * The annual cycle (årshjul): a municipality's recurring deadlines of the school year (local plans
 * due, follow-ups due), and what is due and overdue per unit.
 */
package se.styrkedja.plans.cycle;
