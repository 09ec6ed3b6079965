import { describe, expect, it } from '@jest/globals';
import { Role } from '@ruamsang/shared';
import { canImportInto, canManageCampaigns } from './campaign-access.js';
import { bangkokDay, closesAtOf, fieldMessages, formFieldOf, opensAtOf, openQuestionsFrom } from './campaign-form.js';

describe('campaign dates in Bangkok time', () => {
  it('takes the Bangkok calendar day, which is ahead of UTC in the evening', () => {
    expect(bangkokDay(new Date('2026-11-24T16:59:00Z'))).toBe('2026-11-24');
    expect(bangkokDay(new Date('2026-11-24T17:00:00Z'))).toBe('2026-11-25');
    expect(bangkokDay(new Date('2026-12-20T03:00:00Z'), 30)).toBe('2027-01-19');
  });
  it('opens at midnight and closes at the last second of the day, UTC+7', () => {
    expect(opensAtOf('2026-12-01')).toBe('2026-11-30T17:00:00.000Z');
    expect(closesAtOf('2026-12-31')).toBe('2026-12-31T16:59:59.000Z');
  });
  it('gives null for an empty or impossible day', () => {
    expect(opensAtOf('')).toBeNull();
    expect(closesAtOf('2026-13-40')).toBeNull();
    expect(opensAtOf('1/12/2026')).toBeNull();
  });
});

describe('openQuestionsFrom', () => {
  it('keys one question per non-empty line in order', () => {
    expect(openQuestionsFrom('  ท่านหวังอะไร \r\n\nท่านกังวลอะไร\n')).toEqual([
      { key: 'q1', prompt: { th: 'ท่านหวังอะไร' } },
      { key: 'q2', prompt: { th: 'ท่านกังวลอะไร' } },
    ]);
  });
  it('keeps at most the limit and gives none for blank text', () => {
    expect(openQuestionsFrom(Array.from({ length: 12 }, (_, i) => `Q${i}`).join('\n'))).toHaveLength(10);
    expect(openQuestionsFrom(' \n ')).toEqual([]);
  });
});

describe('field messages', () => {
  it('maps nested API paths to the form field, first message kept', () => {
    expect(formFieldOf('openQuestions.0.prompt.th')).toBe('openQuestions');
    expect(formFieldOf('title')).toBe('title');
    expect(fieldMessages({ 'openQuestions.1.key': 'a', 'openQuestions.0.prompt.th': 'b', closesAt: 'c' })).toEqual({ openQuestions: 'a', closesAt: 'c' });
  });
  it('drops the path prefix of a top-level field, keeps a nested one', () => {
    expect(fieldMessages({ title: 'title: ต้องมีอย่างน้อย 3 ตัวอักษร', 'openQuestions.0.key': 'openQuestions.0.key: has the wrong format', sectors: 'no prefix here' })).toEqual({
      title: 'ต้องมีอย่างน้อย 3 ตัวอักษร',
      openQuestions: 'openQuestions.0.key: has the wrong format',
      sectors: 'no prefix here',
    });
  });
});

describe('who manages campaigns and imports paper forms', () => {
  const admin = { role: Role.ADMIN, managedProvinceCodes: [] };
  const pattani = { role: Role.COORDINATOR, managedProvinceCodes: ['94'] };
  const trainer = { role: Role.TRAINER, managedProvinceCodes: [] };
  it('lets admins and coordinators create campaigns, not trainers or practitioners', () => {
    expect([admin, pattani, trainer, { role: Role.PRACTITIONER, managedProvinceCodes: [] }, null].map(canManageCampaigns)).toEqual([true, true, false, false, false]);
  });
  it('lets a coordinator import only where the campaign touches their province', () => {
    expect(canImportInto(pattani, ['94', '95'])).toBe(true);
    expect(canImportInto(pattani, ['95'])).toBe(false);
    expect(canImportInto(admin, ['95'])).toBe(true);
    expect(canImportInto(trainer, ['94'])).toBe(false);
  });
});
