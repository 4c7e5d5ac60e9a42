/**
 * The tenant module's cards on the home page: for the municipality admin, how the organisation, its
 * people, their roles and the last import stand; for the platform operator, the municipalities and
 * their status (names and status only, nothing of their data).
 */
package se.styrkedja.tenant.home;
