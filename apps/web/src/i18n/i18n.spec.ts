import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

const here = new URL('.', import.meta.url).pathname;
const src = join(here, '..');
const load = (locale: string) => JSON.parse(readFileSync(join(here, `${locale}.json`), 'utf8')) as Record<string, string>;
const catalogues = { th: load('th'), en: load('en'), ms: load('ms') };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('translations', () => {
  it('has every key in every language, and no empty text', () => {
    const all = new Set(Object.values(catalogues).flatMap((c) => Object.keys(c)));
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      const missing = [...all].filter((key) => !(key in catalogue));
      expect({ locale, missing }).toEqual({ locale, missing: [] });
      const empty = Object.entries(catalogue).filter(([, text]) => !text.trim()).map(([key]) => key);
      expect({ locale, empty }).toEqual({ locale, empty: [] });
    }
  });

  it('keeps the same {{placeholders}} in each language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(catalogues.th)) {
      for (const locale of ['en', 'ms'] as const) {
        expect({ key, locale, names: placeholders(catalogues[locale][key] ?? '') }).toEqual({ key, locale, names: placeholders(catalogues.th[key] ?? '') });
      }
    }
  });

  it('defines every literal key the screens ask for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(src)) {
      // t('key'), t("key"), i18next.t('key') and <Trans i18nKey="key">.
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:\bt\(\s*|i18nKey=\{?\s*)(['"])([\w.]+)\1/g)) used.add(match[2]!);
    }
    expect(used.size).toBeGreaterThan(20);
    // Every language, not only Thai: a key used on a screen but missing in English or Malay fails.
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      const missing = [...used].filter((key) => !(key in catalogue));
      expect({ locale, missing }).toEqual({ locale, missing: [] });
    }
  });

  it('defines the keys built from enum values (roles, sectors, groupings, quadrants)', () => {
    const dynamic = [
      ...['PRACTITIONER', 'TRAINER', 'COORDINATOR', 'ADMIN'].flatMap((r) => [`role.${r}`, `home.next.${r}`]),
      ...['GOVERNMENT', 'CIVIL_SOCIETY', 'ACADEMIC', 'PRIVATE', 'COMMUNITY', 'SUPPORT_AGENCY'].map((s) => `sector.${s}`),
      ...['ALL', 'PROVINCE', 'DISTRICT', 'SECTOR', 'ORGANISATION', 'GENDER', 'AGE_BAND', 'PERSONA_GROUP'].map((g) => `gaps.grouping.${g}`),
      ...['BORICH', 'PNI', 'HENNESSY_HICKS'].flatMap((i) => [`assess.target.${i}`, `assess.current.${i}`]),
      ...['th', 'en', 'ms'].map((l) => `language.${l}`),
    ];
    expect(dynamic.filter((key) => !(key in catalogues.th))).toEqual([]);
  });
});
