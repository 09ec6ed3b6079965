import { describe, expect, it } from '@jest/globals';
import { htmlToPlainText } from './framework-files.service.js';
import { moodleRows, MOODLE_HEADERS, planMoodleImport } from './moodle-csv.js';

/** A Moodle row by name; the rest of the fourteen cells empty. */
function row(cells: { parent?: string; id: string; name?: string; description?: string; format?: string; scale?: string; related?: string; framework?: boolean }): string[] {
  const r = Array.from({ length: 14 }, () => '');
  r[0] = cells.parent ?? '';
  r[1] = cells.id;
  r[2] = cells.name ?? cells.id;
  r[3] = cells.description ?? '';
  r[4] = cells.format ?? '1';
  r[5] = cells.scale ?? '';
  r[10] = cells.related ?? '';
  r[12] = cells.framework ? '1' : '0';
  return r;
}

const plan = (rows: string[][]) => planMoodleImport(rows, 'en', htmlToPlainText);

describe('planMoodleImport', () => {
  it('attaches a child listed before its parent, as Moodle’s importer does, and keeps Moodle’s depth-first order', () => {
    const result = plan([
      row({ id: 'FW', framework: true, scale: 'a,b,c,d,e' }),
      row({ parent: 'B', id: 'B.1' }),
      row({ id: 'A' }),
      row({ parent: 'A', id: 'A.1' }),
      row({ id: 'B' }),
      row({ parent: 'A.1', id: 'A.1.1' }),
      row({ parent: 'A', id: 'A.2' }),
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.content.domains.map((d) => [d.code, d.competencies.map((c) => `${c.code}<${c.parentCode ?? ''}`)])).toEqual([
      ['A', ['A.1<', 'A.1.1<A.1', 'A.2<']],
      ['B', ['B.1<']],
    ]);
  });

  it('refuses rows whose parents form a loop or are missing, each by its line', () => {
    const result = plan([row({ id: 'FW', framework: true }), row({ id: 'A' }), row({ parent: 'Y', id: 'X' }), row({ parent: 'X', id: 'Y' }), row({ parent: 'GONE', id: 'Z' })]);
    expect(result.rejected.map((r) => [r.line, r.reason, r.params?.['code']])).toEqual([
      [4, 'parentMissing', 'Y'],
      [5, 'parentMissing', 'X'],
      [6, 'parentMissing', 'GONE'],
    ]);
  });

  it('needs one framework row, and only one', () => {
    expect(plan([row({ id: 'A' })]).rejected.map((r) => r.reason)).toEqual(['noFramework']);
    expect(plan([row({ id: 'F1', framework: true }), row({ id: 'F2', framework: true })]).rejected.map((r) => [r.line, r.reason])).toEqual([[3, 'secondFramework']]);
  });

  it('reports a scale that is not five values and a row with its own scale', () => {
    const result = plan([row({ id: 'FW', framework: true, scale: 'No,Yes' }), row({ id: 'A' }), row({ parent: 'A', id: 'A.1', scale: 'x,y,z' })]);
    expect(result.notes.map((n) => [n.line, n.reason])).toEqual([
      [2, 'scaleOther'],
      [4, 'ownScale'],
    ]);
  });

  it('refuses a description format Moodle does not have', () => {
    expect(plan([row({ id: 'FW', framework: true }), row({ id: 'A', format: '7' })]).rejected.map((r) => [r.column, r.reason])).toEqual([[MOODLE_HEADERS[4], 'badFormat']]);
  });
});

describe('htmlToPlainText', () => {
  it('keeps the words and line structure, drops tags, scripts and link targets', () => {
    expect(htmlToPlainText('<p>One &amp; two</p><p>three<br>four</p>')).toBe('One & two\n\nthree\nfour');
    expect(htmlToPlainText('<p>See <a href="https://x.example">the guide</a></p><script>alert(1)</script>')).toBe('See the guide');
    expect(htmlToPlainText('<h2>Heading</h2><p>text</p>')).toBe('Heading\n\ntext');
  });
});

describe('moodleRows', () => {
  it('writes the framework row first with a five-value scale and each competency under its parent', () => {
    const rows = moodleRows(
      { code: 'FW', name: { th: 'กรอบ', en: 'Framework' }, description: null },
      { domains: [{ code: 'D', name: { th: 'ด้าน' }, competencies: [{ code: 'C', parentCode: null, name: { th: 'ก' }, description: { th: 'คำอธิบาย' }, levelDescriptors: [] }, { code: 'C.1', parentCode: 'C', name: { th: 'ข' }, description: null, levelDescriptors: [] }] }] },
      'en',
    );
    expect(rows[0]).toEqual([...MOODLE_HEADERS]);
    expect(rows[1]!.slice(0, 3)).toEqual(['', 'FW', 'Framework']);
    expect(rows[1]![5]).toBe('Aware,Basic,Independent,Advanced,Can teach others');
    expect(rows[1]![12]).toBe('1');
    expect(rows.slice(2).map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ['', 'D', 'ด้าน', '', '1'],
      ['D', 'C', 'ก', 'คำอธิบาย', '2'],
      ['C', 'C.1', 'ข', '', '1'],
    ]);
  });
});
