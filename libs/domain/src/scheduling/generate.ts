import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { addDays, type LocalDate } from '../calendar/local-date.js';
import { type CalendarRules, defaultCalendarRules } from '../calendar/rules.js';
import { type CohortInfo, type SchedulingInput, type SessionRequest, type TrainerInfo, type VenueInfo } from './types.js';

export interface GeneratorOptions {
  readonly seed: number;
  readonly sessions: number;
  /** First day of the window (default 2026-02-02: holds Ramadan 1447, Eid al-Fitr, Makha Bucha, Chakri Day, Songkran). */
  readonly from?: LocalDate;
  /** Window length in weeks (default: grows with the number of sessions, at least 8). */
  readonly weeks?: number;
  /** The provinces the instance spreads over (the programme area; default the five southern border provinces). */
  readonly provinceCodes?: readonly string[];
}

const SOUTHERN_BORDER = ['90', '91', '94', '95', '96'] as const;
/** Where Patani Malay is the everyday language of most villages: cohorts may be taught in it, trainers speak it. */
const MALAY_MAJORITY: readonly string[] = ['94', '95', '96'];
/** Where some trainers speak Patani Malay too (Songkhla's and Satun's southern districts). */
const MALAY_MINORITY: readonly string[] = ['90', '91'];
const MODULES = ['AGR-101', 'AGR-102', 'AGR-201', 'FIN-101', 'FIN-201', 'NUT-101', 'NUT-102', 'MKT-101', 'MKT-201', 'SAFE-101', 'COOP-101', 'DIG-101'];
const BLACKOUT_REASONS = ['rubber tapping peak', 'rice harvest', 'fishing season', 'provincial fair'];

/**
 * A deterministic scheduling instance across the given provinces (pure-rand, seeded): cohorts of five modules each with a prerequisite chain, 3-hour, 6-hour and two-day
 * sessions, venues of varied size, trainers with home provinces, languages, leave and load limits,
 * and one blackout week per province.
 */
export function generateSchedulingInstance(options: GeneratorOptions): SchedulingInput {
  const provinces = options.provinceCodes ?? SOUTHERN_BORDER;
  if (provinces.length === 0) throw new RangeError('generateSchedulingInstance needs at least one province');
  const rng = xoroshiro128plus(options.seed);
  const int = (lo: number, hi: number): number => unsafeUniformIntDistribution(lo, hi, rng);
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  const from = options.from ?? '2026-02-02';
  const weeks = options.weeks ?? Math.max(8, Math.ceil(options.sessions / 20));
  const to = addDays(from, weeks * 7 - 1);
  const perCohort = 5;
  const cohortCount = Math.ceil(options.sessions / perCohort);
  const cohorts: CohortInfo[] = [];
  for (let i = 0; i < cohortCount; i++) {
    const provinceCode = provinces[i % provinces.length]!;
    const malay = MALAY_MAJORITY.includes(provinceCode) && int(0, 2) === 0;
    cohorts.push({ id: `c${pad(i)}`, provinceCode, language: malay ? 'ms' : 'th', size: int(12, 40) });
  }
  const sessions: SessionRequest[] = [];
  for (let i = 0; i < options.sessions; i++) {
    const cohort = cohorts[Math.floor(i / perCohort)]!;
    const step = i % perCohort;
    const kind = int(0, 9);
    const [hours, days] = kind < 6 ? [3, 1] : kind < 9 ? [6, 1] : [12, 2];
    sessions.push({
      id: `s${pad(i)}`,
      moduleCode: MODULES[(Math.floor(i / perCohort) * 3 + step) % MODULES.length]!,
      cohortId: cohort.id,
      hours,
      days,
      prerequisiteSessionIds: step > 0 && step < 3 ? [`s${pad(i - 1)}`] : [],
    });
  }
  const venues: VenueInfo[] = [];
  const venuesPerProvince = Math.max(2, Math.ceil(options.sessions / 60));
  for (const p of provinces) {
    for (let v = 0; v < venuesPerProvince; v++) {
      const closed = int(0, 3) === 0 ? int(0, weeks * 7 - 7) : null;
      venues.push({
        id: `v${p}-${v}`,
        name: `Venue ${v + 1} (${p})`,
        provinceCode: p,
        capacity: v === 0 ? 45 : int(15, 50),
        ...(closed !== null ? { unavailable: [{ from: addDays(from, closed), to: addDays(from, closed + 6) }] } : {}),
      });
    }
  }
  const trainers: TrainerInfo[] = [];
  const trainerCount = Math.max(MODULES.length, Math.ceil(options.sessions / 6));
  for (let t = 0; t < trainerCount; t++) {
    const home = provinces[t % provinces.length]!;
    const codes = new Set<string>([MODULES[t % MODULES.length]!, MODULES[(t * 5 + 3) % MODULES.length]!, pick(MODULES), pick(MODULES)]);
    const leave = int(0, 2) === 0 ? int(0, weeks * 7 - 5) : null;
    trainers.push({
      id: `t${pad(t)}`,
      name: `Trainer ${t + 1}`,
      homeProvinceCode: home,
      moduleCodes: [...codes].sort(),
      languages: MALAY_MAJORITY.includes(home) ? ['th', 'ms'] : MALAY_MINORITY.includes(home) ? (int(0, 1) ? ['th'] : ['th', 'ms']) : ['th'],
      maxLoadHours: int(30, 60),
      ...(leave !== null ? { unavailable: [{ from: addDays(from, leave), to: addDays(from, leave + 4) }] } : {}),
    });
  }
  const calendarRules: Record<string, CalendarRules> = {};
  for (const [i, p] of provinces.entries()) {
    const start = int(0, weeks * 7 - 7);
    calendarRules[p] = defaultCalendarRules(p, {
      blackouts: [{ from: addDays(from, start), to: addDays(from, start + 6), reason: BLACKOUT_REASONS[i % BLACKOUT_REASONS.length]! }],
      ramadan: { policy: ramadanPolicy(p, pick), halfDayEndsAt: '12:00' },
    });
  }
  return { sessions, cohorts, venues, trainers, window: { from, to }, calendarRules, preferences: { preferredWeekdays: [2, 3, 4] } };
}

/** Songkhla half days; the Malay-speaking provinces half days or none; elsewhere the generator varies it too. */
function ramadanPolicy(provinceCode: string, pick: <T>(list: readonly T[]) => T): 'HALF_DAYS' | 'AVOID' | 'IGNORE' {
  if (provinceCode === '90') return 'HALF_DAYS';
  if (MALAY_MAJORITY.includes(provinceCode) || MALAY_MINORITY.includes(provinceCode)) return pick(['HALF_DAYS', 'AVOID'] as const);
  return pick(['HALF_DAYS', 'IGNORE'] as const);
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}
