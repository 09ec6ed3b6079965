import { useQuery } from '@apollo/client/react';
import { GAP_GROUPINGS, type Locale } from '@ruamsang/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import type { GapGrouping } from '../../gql/graphql';
import { downloadGapExport, type ExportFormat } from './exportDownload';
import { primaryIndexOf } from './gapFigures';
import { Heatmap } from './Heatmap';
import { LocusScatter } from './LocusScatter';
import { ProvinceMap } from './ProvinceMap';
import { RankedList } from './RankedList';

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
      groupBy
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

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {t('common.loading')}
    </p>
  );
}

/**
 * The gap-analysis dashboard: a heatmap of groups × competencies, the Locus-for-Focus plot and
 * the ranked needs of one group, and a map of the programme area's provinces — all from `gapAnalysis`
 * (maintained rollups), and exported by the server exactly as shown.
 */
export default function GapsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const campaigns = useQuery(CAMPAIGNS);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const [groupBy, setGroupBy] = useState<GapGrouping>('PROVINCE');
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [mapCompetency, setMapCompetency] = useState<string>('');
  const [exporting, setExporting] = useState<ExportFormat | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  const chosen = campaignId ?? campaigns.data?.campaigns[0]?.id ?? null;
  const campaign = campaigns.data?.campaigns.find((c) => c.id === chosen);
  const gaps = useQuery(GAPS, { variables: { campaignId: chosen ?? '', groupBy }, skip: !chosen });
  // The map is always per province: one more gapAnalysis(groupBy: PROVINCE), shared when that is the grouping.
  const provinces = useQuery(GAPS, { variables: { campaignId: chosen ?? '', groupBy: 'PROVINCE' }, skip: !chosen });

  const names = useMemo(
    () => new Map((campaign?.framework.competencies ?? []).map((c) => [c.code, (locale === 'en' ? c.name.en : locale === 'ms' ? c.name.ms : c.name.th) || c.name.th])),
    [campaign, locale],
  );
  // Show data only for what is selected (the cache may still hold the previous choice).
  const analysis = gaps.data?.gapAnalysis.campaignId === chosen && gaps.data.gapAnalysis.groupBy === groupBy ? gaps.data.gapAnalysis : undefined;
  const provinceAnalysis = provinces.data?.gapAnalysis.campaignId === chosen ? provinces.data.gapAnalysis : undefined;
  const index = primaryIndexOf(analysis);
  const groups = analysis?.groups ?? [];
  const focus = groups.find((g) => g.key === focusKey) ?? groups.find((g) => !g.suppressed) ?? groups[0];
  const empty = analysis !== undefined && groups.length === 0;

  const exportAs = (format: ExportFormat) => {
    if (!chosen) return;
    setExporting(format);
    setExportError(null);
    downloadGapExport(chosen, groupBy, format, locale)
      .catch((error: unknown) => setExportError(error instanceof Error ? error.message : String(error)))
      .finally(() => setExporting(null));
  };

  return (
    <section className="page gaps-page">
      <h1>{t('gaps.title')}</h1>
      {campaigns.data && campaigns.data.campaigns.length === 0 && <p className="empty">{t('gaps.noCampaigns')}</p>}
      {campaigns.error && (
        <p className="error" role="alert">
          {errorsOf(campaigns.error).message}
        </p>
      )}
      <div className="toolbar">
        <label>
          {t('gaps.campaign')}
          <select value={chosen ?? ''} onChange={(e) => setCampaignId(e.target.value)} disabled={!campaigns.data}>
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
        <div className="actions export-actions" role="group" aria-label={t('gaps.export.label')}>
          <button type="button" className="secondary" onClick={() => exportAs('csv')} disabled={!analysis || empty || exporting !== null}>
            {exporting === 'csv' ? t('gaps.export.working') : t('gaps.export.csv')}
          </button>
          <button type="button" className="secondary" onClick={() => exportAs('xlsx')} disabled={!analysis || empty || exporting !== null}>
            {exporting === 'xlsx' ? t('gaps.export.working') : t('gaps.export.xlsx')}
          </button>
        </div>
      </div>
      {exportError && (
        <p className="error" role="alert">
          {t('gaps.export.failed', { message: exportError })}
        </p>
      )}
      {(campaigns.loading || gaps.loading) && !analysis && <Loading />}
      {gaps.error && (
        <p className="error" role="alert">
          {errorsOf(gaps.error).message}
        </p>
      )}
      {empty && <p className="empty callout">{t('gaps.empty')}</p>}
      {analysis && !empty && (
        <>
          <p className="muted">
            {t('gaps.about', {
              instrument: t(`gaps.instrument.${analysis.instrument}`),
              index: t(`gaps.index.${index}`),
              k: analysis.minGroupSize,
            })}
          </p>

          <article className="card" aria-labelledby="heatmap-heading">
            <h2 id="heatmap-heading">{t('gaps.heatmap.title', { grouping: t(`gaps.grouping.${groupBy}`) })}</h2>
            <Heatmap analysis={analysis} names={names} locale={locale} groupHeader={t(`gaps.grouping.${groupBy}`)} />
          </article>

          <article className="card" aria-labelledby="focus-heading">
            <h2 id="focus-heading">{t('gaps.focus.title')}</h2>
            <label className="inline-select">
              {t('gaps.focus.group')}
              <select value={focus?.key ?? ''} onChange={(e) => setFocusKey(e.target.value)}>
                {groups.map((g) => (
                  <option key={g.key} value={g.key}>
                    {g.suppressed ? `${g.label} (${t('gaps.suppressedShort', { k: analysis.minGroupSize })})` : `${g.label} (${t('gaps.respondents', { count: g.respondents })})`}
                  </option>
                ))}
              </select>
            </label>
            {focus?.suppressed ? (
              <p className="suppressed cell-suppressed">{t('gaps.suppressed', { k: analysis.minGroupSize })}</p>
            ) : (
              focus && (
                <div className="focus-grid">
                  <section aria-labelledby="scatter-heading">
                    <h3 id="scatter-heading">{t('gaps.scatter.heading')}</h3>
                    <LocusScatter group={focus} names={names} locale={locale} />
                  </section>
                  <section aria-labelledby="ranked-heading">
                    <h3 id="ranked-heading">{t('gaps.ranked.heading')}</h3>
                    <RankedList group={focus} index={index} names={names} locale={locale} />
                  </section>
                </div>
              )
            )}
          </article>

          <article className="card" aria-labelledby="map-heading">
            <h2 id="map-heading">{t('programme.map.heading')}</h2>
            <label className="inline-select">
              {t('gaps.map.colourBy')}
              <select value={mapCompetency} onChange={(e) => setMapCompetency(e.target.value)}>
                <option value="">{t('gaps.map.mean', { index: t(`gaps.index.${index}`) })}</option>
                {(campaign?.framework.competencies ?? []).map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.code} {names.get(c.code)}
                  </option>
                ))}
              </select>
            </label>
            {provinceAnalysis ? <ProvinceMap analysis={provinceAnalysis} competency={mapCompetency || null} locale={locale} /> : <Loading />}
          </article>
        </>
      )}
    </section>
  );
}
