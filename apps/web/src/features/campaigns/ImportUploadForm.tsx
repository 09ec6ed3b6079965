import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MODES, isImportFile, type ImportMode } from './paper-import';
import { ImportUploadError, percentSent, type RunningUpload, type UploadProgress } from './upload';

/** The state of one import screen's upload: the chosen file, the upload in flight, its report or failure. */
export function useImportUpload<Report>() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const running = useRef<RunningUpload<Report> | null>(null);

  // Leaving the page cancels an upload still in flight.
  useEffect(() => () => running.current?.abort(), []);

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    setReport(null);
    setFailure(null);
    if (chosen && !isImportFile(chosen.name)) {
      setFile(null);
      setFileError(t('import.wrongType'));
      return;
    }
    setFileError(null);
    setFile(chosen);
  }

  /** Starts `start(file, onProgress)` and keeps its report, or a failure in the user's words. */
  async function send(start: (file: File, onProgress: (p: UploadProgress) => void) => RunningUpload<Report>): Promise<void> {
    if (!file) {
      setFileError(t('import.chooseFileFirst'));
      document.getElementById('import-file')?.focus();
      return;
    }
    setBusy(true);
    setReport(null);
    setFailure(null);
    setProgress({ phase: 'uploading', loaded: 0, total: file.size });
    const upload = start(file, setProgress);
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

  return { file, fileError, mode, setMode, progress, busy, report, failure, choose, send, abort: () => running.current?.abort() };
}

export type ImportUpload<Report> = ReturnType<typeof useImportUpload<Report>>;

/**
 * The upload form of an import: file, mode (all-or-nothing or valid rows), progress, failure and
 * the actions. `modeText` names each mode and its hint in the screen's own words.
 */
export function ImportUploadForm<Report>({
  upload,
  onSubmit,
  submitLabel,
  modeText,
  extraActions,
}: {
  upload: ImportUpload<Report>;
  onSubmit: () => void;
  submitLabel: string;
  modeText: (mode: ImportMode) => { label: string; hint: string };
  extraActions?: ReactNode;
}) {
  const { t } = useTranslation();
  const { busy, progress, fileError, failure, mode } = upload;
  const percent = percentSent(progress);
  return (
    <form
      className="card import-form"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
      noValidate
      aria-labelledby="import-form-title"
      aria-busy={busy}
    >
      <h2 id="import-form-title">{t('import.upload')}</h2>
      <label>
        {t('import.file')}
        <input
          id="import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy}
          aria-invalid={!!fileError}
          aria-describedby={fileError ? 'import-file-error' : undefined}
          onChange={upload.choose}
        />
        {fileError && (
          <span className="field-error" id="import-file-error">
            {fileError}
          </span>
        )}
      </label>
      <fieldset className="checks">
        <legend>{t('import.mode')}</legend>
        {IMPORT_MODES.map((m) => (
          <label key={m} className="check">
            <input type="radio" name="mode" value={m} checked={mode === m} disabled={busy} onChange={() => upload.setMode(m)} />
            <span>
              {modeText(m).label}
              <span className="muted small block">{modeText(m).hint}</span>
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
          {busy ? t('import.uploading') : submitLabel}
        </button>
        {extraActions}
        {busy && (
          <button type="button" className="secondary" onClick={upload.abort}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
