/**
 * The roll-up for leadership and the board: per unit and for the whole municipality, plans by
 * status, activities by status and overdue, units without an approved plan, follow-ups missing, and
 * the annual cycle's deadlines per unit. Read-only; it counts in the database.
 */
package se.styrkedja.plans.overview;
