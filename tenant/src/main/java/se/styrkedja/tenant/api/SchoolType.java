package se.styrkedja.tenant.api;

/**
 * The school types (skolformer) of SS 12000, exactly as its {@code SchoolTypesEnum} names them
 * (../shared/ss12000/openapi-expose.yml), so that an import maps them one to one. The standard
 * gives no descriptions; those below are the common Swedish names.
 */
public enum SchoolType {
  /** Förskola. */
  FS,
  /** Förskoleklass. */
  FKLASS,
  /** Fritidshem. */
  FTH,
  /** Öppen fritidsverksamhet. */
  OPPFTH,
  /** Grundskola. */
  GR,
  /** Grundsärskola (anpassad grundskola). */
  GRS,
  /** Träningsskola. */
  TR,
  /** Specialskola. */
  SP,
  /** Sameskola. */
  SAM,
  /** Gymnasieskola. */
  GY,
  /** Gymnasiesärskola (anpassad gymnasieskola). */
  GYS,
  /** Kommunal vuxenutbildning. */
  VUX,
  /** Kommunal vuxenutbildning i svenska för invandrare. */
  VUXSFI,
  /** Kommunal vuxenutbildning på grundläggande nivå. */
  VUXGR,
  /** Kommunal vuxenutbildning på gymnasial nivå. */
  VUXGY,
  /** Kommunal vuxenutbildning som särskild utbildning på grundläggande nivå. */
  VUXSARGR,
  /** Kommunal vuxenutbildning som särskild utbildning, träningsnivå. */
  VUXSARTR,
  /** Kommunal vuxenutbildning som särskild utbildning på gymnasial nivå. */
  VUXSARGY,
  /** Svenska för invandrare. */
  SFI,
  /** Särskild utbildning för vuxna. */
  SARVUX,
  /** Särskild utbildning för vuxna på grundläggande nivå. */
  SARVUXGR,
  /** Särskild utbildning för vuxna på gymnasial nivå. */
  SARVUXGY,
  KU,
  /** Yrkeshögskola. */
  YH,
  /** Folkhögskola. */
  FHS,
  /** Studieförbund. */
  STF,
  KKU,
  /** Högskola. */
  HS,
  ABU,
  AU
}
