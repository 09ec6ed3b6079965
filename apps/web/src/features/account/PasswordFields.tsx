import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@ruamsang/shared';
import { useTranslation } from 'react-i18next';

/** "New password" and "again", with the allowed length said up front; shared by My account and the reset page. */
export function PasswordFields(props: {
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  passwordError?: string | undefined;
  confirmError?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      {/* aria-labelledby: the field's name is its label alone, not the hint and error beside it. */}
      <label>
        <span id="new-password-label">{t('account.newPassword')}</span>
        <input
          aria-labelledby="new-password-label"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          value={props.password}
          onChange={(e) => props.onPassword(e.target.value)}
          aria-invalid={!!props.passwordError}
          aria-describedby={`new-password-hint${props.passwordError ? ' new-password-error' : ''}`}
          required
        />
        <span className="hint" id="new-password-hint">
          {t('account.passwordHint', { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
        </span>
        {props.passwordError && (
          <span className="field-error" id="new-password-error">
            {props.passwordError}
          </span>
        )}
      </label>
      <label>
        <span id="confirm-password-label">{t('account.confirmPassword')}</span>
        <input
          aria-labelledby="confirm-password-label"
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          value={props.confirm}
          onChange={(e) => props.onConfirm(e.target.value)}
          aria-invalid={!!props.confirmError}
          aria-describedby={props.confirmError ? 'confirm-password-error' : undefined}
          required
        />
        {props.confirmError && (
          <span className="field-error" id="confirm-password-error">
            {props.confirmError}
          </span>
        )}
      </label>
    </>
  );
}
