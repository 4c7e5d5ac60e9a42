/**
 * The home page: "what should I do now, and how are we doing?", as cards every module contributes
 * through {@code tenant.api.HomeCards}, each computed with the caller's own access.
 */
package se.styrkedja.web.home;
