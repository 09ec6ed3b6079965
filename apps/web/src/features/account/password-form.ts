import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ruamsang/shared';

export interface PasswordDraft {
  readonly current?: string;
  readonly password: string;
  readonly confirm: string;
}

/** Problems found before asking the API, keyed by field, as i18n keys with their values. */
export type PasswordProblems = Partial<Record<'current' | 'password' | 'confirm', { key: string; values?: Record<string, number> }>>;

/** The shared password limits (libs/shared), and the two new passwords the same. */
export function passwordProblems(draft: PasswordDraft, needsCurrent: boolean): PasswordProblems {
  const problems: PasswordProblems = {};
  if (needsCurrent && !draft.current) problems.current = { key: 'account.passwordRequired' };
  if (draft.password.length < PASSWORD_MIN_LENGTH || draft.password.length > PASSWORD_MAX_LENGTH) {
    problems.password = { key: 'account.passwordLength', values: { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } };
  } else if (draft.password !== draft.confirm) {
    problems.confirm = { key: 'account.passwordMismatch' };
  }
  return problems;
}
