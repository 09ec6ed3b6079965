import { useMutation, useQuery } from '@apollo/client/react';
import { checkCurriculumOrder, gapCoverage, totalHours, type CoverageModule, type CurriculumProblem } from '@ruamsang/domain';
import { Role, type Locale } from '@ruamsang/shared';
import { useMemo, useState, type FormEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatNumber } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import type { CurriculumDetailQuery } from '../../gql/graphql';
import { CompletionPanel } from './CompletionPanel';
import { pick } from './text';
import './curricula.css';

const OPTIONS = graphql(`
  query CurriculumBuilderOptions {
    campaigns {
      id
      title
      instrument
    }
    trainingModules(limit: 100) {
      items {
        code
        title {
          th
          en
          ms
        }
        hours
        status
        prerequisiteCodes
        competencyTargets {
          competencyCode
          targetLevel
        }
      }
    }
  }
`);

const WEIGHTS = graphql(`
  query CurriculumGapWeights($campaignId: ID!) {
    gapWeights(campaignId: $campaignId) {
      competencyCode
      weight
      meanTarget
      meanCurrent
    }
  }
`);

const DETAIL = graphql(`
  query CurriculumDetail($id: ID!) {
    curriculum(id: $id) {
      id
      title
      campaignId
      provinceCodes
      sectors
      totalHours
      gapCoverage
      modules {
        code
      }
    }
  }
`);

const SUGGEST = graphql(`
  query SuggestModules($campaignId: ID!, $hoursBudget: Float!) {
    suggestModules(campaignId: $campaignId, hoursBudget: $hoursBudget) {
      moduleCodes
      totalHours
      gapCoverage
      strategy
      picks {
        moduleCode
        hours
        marginalCoverage
        coveragePerHour
        prerequisiteOf
        round
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateCurriculum($input: CreateCurriculumInput!) {
    createCurriculum(input: $input) {
      id
      totalHours
      gapCoverage
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateCurriculum($id: ID!, $input: UpdateCurriculumInput!) {
    updateCurriculum(id: $id, input: $input) {
      id
      totalHours
      gapCoverage
      modules {
        code
      }
    }
  }
`);

type Existing = NonNullable<CurriculumDetailQuery['curriculum']>;

function problemText(t: TFunction, p: CurriculumProblem): string {
  switch (p.kind) {
    case 'PREREQUISITE_AFTER':
      return t('curricula.problems.PREREQUISITE_AFTER', { module: p.moduleCode, prerequisite: p.prerequisiteCode });
    case 'PREREQUISITE_MISSING':
      return t('curricula.problems.PREREQUISITE_MISSING', { module: p.moduleCode, prerequisite: p.prerequisiteCode });
    case 'DUPLICATE_MODULE':
    case 'UNKNOWN_MODULE':
    case 'SELF_PREREQUISITE':
      return t(`curricula.problems.${p.kind}`, { module: p.moduleCode });
  }
}

function Builder({ existing }: { existing: Existing | null }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const navigate = useNavigate();
  const { me } = useAuth();
  const options = useQuery(OPTIONS);
  const [title, setTitle] = useState(existing?.title ?? '');
  const [campaignId, setCampaignId] = useState<string>(existing?.campaignId ?? '');
  const [order, setOrderState] = useState<string[]>(existing?.modules.map((m) => m.code) ?? []);
  const [budget, setBudget] = useState('40');
  const [suggestFor, setSuggestFor] = useState<number | null>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const chosenCampaign = campaignId || options.data?.campaigns.find((c) => c.instrument === 'BORICH')?.id || options.data?.campaigns[0]?.id || '';
  const weights = useQuery(WEIGHTS, { variables: { campaignId: chosenCampaign }, skip: !chosenCampaign });
  const suggestion = useQuery(SUGGEST, { variables: { campaignId: chosenCampaign, hoursBudget: suggestFor ?? 1 }, skip: !chosenCampaign || suggestFor === null });
  const [create, created] = useMutation(CREATE);
  const [update, updated] = useMutation(UPDATE);
  const canEdit = me?.role !== Role.PRACTITIONER;
  /** Any change to the order makes the last server answer stale. */
  const setOrder = (next: string[] | ((previous: string[]) => string[])) => {
    created.reset();
    updated.reset();
    setSavedAt(null);
    setOrderState(next);
  };

  const catalogue = useMemo(() => new Map((options.data?.trainingModules.items ?? []).map((m) => [m.code, m])), [options.data]);
  const chosen = order.map((code) => catalogue.get(code)).filter((m) => m !== undefined);
  const coverageModules: CoverageModule[] = chosen.map((m) => ({ code: m.code, hours: m.hours, prerequisiteCodes: m.prerequisiteCodes, competencyTargets: m.competencyTargets }));
  const gaps = (weights.data?.gapWeights ?? []).map((w) => ({ competencyCode: w.competencyCode, weight: w.weight, meanTarget: w.meanTarget, meanCurrent: w.meanCurrent }));
  const coverage = gapCoverage(gaps, coverageModules);
  const check = checkCurriculumOrder(order, new Map(coverageModules.map((m) => [m.code, m])));
  const hours = totalHours(coverageModules);
  const percent = Math.round(coverage.gapCoverage * 1000) / 10;

  const move = (index: number, by: -1 | 1) =>
    setOrder((o) => {
      const next = [...o];
      const [item] = next.splice(index, 1);
      if (item !== undefined) next.splice(index + by, 0, item);
      return next;
    });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSavedAt(null);
    if (existing) {
      const result = await update({ variables: { id: existing.id, input: { title, moduleCodes: order } } }).catch(() => null);
      if (result?.data) setSavedAt(result.data.updateCurriculum.gapCoverage);
    } else {
      const result = await create({ variables: { input: { title, campaignId: chosenCampaign, moduleCodes: order } } }).catch(() => null);
      if (result?.data) void navigate(`/curricula/${result.data.createCurriculum.id}`);
    }
  };

  const serverError = errorsOf(created.error ?? updated.error);
  const available = [...catalogue.values()].filter((m) => !order.includes(m.code));

  return (
    <form className="page" onSubmit={(e) => void save(e)} aria-label={t('curricula.builder')}>
      <div className="form-grid card">
        <label>
          {t('curricula.curriculumTitle')}
          <input required minLength={3} maxLength={200} value={title} disabled={!canEdit} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('curricula.campaign')}
          <select value={chosenCampaign} disabled={!!existing || !canEdit} onChange={(e) => setCampaignId(e.target.value)}>
            {options.data?.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      <section className="card" aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">{t('curricula.coverage')}</h2>
        <div className="coverage-meter" role="meter" aria-label={t('curricula.coverage')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent}%`}>
          <div style={{ width: `${percent}%` }} />
        </div>
        <p aria-live="polite">
          {t('curricula.coverageLine', { percent: formatNumber(percent, locale, 1), hours: formatNumber(hours, locale, 1), count: order.length })}
        </p>
        {weights.loading && (
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        )}
        {gaps.length === 0 && !weights.loading && <p className="empty">{t('curricula.noWeights')}</p>}
        <ul aria-label={t('curricula.warnings')}>
          {check.errors.map((p, i) => (
            <li key={`e${i}`} className="error">
              {problemText(t, p)}
            </li>
          ))}
          {check.warnings.map((p, i) => (
            <li key={`w${i}`} className="warning">
              {problemText(t, p)}
            </li>
          ))}
        </ul>
      </section>
      <div className="builder">
        <section className="card" aria-labelledby="order-heading">
          <h2 id="order-heading">{t('curricula.order')}</h2>
          {order.length === 0 && <p className="empty">{t('curricula.noModules')}</p>}
          <ol className="module-list">
            {order.map((code, i) => {
              const m = catalogue.get(code);
              return (
                <li key={code}>
                  <span className="grow">
                    <span className="code">{code}</span> {m ? pick(m.title, locale) : ''} <span className="muted">· {formatNumber(m?.hours ?? 0, locale, 1)} h</span>
                  </span>
                  {canEdit && (
                    <>
                      <button type="button" className="secondary" disabled={i === 0} aria-label={t('curricula.moveUp', { code })} onClick={() => move(i, -1)}>
                        ↑
                      </button>
                      <button type="button" className="secondary" disabled={i === order.length - 1} aria-label={t('curricula.moveDown', { code })} onClick={() => move(i, 1)}>
                        ↓
                      </button>
                      <button
                        type="button"
                        className="secondary"
                        aria-label={t('curricula.remove', { code })}
                        onClick={() => {
                          if (window.confirm(t('curricula.confirmRemove', { code }))) setOrder((o) => o.filter((c) => c !== code));
                        }}
                      >
                        ✕
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
        {canEdit && (
          <section className="card" aria-labelledby="available-heading">
            <h2 id="available-heading">{t('curricula.available')}</h2>
            {options.loading && (
              <p className="loading" role="status">
                {t('common.loading')}
              </p>
            )}
            {options.data && available.length === 0 && <p className="empty">{t('curricula.allAdded')}</p>}
            <ul className="module-list">
              {available.map((m) => (
                <li key={m.code}>
                  <span className="grow">
                    <span className="code">{m.code}</span> {pick(m.title, locale)} <span className="muted">· {formatNumber(m.hours, locale, 1)} h</span>
                  </span>
                  <button type="button" className="secondary" aria-label={t('curricula.add', { code: m.code })} onClick={() => setOrder((o) => [...o, m.code])}>
                    +
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      {canEdit && (
        <section className="card" aria-labelledby="suggest-heading">
          <h2 id="suggest-heading">{t('curricula.suggest')}</h2>
          <div className="toolbar">
            <label>
              {t('curricula.hoursBudget')}
              <input type="number" min="1" max="2000" value={budget} onChange={(e) => setBudget(e.target.value)} />
            </label>
            <button type="button" className="secondary" disabled={!(Number(budget) > 0)} onClick={() => setSuggestFor(Number(budget))}>
              {t('curricula.suggestButton')}
            </button>
          </div>
          {suggestion.loading && (
            <p className="loading" role="status">
              {t('common.loading')}
            </p>
          )}
          {suggestion.data && (
            <>
              <p>
                {t('curricula.suggestion', {
                  percent: formatNumber(suggestion.data.suggestModules.gapCoverage * 100, locale, 1),
                  hours: formatNumber(suggestion.data.suggestModules.totalHours, locale, 1),
                })}{' '}
                <span className="muted">({t(`curricula.strategy.${suggestion.data.suggestModules.strategy}`)})</span>
              </p>
              <ol>
                {suggestion.data.suggestModules.picks.map((p) => (
                  <li key={p.moduleCode}>
                    <span className="code">{p.moduleCode}</span>{' '}
                    {t('curricula.pick', {
                      added: formatNumber(p.marginalCoverage * 100, locale, 1),
                      hours: formatNumber(p.hours, locale, 1),
                      perHour: formatNumber(p.coveragePerHour * 100, locale, 2),
                    })}
                    {p.prerequisiteOf && <span className="muted"> · {t('curricula.prerequisiteOf', { code: p.prerequisiteOf })}</span>}
                  </li>
                ))}
              </ol>
              <button type="button" className="secondary" onClick={() => setOrder(suggestion.data?.suggestModules.moduleCodes ?? [])}>
                {t('curricula.useSuggestion')}
              </button>
            </>
          )}
        </section>
      )}
      {serverError.message && (
        <p className="error" role="alert">
          {serverError.message}
        </p>
      )}
      {savedAt !== null && (
        <p className="notice" role="status">
          {t('curricula.saved', { percent: formatNumber(savedAt * 100, locale, 1) })}
        </p>
      )}
      {canEdit && (
        <div className="actions">
          <button type="submit" disabled={created.loading || updated.loading || !chosenCampaign}>
            {created.loading || updated.loading ? t('common.saving') : t('common.save')}
          </button>
        </div>
      )}
    </form>
  );
}

export default function CurriculumBuilderPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const detail = useQuery(DETAIL, { variables: { id: id ?? '' }, skip: !id });
  const existing = detail.data?.curriculum ?? null;
  return (
    <section className="page">
      <p>
        <Link to="/curricula">← {t('curricula.title')}</Link>
      </p>
      <h1>{existing ? existing.title : t('curricula.new')}</h1>
      {id && detail.loading && !existing && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {detail.error && (
        <p className="error" role="alert">
          {errorsOf(detail.error).message}
        </p>
      )}
      {(!id || existing) && <Builder key={existing?.id ?? 'new'} existing={existing} />}
      {existing && <CompletionPanel curriculumId={existing.id} />}
    </section>
  );
}
