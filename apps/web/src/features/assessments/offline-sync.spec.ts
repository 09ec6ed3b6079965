import { describe, expect, it } from '@jest/globals';
import { draftCsv, type LocalDraft } from './offline-sync.js';

describe('offline assessment helpers', () => {
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
