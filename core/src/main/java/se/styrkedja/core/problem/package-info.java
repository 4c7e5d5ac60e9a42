/**
 * RFC 9457 problem details: one JSON shape for every error the API answers, and the mapping of
 * business conditions and framework errors to it. Jakarta REST has none of its own.
 */
package se.styrkedja.core.problem;
