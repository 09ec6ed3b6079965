import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DELIVERY_MODES, MODULE_STATUSES, TEACHING_LANGUAGES } from '@ruamsang/shared';

const here = new URL('.', import.meta.url).pathname;
const load = (locale: string) => JSON.parse(readFileSync(join(here, '../../i18n', `${locale}.json`), 'utf8')) as Record<string, string>;

describe('curricula translations', () => {
  it('defines the keys built from enum values in every language', () => {
    const dynamic = [
      ...DELIVERY_MODES.map((m) => `modules.modes.${m}`),
      ...MODULE_STATUSES.flatMap((s) => [`modules.statuses.${s}`, `modules.moveTo.${s}`]),
      ...TEACHING_LANGUAGES.map((l) => `modules.languages.${l}`),
      ...['COMMENT', 'SUGGESTION'].map((k) => `modules.commentKinds.${k}`),
      ...['th', 'en', 'ms'].flatMap((l) => [`modules.titleIn.${l}`, `modules.outcomeIn.${l}`]),
      ...['GREEDY', 'BEST_SINGLE'].map((s) => `curricula.strategy.${s}`),
      ...['PREREQUISITE_AFTER', 'PREREQUISITE_MISSING', 'DUPLICATE_MODULE', 'UNKNOWN_MODULE', 'SELF_PREREQUISITE'].map((p) => `curricula.problems.${p}`),
    ];
    for (const locale of ['th', 'en', 'ms']) {
      const catalogue = load(locale);
      expect({ locale, missing: dynamic.filter((key) => !(key in catalogue)) }).toEqual({ locale, missing: [] });
    }
  });
});
