import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatDate, formatTime } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import type { AssessmentFormQuery, NeedType } from '../../gql/graphql';
import { backoffDelay, downloadText, useOnline } from '../../app/offline';
import { offlineStore } from './offline-store';
import { draftCsv, type LocalDraft, type QueuedSubmission, type SyncState } from './offline-sync';

const FORM = graphql(`
  query AssessmentForm($id: ID!) {
    campaign(id: $id) {
      id
      title
      instrument
      closesAt
      openQuestions {
        key
        prompt {
          th
          en
          ms
        }
      }
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
      answers {
        key
        text
      }
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
      answers {
        key
        text
      }
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

interface LocalState {
  readonly draft: LocalDraft | null;
  readonly queued: QueuedSubmission | null;
}

function ratingsOf(answers: Record<string, Answer>) {
  return Object.entries(answers)
    .filter(([, a]) => a.target !== null || a.current !== null)
    .map(([competencyCode, a]) => ({ competencyCode, target: a.target, current: a.current, needType: a.needType }));
}

function textsOf(texts: Record<string, string>) {
  return Object.entries(texts)
    .filter(([, text]) => text.trim() !== '')
    .map(([key, text]) => ({ key, text: text.trim() }));
}

export default function AssessmentFormPage() {
  const { campaignId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const userId = me?.id ?? 'anonymous';
  const locale = i18n.language as Locale;
  const online = useOnline();
  const { data: fresh, loading, error, refetch } = useQuery(FORM, { variables: { id: campaignId }, fetchPolicy: 'network-only' });
  // Offline, the form is the one last loaded on this device.
  const [kept, setKept] = useState<AssessmentFormQuery | null>(null);
  const data = fresh ?? kept;
  const networkFailed = Boolean(error) && !CombinedGraphQLErrors.is(error);
  useEffect(() => {
    if (fresh) void offlineStore.saveForm(userId, campaignId, fresh).catch(() => undefined);
  }, [fresh, userId, campaignId]);
  useEffect(() => {
    if (!networkFailed || fresh) return;
    let live = true;
    void offlineStore
      .loadForm<AssessmentFormQuery>(userId, campaignId)
      .catch(() => undefined)
      .then((form) => {
        if (live && form) setKept(form);
      });
    return () => {
      live = false;
    };
  }, [networkFailed, fresh, userId, campaignId]);
  const [saveDraft] = useMutation(SAVE_DRAFT);
  const [submitAssessment] = useMutation(SUBMIT);
  const [giveConsent, consentState] = useMutation(GIVE_CONSENT);
  const [local, setLocal] = useState<LocalState | null>(null);
  const [answers, setAnswers] = useState<Record<string, Answer> | null>(null);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [index, setIndex] = useState(0);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [localSavedAt, setLocalSavedAt] = useState<string | null>(null);
  const [submittedAt, setSubmittedAt] = useState<string | null>(null);
  const [sync, setSync] = useState<SyncState>('editing');
  const [queued, setQueued] = useState<QueuedSubmission | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const dirty = useRef(false);
  const sending = useRef(false);

  const competencies = useMemo(() => data?.campaign.framework.competencies ?? [], [data]);

  // What this device kept (a draft typed offline, a submission not sent yet) is read once.
  useEffect(() => {
    let live = true;
    void Promise.all([offlineStore.loadDraft(userId, campaignId), offlineStore.loadQueued(userId, campaignId)])
      .catch(() => [undefined, undefined] as const)
      .then(([draft, waiting]) => {
        if (!live) return;
        setLocal({ draft: draft ?? null, queued: waiting ?? null });
        if (waiting) {
          setQueued(waiting);
          setSync('queued');
        } else if (draft) {
          setLocalSavedAt(draft.savedAt);
          setSync('savedLocally');
        }
      });
    return () => {
      live = false;
    };
  }, [userId, campaignId]);

  // The first answers: this device's draft when it has one (it is newer than anything sent), else
  // the server's submitted response, else its draft. Set during render, once, so nothing flashes.
  if (data && local && !answers) {
    const device = local.queued?.draft ?? local.draft;
    const ratings = device?.ratings ?? data.myAssessment?.ratings ?? data.myAssessmentDraft?.ratings ?? [];
    const openAnswers = device?.answers ?? data.myAssessment?.answers ?? data.myAssessmentDraft?.answers ?? [];
    const initial: Record<string, Answer> = {};
    for (const c of competencies) initial[c.code] = { target: null, current: null, needType: null };
    for (const r of ratings) initial[r.competencyCode] = { target: r.target ?? null, current: r.current ?? null, needType: (r.needType as NeedType | null | undefined) ?? null };
    setAnswers(initial);
    setTexts(Object.fromEntries(openAnswers.map((a) => [a.key, a.text])));
    setSavedAt(data.myAssessmentDraft?.updatedAt ?? null);
  }

  const draftOf = useCallback(
    (all: Record<string, Answer>, written: Record<string, string>): LocalDraft => ({
      campaignId,
      campaignTitle: data?.campaign.title ?? '',
      ratings: ratingsOf(all),
      answers: textsOf(written),
      savedAt: new Date().toISOString(),
    }),
    [campaignId, data],
  );

  // Autosave: on this device at once (works offline), and on the server when there is a connection.
  useEffect(() => {
    if (!answers || !dirty.current) return;
    const timer = setTimeout(() => {
      dirty.current = false;
      const draft = draftOf(answers, texts);
      void offlineStore
        .saveDraft(userId, draft)
        .then(() => {
          setLocalSavedAt(draft.savedAt);
          setSync((s) => (s === 'editing' || s === 'sent' ? 'savedLocally' : s));
        })
        .catch(() => undefined);
      if (!navigator.onLine) return;
      void saveDraft({ variables: { input: { campaignId, ratings: draft.ratings.map((r) => ({ ...r, needType: r.needType as NeedType | null })), answers: [...draft.answers] } } })
        .then((r) => setSavedAt(r.data?.saveAssessmentDraft.updatedAt ?? null))
        .catch(() => undefined);
    }, 500);
    return () => clearTimeout(timer);
  }, [answers, texts, campaignId, saveDraft, draftOf, userId]);

  const send = useCallback(
    async (waiting: QueuedSubmission) => {
      if (sending.current) return;
      sending.current = true;
      setSync('sending');
      try {
        const result = await submitAssessment({
          variables: {
            input: {
              campaignId: waiting.draft.campaignId,
              clientSubmissionId: waiting.clientSubmissionId,
              ratings: waiting.draft.ratings.map((r) => ({ competencyCode: r.competencyCode, target: r.target ?? 0, current: r.current ?? 0, needType: r.needType as NeedType | null })),
              answers: [...waiting.draft.answers],
            },
          },
        });
        if (result.data) {
          await offlineStore.dequeue(userId, waiting.draft.campaignId);
          await offlineStore.clearDraft(userId, waiting.draft.campaignId);
          setQueued(null);
          setAttempt(0);
          setSync('sent');
          setSubmittedAt(result.data.submitAssessment.submittedAt);
        }
      } catch (e) {
        if (CombinedGraphQLErrors.is(e)) {
          // The API refused (the campaign closed meanwhile, say): tell the user, keep the draft.
          await offlineStore.dequeue(userId, waiting.draft.campaignId).catch(() => undefined);
          await offlineStore.saveDraft(userId, waiting.draft).catch(() => undefined);
          setQueued(null);
          setRefusal(errorsOf(e).message);
          setSync('refused');
        } else {
          // No connection (or it dropped mid-way): keep it queued and try again later, same id.
          setSync('queued');
          setAttempt((n) => n + 1);
        }
      } finally {
        sending.current = false;
      }
    },
    [submitAssessment, userId],
  );

  // A queued submission goes out when there is a connection: at once when it returns (the
  // online event re-renders), then with a growing delay while the server cannot be reached.
  useEffect(() => {
    if (!queued || !online || sync !== 'queued') return;
    const timer = setTimeout(() => void send(queued), attempt === 0 ? 0 : backoffDelay(attempt - 1));
    return () => clearTimeout(timer);
  }, [queued, online, sync, attempt, send]);

  if ((loading || !local) && !data) return <p className="loading" role="status">{t('common.loading')}</p>;
  if (!data && networkFailed) return <p className="error" role="alert">{t('assess.sync.notOnDevice')}</p>;
  if (!data) return <p className="error" role="alert">{errorsOf(error).message}</p>;
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
          {t('assess.sync.sent')} {t('assess.thanks')}
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
  const write = (key: string, value: string) => {
    dirty.current = true;
    setTexts((all) => ({ ...all, [key]: value }));
  };
  const currentDraft = (): LocalDraft => {
    const all: Record<string, Answer> = {};
    for (const c of answered) all[c.code] = answers[c.code] ?? { target: null, current: null, needType: null };
    return draftOf(all, texts);
  };

  async function submit() {
    // The submission is queued on this device first; one id for every retry, so nothing is stored twice.
    const waiting: QueuedSubmission = { clientSubmissionId: crypto.randomUUID(), queuedAt: new Date().toISOString(), draft: currentDraft() };
    await offlineStore.queue(userId, waiting).catch(() => undefined);
    setRefusal(null);
    setQueued(waiting);
    setAttempt(0);
    setSync('queued');
  }

  const exportDraft = (format: 'json' | 'csv') => {
    const draft = queued?.draft ?? currentDraft();
    const name = `ruamsang-assessment-${campaignId}`;
    if (format === 'json') downloadText(`${name}.json`, `${JSON.stringify(draft, null, 2)}\n`, 'application/json');
    else downloadText(`${name}.csv`, `\uFEFF${draftCsv(draft)}`, 'text/csv;charset=utf-8');
  };

  const syncText =
    sync === 'queued'
      ? t('assess.sync.queued')
      : sync === 'sending'
        ? t('assess.sync.sending')
        : sync === 'refused'
          ? t('assess.sync.refused')
          : sync === 'savedLocally' && localSavedAt
            ? t('assess.sync.savedLocally', { time: formatTime(localSavedAt, locale) })
            : null;

  return (
    <section className="page assessment">
      <h1>{campaign.title}</h1>
      {data.myAssessment && <p className="muted">{t('assess.submitted', { date: formatDate(data.myAssessment.submittedAt, locale, 'long') })}</p>}
      <p className="sync-status" role="status" aria-label={t('assess.sync.label')}>
        <span className={online ? 'badge online' : 'badge offline'}>{online ? t('assess.sync.online') : t('assess.sync.offline')}</span>
        {syncText && <span>{syncText}</span>}
      </p>
      <div className="progress" aria-hidden="true">
        <div style={{ width: `${(answered.length / Math.max(1, competencies.length)) * 100}%` }} />
      </div>
      <p className="muted" role="status">
        {reviewing ? t('assess.review') : t('assess.progress', { current: index + 1, total: competencies.length })}
        {savedAt && online && <> · {t('assess.draftSaved', { time: formatTime(savedAt, locale) })}</>}
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
          {campaign.openQuestions.length > 0 && (
            <fieldset className="open-questions">
              <legend>{t('assess.openQuestions')}</legend>
              {campaign.openQuestions.map((q) => (
                <label key={q.key} className="field">
                  {text(q.prompt, locale)}
                  <textarea rows={3} maxLength={4000} value={texts[q.key] ?? ''} onChange={(e) => write(q.key, e.target.value)} />
                </label>
              ))}
            </fieldset>
          )}
          <p>
            {answered.length} / {competencies.length}
            {answered.length < competencies.length && <> · {t('assess.unanswered', { count: competencies.length - answered.length })}</>}
          </p>
          {refusal && (
            <div className="error" role="alert">
              <p>{refusal}</p>
              <p>{t('assess.sync.keptDraft')}</p>
            </div>
          )}
          {(sync === 'queued' || sync === 'sending') && <p className="notice">{online ? t('assess.sync.queuedOnline') : t('assess.sync.queuedOffline')}</p>}
          <button type="button" disabled={sync === 'queued' || sync === 'sending' || answered.length === 0} onClick={() => void submit()}>
            {sync === 'sending' ? t('common.saving') : t('assess.submit')}
          </button>
          <div className="actions">
            <button type="button" className="secondary" onClick={() => exportDraft('json')}>
              {t('assess.exportJson')}
            </button>
            <button type="button" className="secondary" onClick={() => exportDraft('csv')}>
              {t('assess.exportCsv')}
            </button>
          </div>
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
