import { useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';

const OPEN_CAMPAIGNS = graphql(`
  query OpenCampaigns {
    campaigns(openToMe: true) {
      id
      title
      instrument
      closesAt
    }
  }
`);

export default function AssessPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data, loading, error } = useQuery(OPEN_CAMPAIGNS);
  return (
    <section className="page">
      <h1>{t('assess.title')}</h1>
      {loading && !data && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {errorsOf(error).message}
        </p>
      )}
      {data && data.campaigns.length === 0 && <p className="empty">{t('assess.noCampaigns')}</p>}
      <ul className="cards">
        {data?.campaigns.map((campaign) => (
          <li key={campaign.id} className="card">
            <h2>{campaign.title}</h2>
            <p className="muted">{t('assess.open', { date: formatDate(campaign.closesAt, locale, 'long') })}</p>
            <Link className="button" to={`/assess/${campaign.id}`}>
              {t('assess.start')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
