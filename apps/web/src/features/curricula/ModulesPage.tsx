import { useQuery } from '@apollo/client/react';
import { Role, type Locale } from '@ruamsang/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatNumber } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import { pick } from './text';
import './curricula.css';

const PAGE_SIZE = 20;

const MODULES = graphql(`
  query TrainingModules($offset: Int!, $limit: Int!, $search: String) {
    trainingModules(offset: $offset, limit: $limit, search: $search) {
      total
      items {
        id
        code
        title {
          th
          en
          ms
        }
        hours
        deliveryMode
        status
        prerequisiteCodes
      }
    }
  }
`);

export default function ModulesPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { me } = useAuth();
  const [offset, setOffset] = useState(0);
  const [search, setSearch] = useState('');
  const { data, loading, error } = useQuery(MODULES, { variables: { offset, limit: PAGE_SIZE, search: search || null } });
  const page = data?.trainingModules;
  const canAuthor = me?.role !== Role.PRACTITIONER;
  return (
    <section className="page">
      <h1>{t('modules.title')}</h1>
      <p className="muted">{t('modules.intro')}</p>
      <div className="toolbar">
        <label>
          {t('common.search')}
          <input
            type="search"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setOffset(0);
            }}
          />
        </label>
        {canAuthor && (
          <Link className="button" to="/modules/new">
            {t('modules.new')}
          </Link>
        )}
        <Link className="button" to="/curricula">
          {t('nav.curricula')}
        </Link>
      </div>
      {loading && !page && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {errorsOf(error).message}
        </p>
      )}
      {page && page.items.length === 0 && <p className="empty">{t('modules.empty')}</p>}
      {page && page.items.length > 0 && (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('modules.code')}</th>
                <th scope="col">{t('modules.moduleTitle')}</th>
                <th scope="col" className="num">{t('modules.hours')}</th>
                <th scope="col">{t('modules.mode')}</th>
                <th scope="col">{t('modules.prerequisites')}</th>
                <th scope="col">{t('modules.status')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((m) => (
                <tr key={m.id}>
                  <td>
                    <Link to={`/modules/${m.code}`}>{m.code}</Link>
                  </td>
                  <td>{pick(m.title, locale)}</td>
                  <td className="num">{formatNumber(m.hours, locale, 1)}</td>
                  <td>{t(`modules.modes.${m.deliveryMode}`)}</td>
                  <td>{m.prerequisiteCodes.join(', ') || t('common.none')}</td>
                  <td>
                    <span className="status">{t(`modules.statuses.${m.status}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page && page.total > PAGE_SIZE && (
        <div className="pager">
          <button type="button" className="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
            {t('common.previous')}
          </button>
          <span>{t('common.pageOf', { from: offset + 1, to: Math.min(offset + PAGE_SIZE, page.total), total: page.total })}</span>
          <button type="button" className="secondary" disabled={offset + PAGE_SIZE >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
            {t('common.next')}
          </button>
        </div>
      )}
    </section>
  );
}
