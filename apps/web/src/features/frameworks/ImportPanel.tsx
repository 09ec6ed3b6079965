import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tokenStore } from '../../app/apollo';
import { importUrl, isFrameworkImportReport, type FrameworkImportReport } from './framework-draft';
import { fieldId } from './useFrameworkEditor';

type Format = 'ruamsang' | 'moodle';

/** Sends the file as the request body (frameworks are small: no progress bar) and answers the report. */
async function upload(file: File, format: Format, code: string, lang: string, locale: string): Promise<FrameworkImportReport> {
  const token = tokenStore.get();
  const response = await fetch(importUrl(format, { code, lang: format === 'moodle' ? lang : undefined }), {
    method: 'POST',
    headers: { 'content-type': file.type || 'application/octet-stream', 'accept-language': locale, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: file,
  });
  const body: unknown = await response.json().catch(() => null);
  if (response.ok && isFrameworkImportReport(body)) return body;
  const message = typeof body === 'object' && body !== null && typeof (body as { message?: unknown }).message === 'string' ? (body as { message: string }).message : `HTTP ${response.status}`;
  throw new Error(message);
}

function RowTable({ title, rows }: { title: string; rows: FrameworkImportReport['rejected'] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{title}</h3>
      <div className="table-wrap" tabIndex={0}>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('frameworkEditor.line')}
              </th>
              <th scope="col">{t('frameworkEditor.column')}</th>
              <th scope="col">{t('frameworkEditor.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${row.line}-${i}`}>
                <td className="num">{row.line}</td>
                <td>
                  <span className="code">{row.column ?? t('common.none')}</span>
                </td>
                <td>{row.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Import a framework file (ours, CSV or XLSX, or Moodle's CSV) as a new draft, with the row report. */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const { t, i18n } = useTranslation();
  const [format, setFormat] = useState<Format>('moodle');
  const [file, setFile] = useState<File | null>(null);
  const [code, setCode] = useState('');
  const [lang, setLang] = useState(i18n.language);
  const [fileError, setFileError] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<FrameworkImportReport | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const reportHeading = useRef<HTMLHeadingElement | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailed(null);
    setReport(null);
    if (!file) {
      setFileError(t('frameworkEditor.chooseFile'));
      fileInput.current?.focus();
      return;
    }
    setFileError(null);
    setBusy(true);
    try {
      const answer = await upload(file, format, code, lang, i18n.language);
      setReport(answer);
      if (answer.framework) onImported();
      setTimeout(() => reportHeading.current?.focus(), 0);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : t('common.error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="fw-import-title">
      <h2 id="fw-import-title">{t('frameworkEditor.importTitle')}</h2>
      <p className="hint">{t('frameworkEditor.importHint')}</p>
      <form className="import-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="checks">
          <legend>{t('frameworkEditor.importFormat')}</legend>
          {(['moodle', 'ruamsang'] as const).map((f) => (
            <label key={f} className="check">
              <input type="radio" name="fw-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              <span>{t(`frameworkEditor.format.${f}`)}</span>
            </label>
          ))}
        </fieldset>
        <label htmlFor="fw-import-file">
          {t('frameworkEditor.file')}
          <input
            id="fw-import-file"
            ref={fileInput}
            type="file"
            accept={format === 'moodle' ? '.csv,text/csv' : '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'fw-import-file-error' : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          {fileError && (
            <span className="field-error" id="fw-import-file-error">
              {fileError}
            </span>
          )}
        </label>
        {format === 'moodle' && (
          <label htmlFor="fw-import-lang">
            {t('frameworkEditor.textLanguage')}
            <select id="fw-import-lang" value={lang} onChange={(e) => setLang(e.target.value)}>
              {(['th', 'en', 'ms'] as const).map((l) => (
                <option key={l} value={l}>
                  {t(`language.${l}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label htmlFor={fieldId('import-code')}>
          {t('frameworkEditor.importCode')}
          <input id={fieldId('import-code')} value={code} maxLength={40} spellCheck={false} onChange={(e) => setCode(e.target.value)} />
          <span className="hint">{t('frameworkEditor.importCodeHint')}</span>
        </label>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('frameworkEditor.importing') : t('frameworkEditor.importSubmit')}
          </button>
        </div>
      </form>
      {failed && (
        <p className="warning" role="alert">
          {failed}
        </p>
      )}
      {report && (
        <div className="import-report">
          <h3 ref={reportHeading} tabIndex={-1}>
            {t('frameworkEditor.report')}
          </h3>
          {report.framework ? (
            <p className="notice" role="status">
              {t('frameworkEditor.imported', { code: report.framework.code, domains: report.framework.domains, competencies: report.framework.competencies })}{' '}
              <Link to={`/frameworks/${report.framework.id}`}>{t('frameworkEditor.openDraft')}</Link>
            </p>
          ) : (
            <p className="warning" role="status">
              {t('frameworkEditor.nothingImported', { count: report.rejected.length })}
            </p>
          )}
          <p>{t('frameworkEditor.rowsRead', { count: report.rows })}</p>
          {report.rejected.length > 0 && <RowTable title={t('frameworkEditor.rejectedTitle')} rows={report.rejected} />}
          {report.notes.length > 0 && <RowTable title={t('frameworkEditor.notesTitle')} rows={report.notes} />}
        </div>
      )}
    </section>
  );
}
