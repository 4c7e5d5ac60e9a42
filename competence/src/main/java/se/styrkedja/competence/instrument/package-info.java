/**
 * Self-assessment instruments (självskattningsinstrument): per tenant, in versions (a round always
 * uses one frozen version), made of sections and items whose keys stay the same across versions;
 * the built-in templates a tenant copies; import and export as SurveyJS JSON.
 */
package se.styrkedja.competence.instrument;
