import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { errorsOf } from '../../app/errors';
import { LanguageSwitcher } from '../../app/Layout';
import { graphql } from '../../gql';
import { fieldMessages } from '../users/field-messages';
import { PasswordFields } from './PasswordFields';
import { passwordProblems, type PasswordProblems } from './password-form';

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`);

/** /reset/<token>: sets a password with a one-time link from a coordinator; works signed out. */
export default function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [draft, setDraft] = useState({ password: '', confirm: '' });
  const [problems, setProblems] = useState<PasswordProblems>({});
  const [resetPassword, { data, loading, error, reset }] = useMutation(RESET_PASSWORD);
  const errors = errorsOf(error);
  const server = { message: errors.message, fields: fieldMessages(errors.fields) };
  const form = useRef<HTMLFormElement>(null);
  const passwordError = problems.password ? t(problems.password.key, problems.password.values ?? {}) : server.fields['newPassword'];
  const confirmError = problems.confirm ? t(problems.confirm.key) : undefined;
  useEffect(() => {
    const first = passwordError ? 'newPassword' : confirmError ? 'confirmPassword' : null;
    if (first) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }, [problems, error]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (key: keyof typeof draft) => (value: string) => {
    reset();
    setProblems({});
    setDraft((d) => ({ ...d, [key]: value }));
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = passwordProblems(draft, false);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    await resetPassword({ variables: { token, newPassword: draft.password } }).catch(() => null);
  }

  return (
    <main id="main" className="login">
      <div className="login-card">
        <div className="login-head">
          <h1>{t('app.name')}</h1>
          <LanguageSwitcher />
        </div>
        {data?.resetPassword ? (
          <>
            <h2>{t('account.reset.title')}</h2>
            <p className="notice" role="status">
              {t('account.reset.done')}
            </p>
            <Link className="button" to="/">
              {t('account.reset.signIn')}
            </Link>
          </>
        ) : (
          <form ref={form} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="reset-title">
            <h2 id="reset-title">{t('account.reset.title')}</h2>
            <p className="muted">{t('account.reset.intro')}</p>
            <PasswordFields password={draft.password} confirm={draft.confirm} onPassword={change('password')} onConfirm={change('confirm')} passwordError={passwordError} confirmError={confirmError} />
            {server.message && !server.fields['newPassword'] && (
              <p className="error" role="alert">
                {server.fields['token'] ?? server.message}
              </p>
            )}
            <button type="submit" disabled={loading}>
              {loading ? t('common.saving') : t('account.reset.submit')}
            </button>
          </form>
        )}
      </div>
    </main>
  );
}
