/**
 * Plan workflows along the chain of governance: the administration's action plan and the units'
 * local action plans, their activities, approval, follow-up, the annual cycle and their history.
 */
package se.styrkedja.plans;
