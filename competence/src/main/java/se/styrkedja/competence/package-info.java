/**
 * Competence: self-assessment instruments and survey rounds, answers and results that protect small
 * groups, competence initiatives, designations and support requests.
 */
package se.styrkedja.competence;
