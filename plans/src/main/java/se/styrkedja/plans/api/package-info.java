/** What other modules may use of plans: the events of a plan's workflow, in the past tense. */
package se.styrkedja.plans.api;
