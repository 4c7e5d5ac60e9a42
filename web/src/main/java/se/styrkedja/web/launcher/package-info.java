/**
 * Starts the whole system on one machine: PostgreSQL (embedded, or an external one), Keycloak (dev
 * mode, the project's realm) and the WAR on Payara Micro. Used by {@code ./styrkedja run} and by
 * the integration tests. It needs the JDK, zonky's embedded PostgreSQL and the PostgreSQL driver,
 * nothing else, and is left out of the WAR.
 */
package se.styrkedja.web.launcher;
