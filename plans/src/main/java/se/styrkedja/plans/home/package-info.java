/**
 * The plans module's cards on the home page: what waits for the caller, the annual cycle's next
 * deadlines, and per level the figures that matter (progress per priority area and plan coverage
 * for the board and the administration, the unit's plan for its principal, a teacher's own
 * activities), all of the current school year and within the caller's read scope.
 */
package se.styrkedja.plans.home;
