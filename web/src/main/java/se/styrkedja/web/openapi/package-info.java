/**
 * How the OpenAPI document is made: the build scans the resources of every module
 * (smallrye-open-api-maven-plugin) and applies the rules here; Payara serves the result at {@code
 * /openapi}.
 */
package se.styrkedja.web.openapi;
