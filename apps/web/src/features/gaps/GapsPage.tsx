import { useQuery } from '@apollo/client/react';
import { GAP_GROUPINGS, type Locale } from '@ruamsang/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import type { GapGrouping } from '../../gql/graphql';

const CAMPAIGNS = graphql(`
  query GapCampaigns {
    campaigns {
      id
      title
      instrument
      framework {
        id
        competencies {
          code
          name {
            th
            en
            ms
          }
        }
      }
    }
  }
`);

const GAPS = graphql(`
  query GapAnalysis($campaignId: ID!, $groupBy: GapGrouping!) {
    gapAnalysis(campaignId: $campaignId, groupBy: $groupBy) {
      campaignId
      instrument
      primaryIndex
      minGroupSize
      groups {
        key
        label
        respondents
        suppressed
        figures {
          competencyCode
          n
          meanTarget
          meanCurrent
          meanGap
          negativeGap
          gapCiLow
          gapCiHigh
          mwds
          pniModified
          quadrant
          rank
        }
      }
    }
  }
`);

export default function GapsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const campaigns = useQuery(CAMPAIGNS);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [groupBy, setGroupBy] = useState<GapGrouping>('ALL');
  const chosen = campaignId ?? campaigns.data?.campaigns[0]?.id ?? null;
  const gaps = useQuery(GAPS, { variables: { campaignId: chosen ?? '', groupBy }, skip: !chosen });
  const names = useMemo(() => {
    const campaign = campaigns.data?.campaigns.find((c) => c.id === chosen);
    return new Map((campaign?.framework.competencies ?? []).map((c) => [c.code, (locale === 'en' ? c.name.en : locale === 'ms' ? c.name.ms : c.name.th) || c.name.th]));
  }, [campaigns.data, chosen, locale]);
  const analysis = gaps.data?.gapAnalysis;
  const index = analysis?.primaryIndex === 'pniModified' ? 'pniModified' : analysis?.primaryIndex === 'meanGap' ? 'meanGap' : 'mwds';

  return (
    <section className="page">
      <h1>{t('gaps.title')}</h1>
      {campaigns.data && campaigns.data.campaigns.length === 0 && <p className="empty">{t('gaps.noCampaigns')}</p>}
      <div className="toolbar">
        <label>
          {t('gaps.campaign')}
          <select value={chosen ?? ''} onChange={(e) => setCampaignId(e.target.value)}>
            {campaigns.data?.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('gaps.groupBy')}
          <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as GapGrouping)}>
            {GAP_GROUPINGS.map((g) => (
              <option key={g} value={g}>
                {t(`gaps.grouping.${g}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {(campaigns.loading || gaps.loading) && !analysis && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {gaps.error && (
        <p className="error" role="alert">
          {errorsOf(gaps.error).message}
        </p>
      )}
      {analysis && analysis.groups.length === 0 && <p className="empty">{t('gaps.empty')}</p>}
      {analysis?.groups.map((group) => (
        <article key={group.key} className="card">
          <h2>
            {group.label} <span className="muted">· {t('gaps.respondents', { count: group.respondents })}</span>
          </h2>
          {group.suppressed ? (
            <p className="suppressed">{t('gaps.suppressed', { k: analysis.minGroupSize })}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('gaps.rank')}</th>
                    <th scope="col">{t('gaps.competency')}</th>
                    <th scope="col" className="num">{t('gaps.meanTarget')}</th>
                    <th scope="col" className="num">{t('gaps.meanCurrent')}</th>
                    <th scope="col" className="num">{t('gaps.meanGap')}</th>
                    <th scope="col" className="num">{t('gaps.ci')}</th>
                    <th scope="col" className="num">{index === 'pniModified' ? t('gaps.pni') : t('gaps.mwds')}</th>
                    <th scope="col">{t('gaps.quadrant')}</th>
                  </tr>
                </thead>
                <tbody>
                  {[...group.figures]
                    .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9))
                    .map((f) => (
                      <tr key={f.competencyCode}>
                        <td>{f.rank ?? t('common.none')}</td>
                        <td>
                          <span className="code">{f.competencyCode}</span> {names.get(f.competencyCode)}
                        </td>
                        <td className="num">{formatNumber(f.meanTarget, locale)}</td>
                        <td className="num">{formatNumber(f.meanCurrent, locale)}</td>
                        <td className={f.negativeGap ? 'num negative' : 'num'} title={f.negativeGap ? t('gaps.negative') : undefined}>
                          {formatNumber(f.meanGap, locale)}
                        </td>
                        <td className="num">
                          {f.gapCiLow === null || f.gapCiLow === undefined ? t('common.none') : `${formatNumber(f.gapCiLow, locale)} – ${formatNumber(f.gapCiHigh, locale)}`}
                        </td>
                        <td className="num">{formatNumber(index === 'pniModified' ? f.pniModified : f.mwds, locale, 3)}</td>
                        <td>{f.quadrant ? t(`gaps.quadrant.${f.quadrant}`) : t('common.none')}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )}
        </article>
      ))}
    </section>
  );
}
