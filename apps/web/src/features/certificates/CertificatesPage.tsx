import { useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import type { MyCertificatesQuery } from '../../gql/graphql';
import { downloadCertificate } from './download';
import { certificateFileName } from './fileName';
import './certificates.css';

const MY_CERTIFICATES = graphql(`
  query MyCertificates {
    myCertificates {
      code
      curriculumTitle
      cohortName
      holderName
      completedAt
      pdfUrl
    }
  }
`);

type Certificate = MyCertificatesQuery['myCertificates'][number];

function CertificateCard({ certificate }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [state, setState] = useState<{ downloading: boolean; error: string | null }>({ downloading: false, error: null });
  // /verify/<code> is the API's public answer (same origin): anyone given this address can check the certificate.
  const verifyPath = `/verify/${encodeURIComponent(certificate.code)}`;
  const headingId = `certificate-${certificate.code}`;
  const download = () => {
    setState({ downloading: true, error: null });
    downloadCertificate(certificate.pdfUrl, certificateFileName(t('certificates.filePrefix'), certificate.curriculumTitle, certificate.code), locale).then(
      () => setState({ downloading: false, error: null }),
      (e: unknown) => setState({ downloading: false, error: t('certificates.downloadFailed', { reason: e instanceof Error ? e.message : String(e) }) }),
    );
  };
  return (
    <li className="card certificate" aria-labelledby={headingId}>
      <h2 id={headingId}>{certificate.curriculumTitle}</h2>
      <dl>
        <dt>{t('certificates.holder')}</dt>
        <dd>{certificate.holderName}</dd>
        <dt>{t('certificates.cohort')}</dt>
        <dd>{certificate.cohortName}</dd>
        <dt>{t('certificates.completedAt')}</dt>
        <dd>
          <time dateTime={certificate.completedAt}>{formatDate(certificate.completedAt, locale, 'long')}</time>
        </dd>
        <dt>{t('certificates.code')}</dt>
        <dd>
          <code className="certificate-code">{certificate.code}</code>
        </dd>
      </dl>
      <div className="actions">
        <button type="button" onClick={download} disabled={state.downloading} aria-label={t('certificates.downloadFor', { title: certificate.curriculumTitle })}>
          {state.downloading ? t('certificates.downloading') : t('certificates.download')}
        </button>
      </div>
      <p className="hint">
        {t('certificates.verifyHint')}{' '}
        <a href={verifyPath} target="_blank" rel="noreferrer">
          {`${window.location.origin}${verifyPath}`}
        </a>
      </p>
      {state.error && (
        <p role="alert" className="error">
          {state.error}
        </p>
      )}
    </li>
  );
}

/** "My certificates": one card per completion, with the PDF and the public verification address. */
export default function CertificatesPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MY_CERTIFICATES);
  return (
    <section className="page">
      <h1>{t('certificates.title')}</h1>
      <p className="muted">{t('certificates.intro')}</p>
      {loading && !data && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {errorsOf(error).message}
        </p>
      )}
      {data?.myCertificates.length === 0 && (
        <div className="empty-state">
          <p className="empty">{t('certificates.empty')}</p>
          <p>
            <Link to="/schedule">{t('certificates.findCohort')}</Link>
          </p>
        </div>
      )}
      {data && data.myCertificates.length > 0 && (
        <ul className="certificates">
          {data.myCertificates.map((c) => (
            <CertificateCard key={c.code} certificate={c} />
          ))}
        </ul>
      )}
    </section>
  );
}
