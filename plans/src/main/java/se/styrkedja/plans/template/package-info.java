/**
 * Plan templates: sets of activities a municipality's units start their plans from, made from an
 * existing plan by the administration or the municipality admin.
 */
package se.styrkedja.plans.template;
