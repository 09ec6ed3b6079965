import { useMutation, useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate, formatTime } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import type { NeedType } from '../../gql/graphql';

const FORM = graphql(`
  query AssessmentForm($id: ID!) {
    campaign(id: $id) {
      id
      title
      instrument
      closesAt
      scale {
        min
        max
      }
      framework {
        id
        competencies {
          code
          domainCode
          name {
            th
            en
            ms
          }
          levelDescriptors {
            th
            en
            ms
          }
        }
      }
    }
    currentConsent {
      version
      acceptedAt
      text {
        th
        en
        ms
      }
    }
    myAssessmentDraft(campaignId: $id) {
      updatedAt
      ratings {
        competencyCode
        target
        current
        needType
      }
    }
    myAssessment(campaignId: $id) {
      id
      submittedAt
      ratings {
        competencyCode
        target
        current
        needType
      }
    }
  }
`);

const SAVE_DRAFT = graphql(`
  mutation SaveAssessmentDraft($input: SaveAssessmentDraftInput!) {
    saveAssessmentDraft(input: $input) {
      updatedAt
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitAssessment($input: SubmitAssessmentInput!) {
    submitAssessment(input: $input) {
      id
      submittedAt
    }
  }
`);

const GIVE_CONSENT = graphql(`
  mutation GiveConsent($version: String!) {
    giveConsent(version: $version) {
      version
      acceptedAt
    }
  }
`);

interface Answer {
  target: number | null;
  current: number | null;
  needType: NeedType | null;
}

function text(value: { th: string; en?: string | null; ms?: string | null }, locale: Locale): string {
  return (locale === 'en' ? value.en : locale === 'ms' ? value.ms : value.th) || value.th;
}

function Scale({ name, label, min, max, value, onChange }: { name: string; label: string; min: number; max: number; value: number | null; onChange: (v: number) => void }) {
  const { t } = useTranslation();
  const levels = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset className="scale">
      <legend>{label}</legend>
      <div className="scale-options">
        {levels.map((level) => (
          <label key={level} className={value === level ? 'chosen' : undefined}>
            <input type="radio" name={name} value={level} checked={value === level} onChange={() => onChange(level)} />
            <span>{level}</span>
          </label>
        ))}
      </div>
      <div className="scale-ends muted" aria-hidden="true">
        <span>{t('assess.scaleLow')}</span>
        <span>{t('assess.scaleHigh')}</span>
      </div>
    </fieldset>
  );
}

export default function AssessmentFormPage() {
  const { campaignId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data, loading, error, refetch } = useQuery(FORM, { variables: { id: campaignId }, fetchPolicy: 'network-only' });
  const [saveDraft] = useMutation(SAVE_DRAFT);
  const [submitAssessment, submitState] = useMutation(SUBMIT);
  const [giveConsent, consentState] = useMutation(GIVE_CONSENT);
  const [answers, setAnswers] = useState<Record<string, Answer> | null>(null);
  const [index, setIndex] = useState(0);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [submittedAt, setSubmittedAt] = useState<string | null>(null);
  // One id per submission attempt: retries after a network failure reuse it, so nothing is stored twice.
  const submissionId = useRef<string | null>(null);
  const dirty = useRef(false);

  const competencies = useMemo(() => data?.campaign.framework.competencies ?? [], [data]);

  // The first answers come from the server (submitted response, else draft): set during render,
  // once, so the form never flashes empty and no effect cascades.
  if (data && !answers) {
    const source = data.myAssessment?.ratings ?? data.myAssessmentDraft?.ratings ?? [];
    const initial: Record<string, Answer> = {};
    for (const c of competencies) initial[c.code] = { target: null, current: null, needType: null };
    for (const r of source) initial[r.competencyCode] = { target: r.target ?? null, current: r.current ?? null, needType: r.needType ?? null };
    setAnswers(initial);
    setSavedAt(data.myAssessmentDraft?.updatedAt ?? null);
  }

  // Autosave: a draft on the server, restorable on any device.
  useEffect(() => {
    if (!answers || !dirty.current) return;
    const timer = setTimeout(() => {
      dirty.current = false;
      void saveDraft({
        variables: {
          input: {
            campaignId,
            ratings: Object.entries(answers)
              .filter(([, a]) => a.target !== null || a.current !== null)
              .map(([competencyCode, a]) => ({ competencyCode, target: a.target, current: a.current, needType: a.needType })),
          },
        },
      })
        .then((r) => setSavedAt(r.data?.saveAssessmentDraft.updatedAt ?? null))
        .catch(() => undefined);
    }, 800);
    return () => clearTimeout(timer);
  }, [answers, campaignId, saveDraft]);

  if (loading && !data) return <p className="loading" role="status">{t('common.loading')}</p>;
  if (error || !data) return <p className="error" role="alert">{errorsOf(error).message}</p>;
  const { campaign, currentConsent } = data;
  const instrument = campaign.instrument;

  if (!currentConsent.acceptedAt) {
    return (
      <section className="page">
        <h1>{campaign.title}</h1>
        <div className="card consent">
          <h2>{t('assess.consentTitle')}</h2>
          <p>{text(currentConsent.text, locale)}</p>
          <button type="button" disabled={consentState.loading} onClick={() => void giveConsent({ variables: { version: currentConsent.version } }).then(() => refetch())}>
            {t('assess.consentAccept')}
          </button>
        </div>
      </section>
    );
  }

  if (submittedAt) {
    return (
      <section className="page">
        <h1>{campaign.title}</h1>
        <p className="notice" role="status">
          {t('assess.thanks')}
        </p>
        <p className="muted">{t('assess.submitted', { date: formatDate(submittedAt, locale, 'long') })}</p>
      </section>
    );
  }

  if (!answers) return <p className="loading" role="status">{t('common.loading')}</p>;
  const reviewing = index >= competencies.length;
  const competency = competencies[Math.min(index, competencies.length - 1)];
  const answered = competencies.filter((c) => answers[c.code]?.target != null && answers[c.code]?.current != null);
  const update = (code: string, patch: Partial<Answer>) => {
    dirty.current = true;
    setAnswers((all) => ({ ...all, [code]: { ...(all?.[code] ?? { target: null, current: null, needType: null }), ...patch } }));
  };
  const submitErrors = errorsOf(submitState.error);

  async function submit() {
    submissionId.current ??= crypto.randomUUID();
    const result = await submitAssessment({
      variables: {
        input: {
          campaignId,
          clientSubmissionId: submissionId.current,
          ratings: answered.map((c) => ({
            competencyCode: c.code,
            target: answers?.[c.code]?.target ?? 0,
            current: answers?.[c.code]?.current ?? 0,
            needType: answers?.[c.code]?.needType ?? null,
          })),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      submissionId.current = null;
      setSubmittedAt(result.data.submitAssessment.submittedAt);
    }
  }

  return (
    <section className="page assessment">
      <h1>{campaign.title}</h1>
      {data.myAssessment && <p className="muted">{t('assess.submitted', { date: formatDate(data.myAssessment.submittedAt, locale, 'long') })}</p>}
      <div className="progress" aria-hidden="true">
        <div style={{ width: `${(answered.length / Math.max(1, competencies.length)) * 100}%` }} />
      </div>
      <p className="muted" role="status">
        {reviewing ? t('assess.review') : t('assess.progress', { current: index + 1, total: competencies.length })}
        {savedAt && <> · {t('assess.draftSaved', { time: formatTime(savedAt, locale) })}</>}
      </p>
      {!reviewing && competency && (
        <div className="card">
          <h2>
            <span className="code">{competency.code}</span> {text(competency.name, locale)}
          </h2>
          <details>
            <summary>{t('assess.levels')}</summary>
            <ol className="levels">
              {competency.levelDescriptors.map((d, i) => (
                <li key={i}>{text(d, locale)}</li>
              ))}
            </ol>
          </details>
          <Scale
            name="target"
            label={t(`assess.target.${instrument}`)}
            min={campaign.scale.min}
            max={campaign.scale.max}
            value={answers[competency.code]?.target ?? null}
            onChange={(v) => update(competency.code, { target: v })}
          />
          <Scale
            name="current"
            label={t(`assess.current.${instrument}`)}
            min={campaign.scale.min}
            max={campaign.scale.max}
            value={answers[competency.code]?.current ?? null}
            onChange={(v) => update(competency.code, { current: v })}
          />
          {instrument === 'HENNESSY_HICKS' && (
            <fieldset className="scale">
              <legend>{t('assess.needType')}</legend>
              <div className="scale-options">
                {(['TRAINING', 'ORGANISATION'] as const).map((need) => (
                  <label key={need} className={answers[competency.code]?.needType === need ? 'chosen wide' : 'wide'}>
                    <input type="radio" name="needType" checked={answers[competency.code]?.needType === need} onChange={() => update(competency.code, { needType: need })} />
                    <span>{t(`assess.needType.${need}`)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
        </div>
      )}
      {reviewing && (
        <div className="card">
          <p>
            {answered.length} / {competencies.length}
            {answered.length < competencies.length && <> · {t('assess.unanswered', { count: competencies.length - answered.length })}</>}
          </p>
          {submitErrors.message && (
            <p className="error" role="alert">
              {submitErrors.message}
            </p>
          )}
          <button type="button" disabled={submitState.loading || answered.length === 0} onClick={() => void submit()}>
            {submitState.loading ? t('common.saving') : t('assess.submit')}
          </button>
        </div>
      )}
      <div className="actions">
        <button type="button" className="secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          {t('assess.previous')}
        </button>
        {!reviewing && (
          <button type="button" onClick={() => setIndex(index + 1)}>
            {index === competencies.length - 1 ? t('assess.review') : t('assess.next')}
          </button>
        )}
      </div>
    </section>
  );
}
