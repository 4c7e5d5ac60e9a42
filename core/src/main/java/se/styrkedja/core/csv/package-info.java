/**
 * The one CSV writer of the project: every CSV a user downloads is written here, on Apache Commons
 * CSV, with cells that a spreadsheet would run as a formula neutralised (OWASP, CSV injection).
 */
package se.styrkedja.core.csv;
