import { describe, expect, it } from '@jest/globals';
import { backoffDelay, draftCsv, type LocalDraft } from './offline-sync.js';

describe('offline assessment helpers', () => {
  it('backs off 1 s, 2 s, 4 s … and never waits more than a minute', () => {
    expect([0, 1, 2, 3, 5, 6, 7, 20].map(backoffDelay)).toEqual([1000, 2000, 4000, 8000, 32_000, 60_000, 60_000, 60_000]);
  });

  it('exports a draft as CSV with ratings, open answers and quoted text', () => {
    const draft: LocalDraft = {
      campaignId: 'c1',
      campaignTitle: 'PNI',
      savedAt: '2026-11-24T10:00:00.000Z',
      ratings: [
        { competencyCode: 'AGR-1', target: 5, current: 2, needType: null },
        { competencyCode: 'AGR-2', target: 4, current: null, needType: 'TRAINING' },
      ],
      answers: [{ key: 'hopes', text: 'อยากได้ "ทักษะ", และเวลา\nมากขึ้น' }],
    };
    expect(draftCsv(draft).split('\r\n')).toEqual([
      'campaign_id,competency_code,target,current,need_type,question_key,answer',
      'c1,AGR-1,5,2,,,',
      'c1,AGR-2,4,,TRAINING,,',
      'c1,,,,,hopes,"อยากได้ ""ทักษะ"", และเวลา\nมากขึ้น"',
      '',
    ]);
  });
});
