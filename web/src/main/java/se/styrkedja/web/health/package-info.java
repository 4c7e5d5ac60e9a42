/** Health checks beyond the server's own: can the application reach its database? */
package se.styrkedja.web.health;
