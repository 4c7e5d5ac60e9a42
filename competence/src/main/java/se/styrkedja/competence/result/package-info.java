/**
 * Results of self-assessment rounds: figures per item, section and area for the whole target and
 * broken down by unit, role level and school form, and the protection of small groups (primary and
 * secondary suppression, {@link se.styrkedja.competence.result.control.Suppression}) that decides
 * which of those figures may be shown.
 */
package se.styrkedja.competence.result;
