import { describe, expect, it } from '@jest/globals';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ruamsang/shared';
import { passwordProblems } from './password-form.js';

describe('passwordProblems', () => {
  it('names the allowed length when the new password is too short or too long', () => {
    const short = passwordProblems({ current: 'x', password: 'a'.repeat(PASSWORD_MIN_LENGTH - 1), confirm: '' }, true);
    expect(short.password).toEqual({ key: 'account.passwordLength', values: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } });
    expect(passwordProblems({ password: 'a'.repeat(PASSWORD_MAX_LENGTH + 1), confirm: '' }, false).password).toBeDefined();
  });
  it('asks for the same new password twice, and the current one when changing', () => {
    const draft = { password: 'a-good-password', confirm: 'a-good-passwore' };
    expect(passwordProblems(draft, false)).toEqual({ confirm: { key: 'account.passwordMismatch' } });
    expect(passwordProblems({ ...draft, confirm: draft.password }, true)).toEqual({ current: { key: 'account.passwordRequired' } });
    expect(passwordProblems({ current: 'old', password: 'a-good-password', confirm: 'a-good-password' }, true)).toEqual({});
  });
});
