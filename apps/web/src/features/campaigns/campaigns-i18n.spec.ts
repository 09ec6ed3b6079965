import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { INSTRUMENTS } from '@ruamsang/shared';
import { IMPORT_MODES } from './paper-import.js';

const i18nDir = join(new URL('.', import.meta.url).pathname, '../../i18n');
const catalogue = (locale: string) => JSON.parse(readFileSync(join(i18nDir, `${locale}.json`), 'utf8')) as Record<string, string>;

describe('texts the campaign screens build from values', () => {
  it('exist in Thai, English and Malay', () => {
    const keys = [
      ...INSTRUMENTS.flatMap((i) => [`instrument.${i}`, `instrument.${i}.hint`]),
      ...['UPCOMING', 'OPEN', 'CLOSED'].map((s) => `campaigns.status.${s}`),
      ...IMPORT_MODES.flatMap((m) => [`import.mode.${m}`, `import.mode.${m}.hint`]),
    ];
    for (const locale of ['th', 'en', 'ms']) {
      const texts = catalogue(locale);
      expect({ locale, missing: keys.filter((k) => !texts[k]?.trim()) }).toEqual({ locale, missing: [] });
    }
  });
});
