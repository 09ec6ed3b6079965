import { describe, expect, it } from '@jest/globals';
import { copyText } from './assessments.repository.js';

describe('copyText (COPY text format)', () => {
  it('leaves plain values alone and escapes the four characters COPY treats specially', () => {
    expect(copyText('FS-01')).toBe('FS-01');
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
  });
});
