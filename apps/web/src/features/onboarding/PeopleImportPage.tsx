import { PEOPLE_IMPORT_COLUMNS } from '@ruamsang/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { tokenStore } from '../../app/apollo';
import { ImportUploadForm, useImportUpload } from '../campaigns/ImportUploadForm';
import { rejectedLineCount } from '../campaigns/paper-import';
import { RejectedRowsTable } from '../campaigns/RejectedRowsTable';
import { uploadFile } from '../campaigns/upload';
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
  const upload = useImportUpload<PeopleImportReport>();

  function send(dryRun: boolean) {
    void upload.send((file, onProgress) =>
      uploadFile({ url: peopleImportUrl(upload.mode, dryRun), isReport: isPeopleImportReport, file, token: tokenStore.get(), locale: i18n.language, onProgress }),
    );
  }

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
      <ImportUploadForm
        upload={upload}
        onSubmit={() => send(false)}
        submitLabel={t('peopleImport.submit')}
        modeText={(m) => ({ label: t(`peopleImport.mode.${m}`), hint: t(`peopleImport.mode.${m}.hint`) })}
        extraActions={
          <button type="button" className="secondary" disabled={upload.busy} onClick={() => send(true)}>
            {t('peopleImport.check')}
          </button>
        }
      />
      {upload.report && <Report report={upload.report} />}
    </section>
  );
}
