import { useMutation, useQuery } from '@apollo/client/react';
import { Role, type Locale } from '@ruamsang/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { formatDate } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';

const HISTORY = graphql(`
  query MyCompetencyHistory {
    myCompetencyHistory {
      id
      kind
      source
      competencyCode
      competencyName
      level
      target
      evidence
      ratedByName
      ratedAt
      campaignTitle
      curriculumTitle
    }
  }
`);

const REASSESSMENTS = graphql(`
  query MyReassessments {
    myReassessments {
      curriculumId
      curriculumTitle
      cohortName
      competencies {
        code
        name
        preTarget
        preCurrent
        lastLevel
      }
    }
  }
`);

const SUBMIT = graphql(`
  mutation SubmitReassessment($input: SubmitReassessmentInput!) {
    submitReassessment(input: $input) {
      id
    }
  }
`);

const MY_COHORTS = graphql(`
  query TrainerCohorts {
    mySessions {
      id
      cohortId
      cohortName
    }
  }
`);

const ROSTER = graphql(`
  query EvidenceRoster($cohortId: ID!) {
    evidenceRoster(cohortId: $cohortId) {
      cohortId
      curriculumTitle
      practitioners {
        id
        displayName
      }
      competencies {
        code
        name
      }
    }
  }
`);

const EVIDENCE = graphql(`
  mutation AddCompetencyEvidence($input: AddCompetencyEvidenceInput!) {
    addCompetencyEvidence(input: $input) {
      id
    }
  }
`);

const LEVELS = [1, 2, 3, 4, 5] as const;

function ReassessmentForm({ reassessment, onSaved }: { reassessment: { curriculumId: string; curriculumTitle: string; cohortName: string; competencies: { code: string; name: string; preCurrent?: number | null; lastLevel?: number | null }[] }; onSaved: () => void }) {
  const { t } = useTranslation();
  const [levels, setLevels] = useState<Record<string, number>>({});
  const [submissionId] = useState(() => crypto.randomUUID());
  const [submit, { loading, error }] = useMutation(SUBMIT);
  const [done, setDone] = useState(false);
  const problems = errorsOf(error);
  const complete = reassessment.competencies.every((c) => levels[c.code] !== undefined);
  return (
    <form
      className="card"
      aria-labelledby={`re-${reassessment.curriculumId}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit({
          variables: { input: { curriculumId: reassessment.curriculumId, clientSubmissionId: submissionId, ratings: reassessment.competencies.map((c) => ({ competencyCode: c.code, level: levels[c.code] ?? 1 })) } },
        }).then(() => {
          setDone(true);
          onSaved();
        });
      }}
    >
      <h2 id={`re-${reassessment.curriculumId}`}>
        {t('tracking.reassessFor', { title: reassessment.curriculumTitle, cohort: reassessment.cohortName })}
      </h2>
      {reassessment.competencies.length === 0 && <p className="empty">{t('tracking.noCompetencies')}</p>}
      {reassessment.competencies.map((c) => (
        <fieldset key={c.code}>
          <legend>
            {c.code} {c.name}
            {c.preCurrent != null && <span className="hint"> — {t('tracking.before', { level: c.preCurrent })}</span>}
          </legend>
          {LEVELS.map((level) => (
            <label key={level} className="inline">
              <input type="radio" name={`${reassessment.curriculumId}-${c.code}`} value={level} checked={levels[c.code] === level} onChange={() => setLevels({ ...levels, [c.code]: level })} />
              {t(`tracking.level.${level}`)}
            </label>
          ))}
        </fieldset>
      ))}
      {problems.message && <p role="alert" className="error">{problems.message}</p>}
      {done && <p role="status">{t('tracking.saved')}</p>}
      <button type="submit" disabled={loading || !complete || done}>
        {loading ? t('common.saving') : t('tracking.submit')}
      </button>
    </form>
  );
}

function EvidenceForm() {
  const { t } = useTranslation();
  const cohorts = useQuery(MY_COHORTS);
  const unique = [...new Map((cohorts.data?.mySessions ?? []).map((s) => [s.cohortId, s.cohortName])).entries()];
  const [cohortId, setCohortId] = useState<string>('');
  const roster = useQuery(ROSTER, { variables: { cohortId }, skip: !cohortId });
  const [practitionerId, setPractitionerId] = useState('');
  const [competencyCode, setCompetencyCode] = useState('');
  const [level, setLevel] = useState(3);
  const [evidence, setEvidence] = useState('');
  const [submissionId, setSubmissionId] = useState(() => crypto.randomUUID());
  const [add, { loading, error }] = useMutation(EVIDENCE);
  const [saved, setSaved] = useState(false);
  const problems = errorsOf(error);
  if (cohorts.loading) return <p className="loading" role="status">{t('common.loading')}</p>;
  if (unique.length === 0) return <p className="empty">{t('tracking.noCohorts')}</p>;
  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        void add({ variables: { input: { cohortId, practitionerId, competencyCode, level, evidence, clientSubmissionId: submissionId } } }).then(() => {
          setSaved(true);
          setEvidence('');
          setSubmissionId(crypto.randomUUID());
        });
      }}
    >
      <h2>{t('tracking.evidenceTitle')}</h2>
      <label>
        {t('tracking.cohort')}
        <select value={cohortId} onChange={(e) => setCohortId(e.target.value)}>
          <option value="">{t('tracking.choose')}</option>
          {unique.map(([id, name]) => (
            <option key={id} value={id}>{name}</option>
          ))}
        </select>
      </label>
      {roster.data && (
        <>
          <label>
            {t('tracking.practitioner')}
            <select value={practitionerId} onChange={(e) => setPractitionerId(e.target.value)}>
              <option value="">{t('tracking.choose')}</option>
              {roster.data.evidenceRoster.practitioners.map((p) => (
                <option key={p.id} value={p.id}>{p.displayName}</option>
              ))}
            </select>
          </label>
          <label>
            {t('tracking.competency')}
            <select value={competencyCode} onChange={(e) => setCompetencyCode(e.target.value)}>
              <option value="">{t('tracking.choose')}</option>
              {roster.data.evidenceRoster.competencies.map((c) => (
                <option key={c.code} value={c.code}>{c.code} {c.name}</option>
              ))}
            </select>
          </label>
          <label>
            {t('tracking.verifiedLevel')}
            <select value={level} onChange={(e) => setLevel(Number(e.target.value))}>
              {LEVELS.map((l) => (
                <option key={l} value={l}>{t(`tracking.level.${l}`)}</option>
              ))}
            </select>
          </label>
          <label>
            {t('tracking.evidence')}
            <textarea value={evidence} minLength={10} maxLength={2000} required onChange={(e) => setEvidence(e.target.value)} aria-invalid={problems.fields['evidence'] ? true : undefined} />
          </label>
        </>
      )}
      {problems.message && <p role="alert" className="error">{problems.message}</p>}
      {saved && <p role="status">{t('tracking.saved')}</p>}
      <button type="submit" disabled={loading || !practitionerId || !competencyCode || evidence.length < 10}>
        {loading ? t('common.saving') : t('tracking.addEvidence')}
      </button>
    </form>
  );
}

/** "My competencies": re-assessment after a curriculum and the full history (practitioners); evidence (trainers). */
export default function CompetenciesPage() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const history = useQuery(HISTORY);
  const reassessments = useQuery(REASSESSMENTS, { skip: me?.role !== Role.PRACTITIONER });
  const locale = i18n.language as Locale;
  return (
    <section className="page">
      <h1>{t('tracking.title')}</h1>
      {me?.role === Role.TRAINER || me?.role === Role.ADMIN ? <EvidenceForm /> : null}
      {me?.role === Role.PRACTITIONER && (
        <section aria-labelledby="reassess-title">
          <h2 id="reassess-title">{t('tracking.reassessTitle')}</h2>
          {reassessments.loading && <p className="loading" role="status">{t('common.loading')}</p>}
          {reassessments.data?.myReassessments.length === 0 && <p className="empty">{t('tracking.noSeats')}</p>}
          {reassessments.data?.myReassessments.map((r) => (
            <ReassessmentForm key={r.curriculumId} reassessment={r} onSaved={() => void history.refetch()} />
          ))}
        </section>
      )}
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('tracking.historyTitle')}</h2>
        {history.loading && <p className="loading" role="status">{t('common.loading')}</p>}
        {history.data?.myCompetencyHistory.length === 0 && <p className="empty">{t('tracking.noHistory')}</p>}
        {history.data && history.data.myCompetencyHistory.length > 0 && (
          <div className="table-scroll" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('tracking.date')}</th>
                  <th scope="col">{t('tracking.competency')}</th>
                  <th scope="col">{t('tracking.source')}</th>
                  <th scope="col">{t('tracking.levelHeader')}</th>
                  <th scope="col">{t('tracking.context')}</th>
                </tr>
              </thead>
              <tbody>
                {history.data.myCompetencyHistory.map((h) => (
                  <tr key={h.id}>
                    <td>{formatDate(h.ratedAt, locale)}</td>
                    <td>
                      {h.competencyCode} {h.competencyName}
                    </td>
                    <td>{t(`tracking.sourceName.${h.kind === 'NEEDS_ASSESSMENT' ? 'CAMPAIGN' : h.source}`)}</td>
                    <td>{h.level}</td>
                    <td>
                      {h.campaignTitle ?? h.curriculumTitle ?? ''}
                      {h.evidence ? ` — ${h.evidence}` : ''}
                      {h.ratedByName ? ` (${h.ratedByName})` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </section>
  );
}
