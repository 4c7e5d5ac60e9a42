/** What the web app needs to know before sign-in: where the identity provider is. */
package se.styrkedja.web.config;
