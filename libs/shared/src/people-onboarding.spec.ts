import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { THAI_GENDER_LABELS, THAI_LANGUAGE_LABELS, THAI_ROLE_LABELS, THAI_SECTOR_LABELS } from './people-onboarding.js';

const th = JSON.parse(readFileSync(new URL('../../../apps/web/src/i18n/th.json', import.meta.url), 'utf8')) as Record<string, string>;

describe('Thai labels accepted by the people import', () => {
  it('are the words the web shows (th.json), so what people read is what they may write', () => {
    for (const [code, label] of Object.entries(THAI_SECTOR_LABELS)) expect(th[`sector.${code}`]).toBe(label);
    for (const [code, label] of Object.entries(THAI_GENDER_LABELS)) expect(th[`gender.${code}`]).toBe(label);
    for (const [code, label] of Object.entries(THAI_ROLE_LABELS)) expect(th[`role.${code}`]).toBe(label);
    for (const [code, label] of Object.entries(THAI_LANGUAGE_LABELS)) expect(th[`modules.languages.${code}`]).toBe(label);
  });
});
