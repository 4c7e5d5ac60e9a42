/** The application's data source: PostgreSQL, configured by MicroProfile Config. */
package se.styrkedja.web.persistence;
