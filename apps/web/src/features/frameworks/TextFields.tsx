import { LOCALES } from '@ruamsang/shared';
import { useTranslation } from 'react-i18next';
import type { TextDraft } from './framework-draft';
import { fieldId } from './useFrameworkEditor';

/**
 * One text in Thai, English and Malay: Thai required when `required`, the others fall back to it.
 * `path` is the API's field path (e.g. `domains.0.name`); each language's refusal shows beside
 * its input (`domains.0.name.th`), and a refusal of the whole text beside the Thai one.
 */
export function TextFields({
  legend,
  path,
  value,
  onChange,
  messageFor,
  required = false,
  multiline = false,
  disabled = false,
}: {
  legend: string;
  path: string;
  value: TextDraft;
  onChange: (value: TextDraft) => void;
  messageFor: (path: string) => string | undefined;
  required?: boolean;
  multiline?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="fw-text">
      <legend>{legend}</legend>
      {LOCALES.map((lang) => {
        const id = fieldId(`${path}.${lang}`);
        const message = messageFor(`${path}.${lang}`) ?? (lang === 'th' ? messageFor(path) : undefined);
        const common = {
          id,
          value: value[lang],
          disabled,
          required: required && lang === 'th',
          'aria-invalid': message ? true : undefined,
          'aria-describedby': message ? `${id}-error` : undefined,
        };
        return (
          <label key={lang} htmlFor={id}>
            <span className="fw-lang">{t(`frameworkEditor.in.${lang}`)}</span>
            {multiline ? (
              <textarea rows={2} {...common} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
            ) : (
              <input {...common} onChange={(e) => onChange({ ...value, [lang]: e.target.value })} />
            )}
            {message && (
              <span className="field-error" id={`${id}-error`}>
                {message}
              </span>
            )}
          </label>
        );
      })}
    </fieldset>
  );
}

/** A code input with its hint and refusal. */
export function CodeField({ label, path, value, onChange, messageFor, disabled = false }: { label: string; path: string; value: string; onChange: (code: string) => void; messageFor: (path: string) => string | undefined; disabled?: boolean }) {
  const { t } = useTranslation();
  const id = fieldId(path);
  const message = messageFor(path);
  return (
    <label htmlFor={id} className="fw-code">
      {label}
      <input
        id={id}
        value={value}
        disabled={disabled}
        required
        maxLength={40}
        autoCapitalize="characters"
        spellCheck={false}
        aria-invalid={message ? true : undefined}
        aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span className="hint" id={`${id}-hint`}>
        {t('frameworkEditor.codeHint')}
      </span>
      {message && (
        <span className="field-error" id={`${id}-error`}>
          {message}
        </span>
      )}
    </label>
  );
}

/** Up / down / remove buttons: reordering without a mouse. */
export function MoveButtons({ name, index, count, onMove, onRemove, disabled = false }: { name: string; index: number; count: number; onMove: (step: -1 | 1) => void; onRemove: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="actions fw-move">
      <button type="button" disabled={disabled || index === 0} aria-label={t('frameworkEditor.moveUp', { name })} onClick={() => onMove(-1)}>
        ↑
      </button>
      <button type="button" disabled={disabled || index === count - 1} aria-label={t('frameworkEditor.moveDown', { name })} onClick={() => onMove(1)}>
        ↓
      </button>
      <button type="button" className="danger" disabled={disabled} onClick={onRemove}>
        {t('frameworkEditor.remove', { name })}
      </button>
    </div>
  );
}
