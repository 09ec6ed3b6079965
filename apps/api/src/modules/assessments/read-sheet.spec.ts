import { describe, expect, it } from '@jest/globals';
import { readSheet } from './paper-import.service.js';

describe('readSheet (CSV)', () => {
  it('keys rows by the normalised header, drops a BOM and trailing blank lines, keeps blank lines in between', async () => {
    const csv = '\uFEFFRespondent Ref,PROVINCE_CODE,competency code,target,current\nA1,94,FS-01,4,2\n\n"B,2",95,FS-02,"5",1\n\n\n';
    const { header, rows } = await readSheet(Buffer.from(csv));
    expect(header).toEqual(['respondent_ref', 'province_code', 'competency_code', 'target', 'current']);
    expect(rows).toEqual([
      { respondent_ref: 'A1', province_code: '94', competency_code: 'FS-01', target: '4', current: '2' },
      { respondent_ref: '' },
      { respondent_ref: 'B,2', province_code: '95', competency_code: 'FS-02', target: '5', current: '1' },
    ]);
  });

  it('leaves the columns a short row lacks unset, so the row is rejected for them rather than shifted', async () => {
    const { rows } = await readSheet(Buffer.from('respondent_ref,province_code,target\nA1,94\n'));
    expect(rows).toEqual([{ respondent_ref: 'A1', province_code: '94' }]);
  });
});
