/**
 * Competency-framework codes (framework, domain and competency): 1–40 characters, letters A–Z,
 * digits, dot, dash or underscore, starting with a letter or digit, e.g. "FS-AGRO.1".
 */
export const FRAMEWORK_CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
export const FRAMEWORK_CODE_MAX = 40;
/** Names (framework, domain, competency) and longer texts (descriptions, level descriptors). */
export const FRAMEWORK_NAME_MAX = 300;
export const FRAMEWORK_TEXT_MAX = 4000;
export const MAX_FRAMEWORK_DOMAINS = 30;
export const MAX_DOMAIN_COMPETENCIES = 100;

/** The file flavours of GET /exports/frameworks/<id>.csv|xlsx and POST /imports/frameworks. */
export enum FrameworkFileFormat {
  /** Ruamsang's own columns: every language, every level descriptor. CSV or XLSX. */
  RUAMSANG = 'ruamsang',
  /** Moodle's competency framework CSV (admin/tool/lpimportcsv). */
  MOODLE = 'moodle',
}
export const FRAMEWORK_FILE_FORMATS: readonly FrameworkFileFormat[] = Object.values(FrameworkFileFormat);
