/**
 * The in-app inbox: the plans waiting for the caller (to approve, to revise, to start, to follow
 * up) and the recent decisions on plans they submitted. Derived from the plans' state and steps
 * when asked, so it never disagrees with them and nothing needs to be delivered.
 */
package se.styrkedja.plans.inbox;
