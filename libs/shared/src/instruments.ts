/** How a needs assessment rates each competency; names are part of the public API contract. */
export enum Instrument {
  /** Importance vs current ability, 1–5 (Borich, 1980). */
  BORICH = 'BORICH',
  /** Desired vs current state, 1–5 (Wongwanich's PNImodified). */
  PNI = 'PNI',
  /** How critical vs how well performed, 1–7, plus "training or organisational change?" (Hennessy & Hicks). */
  HENNESSY_HICKS = 'HENNESSY_HICKS',
}
export const INSTRUMENTS: readonly Instrument[] = Object.values(Instrument);

export function scaleOf(instrument: Instrument): { readonly min: number; readonly max: number } {
  switch (instrument) {
    case Instrument.BORICH:
    case Instrument.PNI:
      return { min: 1, max: 5 };
    case Instrument.HENNESSY_HICKS:
      return { min: 1, max: 7 };
  }
}

/** Hennessy-Hicks asks, per item, whether training would help or the organisation must change. */
export enum NeedType {
  TRAINING = 'TRAINING',
  ORGANISATION = 'ORGANISATION',
}

/** The five proficiency levels every competency is described at. */
export const PROFICIENCY_LEVELS = [1, 2, 3, 4, 5] as const;

/** Ways to slice a gap analysis; names are part of the public API contract. */
export enum GapGrouping {
  ALL = 'ALL',
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  SECTOR = 'SECTOR',
  ORGANISATION = 'ORGANISATION',
  GENDER = 'GENDER',
  AGE_BAND = 'AGE_BAND',
  PERSONA_GROUP = 'PERSONA_GROUP',
}
export const GAP_GROUPINGS: readonly GapGrouping[] = Object.values(GapGrouping);
