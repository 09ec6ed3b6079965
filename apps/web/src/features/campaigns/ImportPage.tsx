import { useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { tokenStore } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { formatDate } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import { canImportInto } from './campaign-access';
import { IMPORT_MODES, isImportFile, outcomeOf, rejectedLineCount, templateCsv, type ImportMode, type ImportReport } from './paper-import';
import { RejectedRowsTable } from './RejectedRowsTable';
import { ImportUploadError, percentSent, uploadImport, type RunningUpload, type UploadProgress } from './upload';
import { saveBlob } from '../../app/save-file';

const IMPORT_CAMPAIGN = graphql(`
  query ImportCampaign($id: ID!) {
    campaign(id: $id) {
      id
      title
      instrument
      status
      provinceCodes
      opensAt
      closesAt
      scale {
        min
        max
      }
      framework {
        id
        competencies {
          code
        }
      }
    }
  }
`);

function downloadTemplate(codes: readonly string[]) {
  saveBlob(new Blob([templateCsv(codes)], { type: 'text/csv;charset=utf-8' }), 'ruamsang-paper-forms-template.csv');
}

function Report({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const outcome = outcomeOf(report);
  return (
    <section className="card import-report" aria-labelledby="import-report-title">
      <h2 id="import-report-title">{t('import.report')}</h2>
      <p className={outcome === 'ALL_STORED' ? 'notice' : outcome === 'NOTHING_STORED' ? 'warning' : 'callout'} role="status">
        {outcome === 'NOTHING_STORED' && report.mode === 'all-or-nothing'
          ? t('import.nothingStoredAllOrNothing')
          : outcome === 'NOTHING_STORED'
            ? t('import.nothingStoredValidRows')
            : outcome === 'PARTLY_STORED'
              ? t('import.partlyStored')
              : outcome === 'EMPTY'
                ? t('import.emptyFile')
                : t('import.allStored')}
      </p>
      <dl className="counts">
        <div>
          <dt>{t('import.rowsRead')}</dt>
          <dd data-testid="rows-read">{report.rows}</dd>
        </div>
        <div>
          <dt>{t('import.storedResponses')}</dt>
          <dd data-testid="stored-responses">{report.storedResponses}</dd>
        </div>
        <div>
          <dt>{t('import.storedRatings')}</dt>
          <dd data-testid="stored-ratings">{report.storedRatings}</dd>
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

export default function ImportPage() {
  const { campaignId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { me } = useAuth();
  const { data, loading, error } = useQuery(IMPORT_CAMPAIGN, { variables: { id: campaignId } });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const running = useRef<RunningUpload | null>(null);
  const fileInput = useRef<HTMLInputElement | null>(null);

  // Leaving the page cancels an upload still in flight.
  useEffect(() => () => running.current?.abort(), []);

  if (loading && !data) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (error || !data) {
    return (
      <p className="error" role="alert">
        {errorsOf(error).message}
      </p>
    );
  }
  const { campaign } = data;
  if (!canImportInto(me, campaign.provinceCodes)) {
    return (
      <p className="error" role="alert">
        {t('import.notAllowed')}
      </p>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setFileError(t('import.chooseFileFirst'));
      return;
    }
    setBusy(true);
    setReport(null);
    setFailure(null);
    setProgress({ phase: 'uploading', loaded: 0, total: file.size });
    const upload = uploadImport({ campaignId, mode, file, token: tokenStore.get(), locale, onProgress: setProgress });
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

  const percent = percentSent(progress);
  const codes = campaign.framework.competencies.map((c) => c.code);

  return (
    <section className="page">
      <p>
        <Link to="/campaigns">← {t('campaigns.title')}</Link>
      </p>
      <h1>{t('import.title')}</h1>
      <p className="muted">
        {campaign.title} · {t(`instrument.${campaign.instrument}`)} · {formatDate(campaign.opensAt, locale)} – {formatDate(campaign.closesAt, locale)}
      </p>
      <div className="card">
        <h2>{t('import.howTitle')}</h2>
        <p>{t('import.how', { min: campaign.scale.min, max: campaign.scale.max })}</p>
        <p>
          <code className="header-row">respondent_ref,province_code,district_code,sector,gender,competency_code,target,current</code>
        </p>
        <button type="button" className="secondary" onClick={() => downloadTemplate(codes)}>
          {t('import.template')}
        </button>
      </div>
      <form className="card import-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="import-form-title" aria-busy={busy}>
        <h2 id="import-form-title">{t('import.upload')}</h2>
        <label>
          {t('import.file')}
          <input
            ref={fileInput}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            aria-invalid={!!fileError}
            aria-describedby={fileError ? 'import-file-error' : undefined}
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
            <span className="field-error" id="import-file-error">
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
                {t(`import.mode.${m}`)}
                <span className="muted small block">{t(`import.mode.${m}.hint`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {busy && (
          <div className="upload-status">
            <progress
              max={100}
              value={percent ?? undefined}
              aria-label={progress?.phase === 'processing' ? t('import.processing') : t('import.uploading')}
            />
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
            {busy ? t('import.uploading') : t('import.submit')}
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
