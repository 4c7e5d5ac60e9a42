/**
 * Offboarding a municipality: the export of every row it owns as a downloadable archive (one JSON
 * file per table), and the purge of those rows, its Keycloak identity and its access once the
 * platform operator confirms. The tenant's registry entry stays, marked offboarded.
 */
package se.styrkedja.tenant.offboarding;
