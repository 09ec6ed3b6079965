import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { errorsOf } from '../../app/errors';
import { LanguageSwitcher } from '../../app/Layout';

export function LoginPage() {
  const { t } = useTranslation();
  const { login, notice } = useAuth();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email, password);
    } catch (e) {
      setError(errorsOf(e).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main id="main" className="login">
      <div className="login-card">
        <div className="login-head">
          <h1>{t('app.name')}</h1>
          <LanguageSwitcher />
        </div>
        <p className="muted">{t('app.tagline')}</p>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <h2>{t('login.title')}</h2>
          {notice && !error && (
            <p className="error" role="alert">
              {notice}
            </p>
          )}
          <label>
            {t('account.signInName')}
            {/* type="text": an e-mail address or a Thai mobile number; the API tells them apart. */}
            <input type="text" inputMode="email" autoComplete="username" autoCapitalize="none" spellCheck={false} required value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby="sign-in-name-hint" />
            <span className="hint" id="sign-in-name-hint">
              {t('account.signInHint')}
            </span>
          </label>
          <label>
            {t('login.password')}
            <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" disabled={busy}>
            {busy ? t('common.loading') : t('login.submit')}
          </button>
        </form>
        <p className="hint">{t('login.demoHint')}</p>
      </div>
    </main>
  );
}
