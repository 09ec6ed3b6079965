import { describe, expect, it } from '@jest/globals';
import { CLIENT_KEY_MAX_LENGTH, isClientKey } from './client-keys.js';
import { MODULE_CODE_HTML_PATTERN, MODULE_CODE_PATTERN } from './curricula.js';

describe('isClientKey', () => {
  it.each(['uuid:6f1c2a4e-6b7d-4d1a-9c1e-0d7f7c1a2b3c', 'row-17', '6f1c2a4e-6b7d-4d1a-9c1e-0d7f7c1a2b3c', 'x', 'แบบฟอร์ม 12', 'a'.repeat(CLIENT_KEY_MAX_LENGTH)])(
    'takes %s',
    (key) => expect(isClientKey(key)).toBe(true),
  );
  it.each(['', ' ', '   ', 'a'.repeat(CLIENT_KEY_MAX_LENGTH + 1), 'row\n17', 'tab\tkey', 'nul\u0000', 'zero\u200bwidth', 42, null])('refuses %j', (key) =>
    expect(isClientKey(key)).toBe(false),
  );
});

describe('MODULE_CODE_PATTERN', () => {
  it.each(['AGR-101', '460-101', '01999111', 'FS101', 'fs.101', 'A_1', 'AB', 'A'.repeat(20)])('takes %s', (code) =>
    expect(MODULE_CODE_PATTERN.test(code)).toBe(true),
  );
  it.each(['A', '-AGR', '.x', 'AGR 101', 'ก101', 'A'.repeat(21), 'AGR/101', ''])('refuses %s', (code) => expect(MODULE_CODE_PATTERN.test(code)).toBe(false));
});

describe('MODULE_CODE_HTML_PATTERN', () => {
  it('compiles as browsers compile a pattern attribute (v flag) and agrees with the API', () => {
    const html = new RegExp(`^(?:${MODULE_CODE_HTML_PATTERN})$`, 'v');
    for (const code of ['AGR-101', '460-101', '01999111', 'FS101', 'a.b_c', '-A', 'A', 'AGR 101']) expect(html.test(code)).toBe(MODULE_CODE_PATTERN.test(code));
  });
});
