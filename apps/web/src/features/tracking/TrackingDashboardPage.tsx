import { useQuery } from '@apollo/client/react';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import type { Locale } from '@ruamsang/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/dates';
import { graphql } from '../../gql';
import { downloadTrackingExport } from './trackingExport';

const CAMPAIGNS = graphql(`
  query TrackingCampaigns {
    campaigns {
      id
      title
    }
  }
`);

const CURRICULA = graphql(`
  query TrackingCurricula($campaignId: ID) {
    curricula(campaignId: $campaignId) {
      id
      title
    }
  }
`);

const DASHBOARD = graphql(`
  query TrackingDashboard($campaignId: ID!, $curriculumId: ID!, $groupBy: GapClosureGrouping, $completionBy: CompletionGrouping) {
    gapClosure(campaignId: $campaignId, curriculumId: $curriculumId, groupBy: $groupBy) {
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
          meanPreCurrent
          meanPostCurrent
          meanChange
          shareImproved
          preIndex
          postIndex
        }
      }
    }
    completionDashboard(curriculumId: $curriculumId, groupBy: $completionBy) {
      minGroupSize
      groups {
        key
        enrolled
        suppressed
        completed
        completionRate
      }
    }
    trainingFunnel(curriculumId: $curriculumId) {
      people
      suppressed
      stages {
        stage
        count
        shareOfPrevious
      }
    }
  }
`);

const CLOSURE_GROUPS = ['ALL', 'PROVINCE', 'COHORT'] as const;
const COMPLETION_GROUPS = ['PROVINCE', 'DISTRICT', 'SECTOR', 'GENDER'] as const;

function FunnelChart({ stages, label }: { stages: { stage: string; count?: number | null }[]; label: (stage: string) => string }) {
  const width = 320;
  const height = 180;
  const x = scaleBand({ domain: stages.map((s) => s.stage), range: [0, width], padding: 0.2 });
  const max = Math.max(1, ...stages.map((s) => s.count ?? 0));
  const y = scaleLinear({ domain: [0, max], range: [height - 20, 0] });
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={stages.map((s) => `${label(s.stage)} ${s.count ?? '–'}`).join(', ')} style={{ display: 'block', maxWidth: '100%', height: 'auto', marginTop: '0.75rem' }}>
      {stages.map((s) => (
        <g key={s.stage}>
          <Bar x={x(s.stage) ?? 0} y={y(s.count ?? 0)} width={x.bandwidth()} height={height - 20 - y(s.count ?? 0)} fill="#2f6f4f" />
          <text x={(x(s.stage) ?? 0) + x.bandwidth() / 2} y={height - 5} textAnchor="middle" fontSize="10">
            {s.count ?? '–'}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Gap closure, completion by group and the funnel for one curriculum, each with CSV/XLSX exports (coordinators, admins). */
export default function TrackingDashboardPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const campaigns = useQuery(CAMPAIGNS);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const chosenCampaign = campaignId ?? campaigns.data?.campaigns[0]?.id ?? null;
  const curricula = useQuery(CURRICULA, { variables: { campaignId: chosenCampaign }, skip: !chosenCampaign });
  const [curriculumId, setCurriculumId] = useState<string | null>(null);
  const chosenCurriculum = curricula.data?.curricula.find((c) => c.id === curriculumId)?.id ?? curricula.data?.curricula[0]?.id ?? null;
  const [groupBy, setGroupBy] = useState<(typeof CLOSURE_GROUPS)[number]>('ALL');
  const [completionBy, setCompletionBy] = useState<(typeof COMPLETION_GROUPS)[number]>('PROVINCE');
  const [exportError, setExportError] = useState<string | null>(null);
  const dashboard = useQuery(DASHBOARD, {
    variables: { campaignId: chosenCampaign ?? '', curriculumId: chosenCurriculum ?? '', groupBy, completionBy },
    skip: !chosenCampaign || !chosenCurriculum,
  });
  const num = (v: number | null | undefined, d = 2) => (v == null ? '–' : formatNumber(v, locale, d));
  const pct = (v: number | null | undefined) => (v == null ? '–' : `${formatNumber(v * 100, locale, 1)}%`);
  const exportButtons = (kind: 'gap-closure' | 'completion' | 'funnel', id: string, params: Record<string, string>) => (
    <span className="actions">
      {(['csv', 'xlsx'] as const).map((format) => (
        <button key={format} type="button" onClick={() => void downloadTrackingExport(kind, id, format, { ...params, lang: locale }).catch((e: Error) => setExportError(e.message))}>
          {t(`tracking.export.${format}`)}
        </button>
      ))}
    </span>
  );
  return (
    <section className="page">
      <h1>{t('tracking.dashboardTitle')}</h1>
      {campaigns.loading && <p className="loading" role="status">{t('common.loading')}</p>}
      {campaigns.data?.campaigns.length === 0 && <p className="empty">{t('tracking.noCampaigns')}</p>}
      <div className="filters">
        <label>
          {t('tracking.campaign')}
          <select value={chosenCampaign ?? ''} onChange={(e) => { setCampaignId(e.target.value); setCurriculumId(null); }}>
            {campaigns.data?.campaigns.map((c) => (
              <option key={c.id} value={c.id}>{c.title}</option>
            ))}
          </select>
        </label>
        <label>
          {t('tracking.curriculum')}
          <select value={chosenCurriculum ?? ''} onChange={(e) => setCurriculumId(e.target.value)}>
            {curricula.data?.curricula.map((c) => (
              <option key={c.id} value={c.id}>{c.title}</option>
            ))}
          </select>
        </label>
      </div>
      {curricula.data?.curricula.length === 0 && <p className="empty">{t('tracking.noCurricula')}</p>}
      {exportError && <p role="alert" className="error">{exportError}</p>}
      {dashboard.loading && <p className="loading" role="status">{t('common.loading')}</p>}
      {dashboard.error && <p role="alert" className="error">{dashboard.error.message}</p>}
      {dashboard.data && chosenCampaign && chosenCurriculum && (
        <>
          <section aria-labelledby="closure-title">
            <h2 id="closure-title">{t('tracking.closureTitle')}</h2>
            <p className="hint">{t('tracking.closureNote', { index: dashboard.data.gapClosure.primaryIndex, k: dashboard.data.gapClosure.minGroupSize })}</p>
            <label>
              {t('tracking.groupBy')}
              <select value={groupBy} onChange={(e) => setGroupBy(e.target.value as (typeof CLOSURE_GROUPS)[number])}>
                {CLOSURE_GROUPS.map((g) => (
                  <option key={g} value={g}>{t(`tracking.grouping.${g}`)}</option>
                ))}
              </select>
            </label>
            {exportButtons('gap-closure', chosenCampaign, { groupBy, curriculumId: chosenCurriculum })}
            {dashboard.data.gapClosure.groups.length === 0 && <p className="empty">{t('tracking.noPairs')}</p>}
            {dashboard.data.gapClosure.groups.length > 0 && (
              <div className="table-scroll" tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('tracking.group')}</th>
                      <th scope="col">{t('tracking.competency')}</th>
                      <th scope="col">n</th>
                      <th scope="col">{t('tracking.meanBefore')}</th>
                      <th scope="col">{t('tracking.meanAfter')}</th>
                      <th scope="col">{t('tracking.meanChange')}</th>
                      <th scope="col">{t('tracking.shareImproved')}</th>
                      <th scope="col">{t('tracking.indexBefore')}</th>
                      <th scope="col">{t('tracking.indexAfter')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {dashboard.data.gapClosure.groups.flatMap((g) =>
                      g.suppressed
                        ? [
                            <tr key={g.key}>
                              <td>{g.label} (&lt; {dashboard.data?.gapClosure.minGroupSize})</td>
                              <td colSpan={8}>{t('tracking.suppressed', { k: dashboard.data?.gapClosure.minGroupSize })}</td>
                            </tr>,
                          ]
                        : g.figures.map((f) => (
                            <tr key={`${g.key}-${f.competencyCode}`}>
                              <td>{g.label} ({g.respondents})</td>
                              <td>{f.competencyCode}</td>
                              <td>{f.n}</td>
                              <td>{num(f.meanPreCurrent)}</td>
                              <td>{num(f.meanPostCurrent)}</td>
                              <td>{num(f.meanChange)}</td>
                              <td>{pct(f.shareImproved)}</td>
                              <td>{num(f.preIndex, 3)}</td>
                              <td>{num(f.postIndex, 3)}</td>
                            </tr>
                          )),
                    )}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section aria-labelledby="completion-title">
            <h2 id="completion-title">{t('tracking.completionTitle')}</h2>
            <label>
              {t('tracking.groupBy')}
              <select value={completionBy} onChange={(e) => setCompletionBy(e.target.value as (typeof COMPLETION_GROUPS)[number])}>
                {COMPLETION_GROUPS.map((g) => (
                  <option key={g} value={g}>{t(`tracking.grouping.${g}`)}</option>
                ))}
              </select>
            </label>
            {exportButtons('completion', chosenCurriculum, { groupBy: completionBy })}
            {dashboard.data.completionDashboard.groups.length === 0 ? (
              <p className="empty">{t('tracking.noEnrolments')}</p>
            ) : (
              <div className="table-scroll" tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('tracking.group')}</th>
                      <th scope="col">{t('tracking.enrolled')}</th>
                      <th scope="col">{t('tracking.completed')}</th>
                      <th scope="col">{t('tracking.completionRate')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {dashboard.data.completionDashboard.groups.map((g) => (
                      <tr key={g.key}>
                        <td>{g.key}</td>
                        <td>{g.suppressed ? `< ${dashboard.data?.completionDashboard.minGroupSize}` : g.enrolled}</td>
                        <td>{g.suppressed ? t('tracking.suppressed', { k: dashboard.data?.completionDashboard.minGroupSize }) : g.completed}</td>
                        <td>{pct(g.completionRate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section aria-labelledby="funnel-title">
            <h2 id="funnel-title">{t('tracking.funnelTitle')}</h2>
            {exportButtons('funnel', chosenCurriculum, {})}
            {dashboard.data.trainingFunnel.suppressed ? (
              <p>{t('tracking.suppressed', { k: dashboard.data.gapClosure.minGroupSize })}</p>
            ) : (
              <>
                <FunnelChart stages={dashboard.data.trainingFunnel.stages} label={(s) => t(`tracking.stage.${s}`)} />
                <ol>
                  {dashboard.data.trainingFunnel.stages.map((s) => (
                    <li key={s.stage}>
                      {t(`tracking.stage.${s.stage}`)}: {s.count ?? '–'} {s.shareOfPrevious != null ? `(${pct(s.shareOfPrevious)})` : ''}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
        </>
      )}
    </section>
  );
}
