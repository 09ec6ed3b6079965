import { useMutation, useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatDate, formatNumber } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import type { NeedRoute } from '../../gql/graphql';
import { GapComments } from './GapComments';
import { explainRank } from './why';
import './priorities.css';

const CAMPAIGNS = graphql(`
  query PriorityCampaigns {
    campaigns {
      id
      title
    }
  }
`);

const PRIORITIES = graphql(`
  query GapPriorities($campaignId: ID!) {
    gapPriorities(campaignId: $campaignId) {
      campaignId
      primaryIndex
      weight
      voteBudget
      maxVotesPerGap
      myVotesUsed
      myVotesRemaining
      canVote
      canManage
      indexSuppressed
      items {
        competencyCode
        domainCode
        competencyName {
          th
          en
          ms
        }
        indexValue
        indexRank
        votes
        myVotes
        blended
        rank
        route
        routeNote
        routedAt
        commentCount
        why {
          primaryIndex
          indexValue
          indexRank
          indexRanked
          votes
          voteRank
          weight
          blended
          rank
          ranked
        }
      }
    }
  }
`);

const SET_VOTES = graphql(`
  mutation SetMyVotes($campaignId: ID!, $votes: [VoteInput!]!) {
    setMyVotes(campaignId: $campaignId, votes: $votes) {
      used
      remaining
    }
  }
`);

const SET_WEIGHT = graphql(`
  mutation SetPriorityWeight($campaignId: ID!, $weight: Float!) {
    setPriorityWeight(campaignId: $campaignId, weight: $weight) {
      weight
    }
  }
`);

const ROUTE_NEED = graphql(`
  mutation RouteNeed($campaignId: ID!, $competencyCode: String!, $route: NeedRoute!, $note: String) {
    routeNeed(campaignId: $campaignId, competencyCode: $competencyCode, route: $route, note: $note) {
      route
      note
    }
  }
`);

const ROUTES: readonly NeedRoute[] = ['TRAINING', 'ORGANISATION', 'POLICY'];

function RouteForm({ campaignId, code, route, note, onSaved }: { campaignId: string; code: string; route: NeedRoute | null; note: string | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<NeedRoute>(route ?? 'TRAINING');
  const [text, setText] = useState(note ?? '');
  const [save, { loading, error }] = useMutation(ROUTE_NEED);
  const id = `route-${code}`;
  return (
    <form
      className="route-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ variables: { campaignId, competencyCode: code, route: choice, note: text || null } })
          .then(onSaved)
          .catch(() => null);
      }}
    >
      <label htmlFor={`${id}-route`}>{t('priorities.routeTo')}</label>
      <select id={`${id}-route`} value={choice} onChange={(e) => setChoice(e.target.value as NeedRoute)}>
        {ROUTES.map((r) => (
          <option key={r} value={r}>
            {t(`priorities.route.${r}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-note`}>{t('priorities.routeNote')}</label>
      <input id={`${id}-note`} value={text} maxLength={1000} onChange={(e) => setText(e.target.value)} />
      {error && (
        <p className="error" role="alert">
          {errorsOf(error).message}
        </p>
      )}
      <button type="submit" className="secondary" disabled={loading}>
        {loading ? t('common.saving') : t('priorities.saveRoute')}
      </button>
    </form>
  );
}

export default function PrioritiesPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const navigate = useNavigate();
  const params = useParams();
  const campaigns = useQuery(CAMPAIGNS);
  const campaignId = params['campaignId'] ?? campaigns.data?.campaigns[0]?.id ?? null;
  const board = useQuery(PRIORITIES, { variables: { campaignId: campaignId ?? '' }, skip: !campaignId });
  const [draft, setDraft] = useState<{ campaignId: string; votes: Record<string, number> } | null>(null);
  const [weightDraft, setWeightDraft] = useState<number | null>(null);
  const [openThread, setOpenThread] = useState<string | null>(null);
  const [saveVotes, savingVotes] = useMutation(SET_VOTES);
  const [saveWeight, savingWeight] = useMutation(SET_WEIGHT);
  const data = board.data?.gapPriorities;
  const mine = (code: string, fallback: number) => (draft && draft.campaignId === campaignId ? (draft.votes[code] ?? fallback) : fallback);
  const used = data ? data.items.reduce((sum, item) => sum + mine(item.competencyCode, item.myVotes), 0) : 0;
  const remaining = data ? data.voteBudget - used : 0;
  const dirty = !!draft && draft.campaignId === campaignId;
  const weight = weightDraft ?? data?.weight ?? 0.5;
  const name = (n: { th: string; en?: string | null; ms?: string | null }) => (locale === 'en' ? n.en : locale === 'ms' ? n.ms : n.th) || n.th;
  const votesError = errorsOf(savingVotes.error);

  function setMine(code: string, value: number) {
    if (!campaignId) return;
    savingVotes.reset();
    setDraft((d) => ({ campaignId, votes: { ...(d && d.campaignId === campaignId ? d.votes : {}), [code]: value } }));
  }

  async function submitVotes() {
    if (!data || !campaignId) return;
    const votes = data.items.map((item) => ({ competencyCode: item.competencyCode, votes: mine(item.competencyCode, item.myVotes) })).filter((v) => v.votes > 0);
    const result = await saveVotes({ variables: { campaignId, votes } }).catch(() => null);
    if (result?.data) {
      setDraft(null);
      await board.refetch();
    }
  }

  async function submitWeight() {
    if (!campaignId) return;
    const result = await saveWeight({ variables: { campaignId, weight } }).catch(() => null);
    if (result?.data) {
      setWeightDraft(null);
      await board.refetch();
    }
  }

  return (
    <section className="page">
      <h1>{t('priorities.title')}</h1>
      <p className="muted">{t('priorities.intro')}</p>
      {campaigns.data && campaigns.data.campaigns.length === 0 && <p className="empty">{t('gaps.noCampaigns')}</p>}
      <div className="toolbar">
        <label>
          {t('gaps.campaign')}
          <select
            value={campaignId ?? ''}
            onChange={(e) => {
              setDraft(null);
              setWeightDraft(null);
              setOpenThread(null);
              void navigate(`/priorities/${e.target.value}`);
            }}
          >
            {campaigns.data?.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {(campaigns.loading || board.loading) && !data && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {board.error && (
        <p className="error" role="alert">
          {errorsOf(board.error).message}
        </p>
      )}
      {data?.indexSuppressed && <p className="notice">{t('priorities.indexSuppressed')}</p>}

      {data?.canManage && (
        <div className="card weight-panel">
          <h2>{t('priorities.weightTitle')}</h2>
          <label htmlFor="priority-weight">{t('priorities.weightLabel')}</label>
          <input
            id="priority-weight"
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={weight}
            onChange={(e) => setWeightDraft(Number(e.target.value))}
            aria-valuetext={t('priorities.weightValue', { index: Math.round(weight * 100), votes: Math.round((1 - weight) * 100) })}
          />
          <p>{t('priorities.weightValue', { index: Math.round(weight * 100), votes: Math.round((1 - weight) * 100) })}</p>
          {savingWeight.error && (
            <p className="error" role="alert">
              {errorsOf(savingWeight.error).message}
            </p>
          )}
          <button type="button" onClick={() => void submitWeight()} disabled={savingWeight.loading || weightDraft === null}>
            {savingWeight.loading ? t('common.saving') : t('priorities.saveWeight')}
          </button>
        </div>
      )}

      {data?.canVote && (
        <div className="card vote-panel" aria-live="polite">
          <h2>{t('priorities.myVotes')}</h2>
          <p>
            {t('priorities.budget', { remaining: Math.max(0, remaining), budget: data.voteBudget, max: data.maxVotesPerGap })}
          </p>
          <div className="progress" aria-hidden="true">
            <div style={{ width: `${Math.min(100, (used / data.voteBudget) * 100)}%` }} />
          </div>
          {remaining < 0 && (
            <p className="error" role="alert">
              {t('priorities.overBudget', { over: -remaining })}
            </p>
          )}
          {votesError.message && (
            <p className="error" role="alert">
              {votesError.message}
            </p>
          )}
          <div className="actions">
            <button type="button" onClick={() => void submitVotes()} disabled={!dirty || remaining < 0 || savingVotes.loading}>
              {savingVotes.loading ? t('common.saving') : t('priorities.saveVotes')}
            </button>
            {dirty && (
              <button type="button" className="secondary" onClick={() => setDraft(null)}>
                {t('common.cancel')}
              </button>
            )}
          </div>
        </div>
      )}

      {data && data.items.length === 0 && <p className="empty">{t('priorities.empty')}</p>}
      {data && data.items.length > 0 && (
        <div className="table-wrap" tabIndex={0}>
          <table>
            <caption className="visually-hidden">{t('priorities.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('priorities.rank')}</th>
                <th scope="col">{t('gaps.competency')}</th>
                <th scope="col" className="num">
                  {t(`priorities.index.${data.primaryIndex}`)}
                </th>
                <th scope="col" className="num">
                  {t('priorities.votes')}
                </th>
                {data.canVote && <th scope="col">{t('priorities.mine')}</th>}
                <th scope="col" className="num">
                  {t('priorities.blended')}
                </th>
                <th scope="col">{t('priorities.route')}</th>
                <th scope="col">{t('priorities.comments')}</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((item) => {
                const label = name(item.competencyName);
                const threadOpen = openThread === item.competencyCode;
                const columns = data.canVote ? 7 : 6;
                return (
                  <Fragment key={item.competencyCode}>
                    <tr>
                      <td>{item.rank}</td>
                      <td>
                        <span className="code">{item.competencyCode}</span> {label}
                        <p className="why">{explainRank(item.why, t, locale)}</p>
                      </td>
                      <td className="num">
                        {formatNumber(item.indexValue, locale)}
                        {item.indexRank != null && <span className="muted"> (#{item.indexRank})</span>}
                      </td>
                      <td className="num">{item.votes}</td>
                      {data.canVote && (
                        <td>
                          <input
                            type="number"
                            className="vote-input"
                            min={0}
                            max={data.maxVotesPerGap}
                            value={mine(item.competencyCode, item.myVotes)}
                            aria-label={t('priorities.myVotesFor', { name: label })}
                            onChange={(e) => setMine(item.competencyCode, Math.max(0, Math.min(data.maxVotesPerGap, Math.trunc(Number(e.target.value) || 0))))}
                          />
                        </td>
                      )}
                      <td className="num">{formatNumber(item.blended, locale)}</td>
                      <td>
                        {item.route ? (
                          <>
                            <span className={`badge route-${item.route.toLowerCase()}`}>{t(`priorities.route.${item.route}`)}</span>
                            {item.routeNote && <p className="muted">{item.routeNote}</p>}
                            {item.routedAt && <p className="hint">{formatDate(item.routedAt, locale)}</p>}
                          </>
                        ) : (
                          <span className="muted">{t('priorities.notRouted')}</span>
                        )}
                        {data.canManage && (
                          <details>
                            <summary>{t('priorities.changeRoute')}</summary>
                            <RouteForm
                              campaignId={data.campaignId}
                              code={item.competencyCode}
                              route={item.route ?? null}
                              note={item.routeNote ?? null}
                              onSaved={() => void board.refetch()}
                            />
                          </details>
                        )}
                      </td>
                      <td>
                        <button
                          type="button"
                          className="link"
                          aria-expanded={threadOpen}
                          onClick={() => setOpenThread(threadOpen ? null : item.competencyCode)}
                        >
                          {t('priorities.commentCount', { count: item.commentCount })}
                          {/* The visible text comes first in the name (WCAG 2.5.3), the competency after it. */}
                          <span className="visually-hidden"> · {t('priorities.commentsFor', { count: item.commentCount, name: label })}</span>
                        </button>
                      </td>
                    </tr>
                    {threadOpen && (
                      <tr>
                        <td colSpan={columns + 1}>
                          <GapComments campaignId={data.campaignId} competencyCode={item.competencyCode} onAdded={() => void board.refetch()} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
