/**
 * The municipality's strategy for the digitalisation of its schools: versions (draft, adopted,
 * archived; one adopted at a time), vision, ordered priority areas mapped to the frameworks (LIKA,
 * SELFIE, DigCompEdu, the national strategy), goals with measurable indicators, and what is
 * expected of each role level of the chain of governance.
 */
package se.styrkedja.tenant.strategy;
