/** ภาคส่วน — the six sectors named in the workshop. */
export enum Sector {
  GOVERNMENT = 'GOVERNMENT',
  CIVIL_SOCIETY = 'CIVIL_SOCIETY',
  ACADEMIC = 'ACADEMIC',
  PRIVATE = 'PRIVATE',
  COMMUNITY = 'COMMUNITY',
  SUPPORT_AGENCY = 'SUPPORT_AGENCY',
}
export const SECTORS: readonly Sector[] = Object.values(Sector);

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  PREFER_NOT_TO_SAY = 'PREFER_NOT_TO_SAY',
}
export const GENDERS: readonly Gender[] = Object.values(Gender);

/** Age bands rather than birth dates: enough for the gap analysis, less personal data held. */
export enum AgeBand {
  UNDER_25 = 'UNDER_25',
  FROM_25_TO_34 = 'FROM_25_TO_34',
  FROM_35_TO_44 = 'FROM_35_TO_44',
  FROM_45_TO_54 = 'FROM_45_TO_54',
  FROM_55 = 'FROM_55',
}
export const AGE_BANDS: readonly AgeBand[] = Object.values(AgeBand);

/** Vulnerable or priority groups a practitioner may belong to or serve (Personas). */
export enum PersonaGroup {
  WOMEN_FARMERS = 'WOMEN_FARMERS',
  FISHERFOLK = 'FISHERFOLK',
  YOUTH = 'YOUTH',
  PEOPLE_WITH_DISABILITIES = 'PEOPLE_WITH_DISABILITIES',
  OLDER_PEOPLE = 'OLDER_PEOPLE',
  RUBBER_TAPPERS = 'RUBBER_TAPPERS',
  SMALLHOLDERS = 'SMALLHOLDERS',
}
export const PERSONA_GROUPS: readonly PersonaGroup[] = Object.values(PersonaGroup);

/** Languages a practitioner can be taught in (ISO 639-3 where one exists). */
export enum TeachingLanguage {
  THAI = 'THAI',
  PATANI_MALAY = 'PATANI_MALAY',
  MALAY = 'MALAY',
  ENGLISH = 'ENGLISH',
  SOUTHERN_THAI = 'SOUTHERN_THAI',
}
export const TEACHING_LANGUAGES: readonly TeachingLanguage[] = Object.values(TeachingLanguage);
