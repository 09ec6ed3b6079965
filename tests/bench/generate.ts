// Deterministic benchmark data: practitioners of the five southern border provinces rating a
// 40-competency framework, with the skews seen in real needs assessments (big provinces answer
// more, community and government staff dominate, some competencies matter more to everyone).
import { readFileSync } from 'node:fs';
import { SeededRandom } from '../../apps/api/src/database/seed/seeded-random.js';

export const BENCH_SEED = 20_260_624;
export const HEADER = 'respondent_ref,province_code,district_code,sector,gender,competency_code,target,current';

/** Roughly each province's population share (Songkhla largest, Satun smallest). */
const PROVINCES: readonly (readonly [string, number])[] = [
  ['90', 1.43],
  ['96', 0.81],
  ['94', 0.72],
  ['95', 0.54],
  ['91', 0.33],
];
/** The provinces the benchmark's data lives in (its own scenario, inside the default programme area). */
export const BENCH_PROVINCE_CODES: readonly string[] = PROVINCES.map(([code]) => code).sort();
const SECTORS: readonly (readonly [string, number])[] = [
  ['COMMUNITY', 40],
  ['GOVERNMENT', 25],
  ['CIVIL_SOCIETY', 14],
  ['ACADEMIC', 8],
  ['PRIVATE', 8],
  ['SUPPORT_AGENCY', 5],
];
const GENDERS: readonly (readonly [string, number])[] = [
  ['FEMALE', 52],
  ['MALE', 45],
  ['OTHER', 1],
  ['PREFER_NOT_TO_SAY', 2],
];

export interface BenchFramework {
  code: string;
  name: { th: string; en: string };
  domains: { code: string; name: { th: string; en: string }; competencies: { code: string; name: { th: string; en: string } }[] }[];
}

export function benchFramework(competencies = 40, domains = 5): BenchFramework {
  const perDomain = competencies / domains;
  return {
    code: `BENCH${competencies}`,
    name: { th: 'กรอบสมรรถนะสำหรับการวัดประสิทธิภาพ', en: 'Benchmark framework' },
    domains: Array.from({ length: domains }, (_, d) => ({
      code: `B${d + 1}`,
      name: { th: `หมวด ${d + 1}`, en: `Domain ${d + 1}` },
      competencies: Array.from({ length: perDomain }, (_, c) => ({
        code: `B${d + 1}-${String(c + 1).padStart(2, '0')}`,
        name: { th: `สมรรถนะ ${d + 1}.${c + 1}`, en: `Competency ${d + 1}.${c + 1}` },
      })),
    })),
  };
}

function districtsOf(): Map<string, string[]> {
  const all = JSON.parse(readFileSync(new URL('../../apps/api/thai-geography-data/districts.json', import.meta.url), 'utf8')) as { id: number; province_id: number }[];
  const byProvince = new Map<string, string[]>();
  for (const d of all) {
    const province = String(d.province_id);
    if (!PROVINCES.some(([code]) => code === province)) continue;
    byProvince.set(province, [...(byProvince.get(province) ?? []), String(d.id)]);
  }
  return byProvince;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));

/**
 * Yields CSV files of `perFile` practitioners each, `practitioners` in all, every practitioner
 * rating every competency. Same seed, same bytes.
 */
export function* paperFormFiles(codes: readonly string[], practitioners: number, perFile: number, seed = BENCH_SEED): Generator<{ csv: string; ratings: number }> {
  const random = new SeededRandom(seed);
  const districts = districtsOf();
  const importance = codes.map(() => random.normal(4, 0.5));
  const ability = codes.map(() => random.normal(2.8, 0.5));
  const provinceEffect = new Map(PROVINCES.map(([code]) => [code, random.normal(0, 0.3)]));
  let lines: string[] = [HEADER];
  let ratings = 0;
  for (let p = 0; p < practitioners; p += 1) {
    const province = random.weighted(PROVINCES);
    const provinceDistricts = districts.get(province) ?? [];
    // district skew: the first districts (the provincial seats) answer more
    const district = provinceDistricts[Math.min(provinceDistricts.length - 1, Math.floor(provinceDistricts.length * random.float() ** 2))] ?? '';
    const sector = random.weighted(SECTORS);
    const gender = random.weighted(GENDERS);
    const effect = provinceEffect.get(province) ?? 0;
    const personal = random.normal(0, 0.4);
    codes.forEach((code, j) => {
      const target = clamp(random.normal(importance[j]!, 0.7), 1, 5);
      const current = clamp(random.normal(ability[j]! - effect + personal, 0.8), 1, 5);
      lines.push(`BENCH-${String(p).padStart(6, '0')},${province},${district},${sector},${gender},${code},${target},${current}`);
      ratings += 1;
    });
    if ((p + 1) % perFile === 0 || p === practitioners - 1) {
      yield { csv: lines.join('\n'), ratings };
      lines = [HEADER];
      ratings = 0;
    }
  }
}
