import { useMutation } from '@apollo/client/react';
import { LOCALES, type Locale } from '@ruamsang/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { downloadWithToken } from '../../app/download';
import { errorsOf } from '../../app/errors';
import { setLocale } from '../../app/i18n';
import { graphql } from '../../gql';
import { fieldMessages } from '../users/field-messages';
import { PasswordFields } from './PasswordFields';
import { passwordProblems, type PasswordProblems } from './password-form';

const CHANGE_MY_PASSWORD = graphql(`
  mutation ChangeMyPassword($currentPassword: String!, $newPassword: String!) {
    changeMyPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

function ChangePasswordForm() {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ current: '', password: '', confirm: '' });
  const [problems, setProblems] = useState<PasswordProblems>({});
  const [done, setDone] = useState(false);
  const [changeMyPassword, { loading, error, reset }] = useMutation(CHANGE_MY_PASSWORD);
  const form = useRef<HTMLFormElement>(null);
  const errors = errorsOf(error);
  const server = { message: errors.message, fields: fieldMessages(errors.fields) };
  const messages = {
    current: problems.current ? t(problems.current.key) : server.fields['currentPassword'],
    password: problems.password ? t(problems.password.key, problems.password.values ?? {}) : server.fields['newPassword'],
    confirm: problems.confirm ? t(problems.confirm.key) : undefined,
  };
  const firstInvalid = messages.current ? 'currentPassword' : messages.password ? 'newPassword' : messages.confirm ? 'confirmPassword' : null;
  useEffect(() => {
    if (firstInvalid) form.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
  }, [problems, error]); // eslint-disable-line react-hooks/exhaustive-deps

  const change = (key: keyof typeof draft) => (value: string) => {
    reset();
    setDone(false);
    setProblems({});
    setDraft((d) => ({ ...d, [key]: value }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = passwordProblems(draft, true);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const result = await changeMyPassword({ variables: { currentPassword: draft.current, newPassword: draft.password } }).catch(() => null);
    if (result?.data?.changeMyPassword) {
      setDone(true);
      setDraft({ current: '', password: '', confirm: '' });
    }
  }

  return (
    <form ref={form} className="card form-grid" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="password-title">
      <h2 id="password-title">{t('account.passwordTitle')}</h2>
      <label>
        <span id="current-password-label">{t('account.currentPassword')}</span>
        <input
          aria-labelledby="current-password-label"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={draft.current}
          onChange={(e) => change('current')(e.target.value)}
          aria-invalid={!!messages.current}
          aria-describedby={messages.current ? 'current-password-error' : undefined}
          required
        />
        {messages.current && (
          <span className="field-error" id="current-password-error">
            {messages.current}
          </span>
        )}
      </label>
      <PasswordFields
        password={draft.password}
        confirm={draft.confirm}
        onPassword={change('password')}
        onConfirm={change('confirm')}
        passwordError={messages.password}
        confirmError={messages.confirm}
      />
      {server.message && Object.keys(server.fields).length === 0 && (
        <p className="error" role="alert">
          {server.message}
        </p>
      )}
      {done && (
        <p className="notice" role="status">
          {t('account.passwordChanged')}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={loading}>
          {loading ? t('common.saving') : t('account.changePassword')}
        </button>
      </div>
    </form>
  );
}

function LanguageChoice() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const [changed, setChanged] = useState(false);
  const saved = changed && me?.preferredLocale === i18n.language;
  return (
    <section className="card" aria-labelledby="language-title">
      <h2 id="language-title">{t('account.languageTitle')}</h2>
      <label>
        {t('language.label')}
        <select
          value={i18n.language}
          aria-describedby="language-hint"
          onChange={(e) => {
            setChanged(true);
            setLocale(e.target.value as Locale);
          }}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {t(`language.${locale}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="hint" id="language-hint">
        {t('account.languageHint')}
      </p>
      {saved && (
        <p className="notice" role="status">
          {t('account.languageSaved')}
        </p>
      )}
    </section>
  );
}

function MyData() {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const download = (kind: 'html' | 'json') => {
    setError(null);
    downloadWithToken(`/exports/my-data.${kind}`, { headers: { 'accept-language': i18n.language }, fallbackName: `ruamsang-my-data.${kind}` }).catch((e: unknown) =>
      setError(errorsOf(e).message),
    );
  };
  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('account.dataTitle')}</h2>
      <p>{t('account.dataHint')}</p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => download('html')}>
          {t('account.dataHtml')}
        </button>
        <button type="button" className="secondary" onClick={() => download('json')}>
          {t('account.dataJson')}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** My account: password, language (kept on the account) and a copy of my personal data. */
export default function AccountPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <section className="page">
      <h1>{t('account.title')}</h1>
      {me && <p className="muted">{t('account.signedInAs', { name: me.displayName, role: t(`role.${me.role}`) })}</p>}
      <ChangePasswordForm />
      <LanguageChoice />
      <MyData />
    </section>
  );
}
