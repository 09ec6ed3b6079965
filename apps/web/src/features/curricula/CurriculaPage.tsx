import { useQuery } from '@apollo/client/react';
import { Role, type Locale } from '@ruamsang/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatNumber } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import './curricula.css';

const CURRICULA = graphql(`
  query Curricula {
    curricula {
      id
      title
      campaignId
      totalHours
      gapCoverage
      modules {
        code
      }
      warnings {
        kind
      }
    }
  }
`);

export default function CurriculaPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { me } = useAuth();
  const { data, loading, error } = useQuery(CURRICULA);
  return (
    <section className="page">
      <h1>{t('curricula.title')}</h1>
      <p className="muted">{t('curricula.intro')}</p>
      <div className="actions">
        {me?.role !== Role.PRACTITIONER && (
          <Link className="button" to="/curricula/new">
            {t('curricula.new')}
          </Link>
        )}
        <Link className="button" to="/modules">
          {t('nav.modules')}
        </Link>
      </div>
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
      {data && data.curricula.length === 0 && <p className="empty">{t('curricula.empty')}</p>}
      <ul className="cards">
        {data?.curricula.map((c) => (
          <li key={c.id} className="card">
            <h2>
              <Link to={`/curricula/${c.id}`}>{c.title}</Link>
            </h2>
            <p>{c.modules.map((m) => m.code).join(' → ') || t('common.none')}</p>
            <p>
              {t('curricula.totalHours', { hours: formatNumber(c.totalHours, locale, 1) })} · {t('curricula.coverageShort', { percent: formatNumber(c.gapCoverage * 100, locale, 0) })}
            </p>
            {c.warnings.length > 0 && <p className="warning">{t('curricula.warningsCount', { count: c.warnings.length })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
