/**
 * The organisation tree of a municipality: its administration, school-form areas, school and
 * preschool units, departments and teams, with their codes, school forms and history. Units are
 * created, renamed, moved and closed, never deleted; subtree questions are answered from a
 * materialized path, so "everything under this unit" is one index range scan.
 */
package se.styrkedja.tenant.unit;
