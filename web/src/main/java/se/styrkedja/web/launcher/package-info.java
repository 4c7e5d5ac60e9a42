/**
 * Starts the whole system on one machine: Keycloak (dev mode, the project's realm) and the WAR on
 * Payara Micro, on embedded H2 or an external PostgreSQL. Used by {@code ./styrkedja run} and by
 * the integration tests. It needs nothing but the JDK, and is left out of the WAR.
 */
package se.styrkedja.web.launcher;
