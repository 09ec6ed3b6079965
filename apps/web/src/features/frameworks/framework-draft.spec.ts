import { describe, expect, it } from '@jest/globals';
import { draftOf, emptyText, exportUrl, importUrl, inputOf, moved, newCompetency, newDomain, problemsOf, withoutFieldPath, type FrameworkDraft } from './framework-draft.js';

const levels = [1, 2, 3, 4, 5].map((l) => ({ th: `ระดับ ${l}`, en: '', ms: '' }));

function draft(): FrameworkDraft {
  const d1 = { ...newDomain(), code: 'D1', name: { th: 'ด้าน', en: '', ms: '' } };
  d1.competencies = [
    { ...newCompetency(levels), code: 'C1', name: { th: 'หนึ่ง', en: 'One', ms: '' } },
    { ...newCompetency(levels), code: 'C2', name: { th: 'สอง', en: '', ms: '' } },
  ];
  return { name: { th: 'กรอบ', en: '', ms: '' }, description: emptyText(), domains: [d1] };
}

describe('moved', () => {
  it('moves one place up or down and leaves the ends alone', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('problemsOf', () => {
  it('finds nothing wrong in a complete draft', () => {
    expect(problemsOf(draft())).toEqual({});
  });

  it('names the API field of a bad code, a repeated code (with its first use) and a missing Thai name', () => {
    const d = draft();
    d.domains[0]!.competencies[0]!.code = 'C 1';
    d.domains[0]!.competencies[1]!.code = 'd1';
    d.domains[0]!.competencies[1]!.name = { th: '', en: 'Two', ms: '' };
    expect(problemsOf(d)).toEqual({
      'domains.0.competencies.0.code': { key: 'codeFormat', params: { code: 'C 1' } },
      'domains.0.competencies.1.code': { key: 'duplicateCode', params: { code: 'd1', first: 'D1' } },
      'domains.0.competencies.1.name.th': { key: 'required' },
    });
  });

  it('wants a parent competency before its children, as the API does', () => {
    const d = draft();
    d.domains[0]!.competencies[0]!.parentCode = 'C2';
    expect(problemsOf(d)['domains.0.competencies.0.parentCode']).toEqual({ key: 'parentFirst', params: { code: 'C2' } });
  });

  it('wants every level descriptor in Thai', () => {
    const d = draft();
    d.domains[0]!.competencies[1]!.levels[4] = emptyText();
    expect(problemsOf(d)).toEqual({ 'domains.0.competencies.1.levelDescriptors.4.th': { key: 'required' } });
  });
});

describe('inputOf and draftOf', () => {
  it('round-trip the tree, with empty translations as null and order kept', () => {
    const input = inputOf(draft());
    expect(input.domains[0]!.competencies.map((c) => c.code)).toEqual(['C1', 'C2']);
    expect(input.domains[0]!.competencies[0]!.name).toEqual({ th: 'หนึ่ง', en: 'One', ms: null });
    expect(input.description).toBeNull();
    expect(inputOf(draftOf(input))).toEqual(input);
  });
});

describe('addresses and messages', () => {
  it('builds the import and export addresses of the contract', () => {
    expect(importUrl('moodle', { code: ' NEW ', lang: 'en' })).toBe('/imports/frameworks?format=moodle&code=NEW&lang=en');
    expect(importUrl('ruamsang')).toBe('/imports/frameworks?format=ruamsang');
    expect(exportUrl('abc/../x', 'csv', 'moodle', 'th')).toBe('/exports/frameworks/abc%2F..%2Fx.csv?format=moodle&lang=th');
  });

  it('drops the field path the API puts before a field message', () => {
    expect(withoutFieldPath('domains.0.code', 'domains.0.code: The code "D 1" is not allowed')).toBe('The code "D 1" is not allowed');
    expect(withoutFieldPath('code', 'A framework with code X already exists.')).toBe('A framework with code X already exists.');
  });
});
