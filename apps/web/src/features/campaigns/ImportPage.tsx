import { useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { tokenStore } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { formatDate } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import { canImportInto } from './campaign-access';
import { ImportUploadForm, useImportUpload } from './ImportUploadForm';
import { outcomeOf, rejectedLineCount, templateCsv, type ImportReport } from './paper-import';
import { RejectedRowsTable } from './RejectedRowsTable';
import { uploadImport } from './upload';
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
  const upload = useImportUpload<ImportReport>();

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

  function submit() {
    void upload.send((file, onProgress) => uploadImport({ campaignId, mode: upload.mode, file, token: tokenStore.get(), locale, onProgress }));
  }

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
      <ImportUploadForm
        upload={upload}
        onSubmit={submit}
        submitLabel={t('import.submit')}
        modeText={(m) => ({ label: t(`import.mode.${m}`), hint: t(`import.mode.${m}.hint`) })}
      />
      {upload.report && <Report report={upload.report} />}
    </section>
  );
}
