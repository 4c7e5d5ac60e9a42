/**
 * Follow-up (återrapportering): per plan and round of the annual cycle, how the plan as a whole and
 * each of its activities is going (on track, at risk, off track), in words, with evidence links.
 */
package se.styrkedja.plans.followup;
