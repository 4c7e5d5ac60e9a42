/**
 * The registry of tenants: which municipalities exist, their codes and lifecycle status, and their
 * identity in Keycloak (organization, first admin, linked identity provider), which the operator
 * provisions through Keycloak's admin API.
 */
package se.styrkedja.tenant.registry;
