/**
 * Action plans (handlingsplan, lokal handlingsplan) and their activities (insatser): writing them,
 * the workflow from draft to closed with approval by the level above, and every version kept.
 */
package se.styrkedja.plans.plan;
