import { PEOPLE_IMPORT_COLUMNS } from '@ruamsang/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tokenStore } from '../../app/apollo';
import { IMPORT_MODES, isImportFile, rejectedLineCount, type ImportMode } from '../campaigns/paper-import';
import { RejectedRowsTable } from '../campaigns/RejectedRowsTable';
import { ImportUploadError, percentSent, uploadFile, type RunningUpload, type UploadProgress } from '../campaigns/upload';
import { isPeopleImportReport, PEOPLE_TEMPLATE_CSV, PEOPLE_TEMPLATE_XLSX, peopleImportUrl, peopleOutcome, type PeopleImportReport } from './onboarding';

function Report({ report }: { report: PeopleImportReport }) {
  const { t } = useTranslation();
  const outcome = peopleOutcome(report);
  return (
    <section className="card import-report" aria-labelledby="people-report-title">
      <h2 id="people-report-title">{t('import.report')}</h2>
      <p className={outcome === 'ALL_STORED' || (outcome === 'CHECKED' && report.rejected.length === 0) ? 'notice' : outcome === 'PARTLY_STORED' ? 'callout' : 'warning'} role="status">
        {t(`peopleImport.outcome.${outcome === 'NOTHING_STORED' ? `NOTHING_STORED.${report.mode}` : outcome}`, { created: report.created, valid: report.valid })}
      </p>
      <dl className="counts">
        <div>
          <dt>{t('import.rowsRead')}</dt>
          <dd data-testid="rows-read">{report.rows}</dd>
        </div>
        <div>
          <dt>{t('peopleImport.validRows')}</dt>
          <dd data-testid="valid-rows">{report.valid}</dd>
        </div>
        <div>
          <dt>{t('peopleImport.created')}</dt>
          <dd data-testid="created">{report.created}</dd>
        </div>
        <div>
          <dt>{t('import.rejectedLines')}</dt>
          <dd data-testid="rejected-lines">{rejectedLineCount(report.rejected)}</dd>
        </div>
      </dl>
      <RejectedRowsTable rejected={report.rejected} />
    </section>
  );
}

/** Admins and coordinators import people from CSV or XLSX and read the row report. */
export default function PeopleImportPage() {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<PeopleImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const running = useRef<RunningUpload<PeopleImportReport> | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);

  useEffect(() => () => running.current?.abort(), []);

  async function send(dryRun: boolean) {
    if (!file) {
      setFileError(t('import.chooseFileFirst'));
      fileInput.current?.focus();
      return;
    }
    setBusy(true);
    setReport(null);
    setFailure(null);
    setProgress({ phase: 'uploading', loaded: 0, total: file.size });
    const upload = uploadFile({ url: peopleImportUrl(mode, dryRun), isReport: isPeopleImportReport, file, token: tokenStore.get(), locale: i18n.language, onProgress: setProgress });
    running.current = upload;
    try {
      setReport(await upload.done);
    } catch (caught) {
      if (caught instanceof ImportUploadError) {
        if (caught.code === 'ABORTED') setFailure(t('import.cancelled'));
        else if (caught.code === 'NETWORK') setFailure(t('import.networkError'));
        else if (caught.status === 413) setFailure(t('import.tooLarge'));
        else setFailure(caught.message || t('common.error'));
      } else {
        setFailure(t('common.error'));
      }
    } finally {
      running.current = null;
      setBusy(false);
      setProgress(null);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void send(false);
  }

  const percent = percentSent(progress);
  return (
    <section className="page">
      <p>
        <Link to="/users">← {t('users.title')}</Link>
      </p>
      <h1>{t('peopleImport.title')}</h1>
      <div className="card">
        <h2>{t('import.howTitle')}</h2>
        <p>{t('peopleImport.how')}</p>
        <ul className="small">
          <li>{t('peopleImport.howContact')}</li>
          <li>{t('peopleImport.howCodes')}</li>
          <li>{t('peopleImport.howOrganisation')}</li>
          <li>{t('peopleImport.howPasswords')}</li>
        </ul>
        <p>
          <code className="header-row">{PEOPLE_IMPORT_COLUMNS.join(',')}</code>
        </p>
        <p className="actions">
          <a className="button secondary" href={PEOPLE_TEMPLATE_CSV} download>
            {t('peopleImport.templateCsv')}
          </a>
          <a className="button secondary" href={PEOPLE_TEMPLATE_XLSX} download>
            {t('peopleImport.templateXlsx')}
          </a>
        </p>
      </div>
      <form className="card import-form" onSubmit={submit} noValidate aria-labelledby="people-form-title" aria-busy={busy}>
        <h2 id="people-form-title">{t('import.upload')}</h2>
        <label>
          {t('import.file')}
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            aria-invalid={!!fileError}
            aria-describedby={fileError ? 'people-file-error' : undefined}
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setReport(null);
              setFailure(null);
              if (chosen && !isImportFile(chosen.name)) {
                setFile(null);
                setFileError(t('import.wrongType'));
                return;
              }
              setFileError(null);
              setFile(chosen);
            }}
          />
          {fileError && (
            <span className="field-error" id="people-file-error">
              {fileError}
            </span>
          )}
        </label>
        <fieldset className="checks">
          <legend>{t('import.mode')}</legend>
          {IMPORT_MODES.map((m) => (
            <label key={m} className="check">
              <input type="radio" name="mode" value={m} checked={mode === m} disabled={busy} onChange={() => setMode(m)} />
              <span>
                {t(`peopleImport.mode.${m}`)}
                <span className="muted small block">{t(`peopleImport.mode.${m}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {busy && (
          <div className="upload-status">
            <progress max={100} value={percent ?? undefined} aria-label={progress?.phase === 'processing' ? t('import.processing') : t('import.uploading')} />
            <p role="status" className="muted">
              {progress?.phase === 'processing' ? (
                <>
                  <span className="spinner" aria-hidden="true" /> {t('import.processing')}
                </>
              ) : percent === null ? (
                t('import.uploading')
              ) : (
                t('import.uploadingPercent', { percent })
              )}
            </p>
          </div>
        )}
        {failure && (
          <p className="error" role="alert">
            {failure}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? t('import.uploading') : t('peopleImport.submit')}
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={() => void send(true)}>
            {t('peopleImport.check')}
          </button>
          {busy && (
            <button type="button" className="secondary" onClick={() => running.current?.abort()}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </form>
      {report && <Report report={report} />}
    </section>
  );
}
