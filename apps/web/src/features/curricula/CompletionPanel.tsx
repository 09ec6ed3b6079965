import { useMutation, useQuery } from '@apollo/client/react';
import { Role, type Locale } from '@ruamsang/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { formatNumber } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';

const RULE = graphql(`
  query CompletionRule($curriculumId: ID!) {
    completionRule(curriculumId: $curriculumId) {
      curriculumId
      minAttendancePercent
      requiresPostAssessment
    }
  }
`);

const SET_RULE = graphql(`
  mutation SetCompletionRule($input: SetCompletionRuleInput!) {
    setCompletionRule(input: $input) {
      curriculumId
      minAttendancePercent
      requiresPostAssessment
    }
  }
`);

const COHORTS = graphql(`
  query CurriculumCohorts($curriculumId: ID!) {
    cohorts(curriculumId: $curriculumId) {
      id
      name
      provinceCode
      enrolled
    }
  }
`);

const TRAINER_COHORTS = graphql(`
  query CompletionTrainerCohorts {
    mySessions {
      id
      cohortId
    }
  }
`);

const PROGRESS = graphql(`
  query CohortProgress($cohortId: ID!) {
    cohortProgress(cohortId: $cohortId) {
      practitionerId
      practitionerName
      scheduledMinutes
      attendedMinutes
      requiredMinutes
      attendancePercent
      postAssessmentSubmitted
      complete
      certificateCode
    }
  }
`);

/** The API names the field `minAttendancePercent` (some validators prefix the input's name). */
function fieldError(fields: Record<string, string>, name: string): string | undefined {
  return fields[name] ?? fields[`input.${name}`];
}

function RuleForm({ curriculumId }: { curriculumId: string }) {
  const { t } = useTranslation();
  const rule = useQuery(RULE, { variables: { curriculumId } });
  const current = rule.data?.completionRule;
  const [percent, setPercent] = useState<string | null>(null);
  const [requiresPost, setRequiresPost] = useState<boolean | null>(null);
  const [notInteger, setNotInteger] = useState(false);
  const [save, saved] = useMutation(SET_RULE, { refetchQueries: ['CompletionRule', 'CohortProgress'], awaitRefetchQueries: true });
  const shownPercent = percent ?? (current ? String(current.minAttendancePercent) : '');
  const shownRequiresPost = requiresPost ?? current?.requiresPostAssessment ?? false;
  const problems = errorsOf(saved.error);
  const percentError = notInteger ? t('curricula.completion.percentInteger') : fieldError(problems.fields, 'minAttendancePercent');
  const otherError = problems.message && !percentError ? problems.message : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = Number(shownPercent);
    saved.reset();
    if (shownPercent.trim() === '' || !Number.isInteger(value)) {
      setNotInteger(true);
      return;
    }
    setNotInteger(false);
    // The API judges the range (1–100) and answers in the user's language, naming the field. The rule
    // has no id of its own to update Apollo's cache by, so the stored rule is read again before the
    // form shows it.
    save({ variables: { input: { curriculumId, minAttendancePercent: value, requiresPostAssessment: shownRequiresPost } } }).then(
      () => {
        setPercent(null);
        setRequiresPost(null);
      },
      () => undefined,
    );
  };

  if (rule.loading && !current) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  return (
    <form className="completion-rule" onSubmit={submit} noValidate aria-labelledby="completion-rule-heading">
      <h3 id="completion-rule-heading">{t('curricula.completion.rule')}</h3>
      <p className="hint">{t('curricula.completion.ruleHint')}</p>
      <label>
        {t('curricula.completion.minAttendancePercent')}
        <input
          type="number"
          inputMode="numeric"
          min={1}
          max={100}
          step={1}
          value={shownPercent}
          onChange={(e) => {
            setPercent(e.target.value);
            setNotInteger(false);
            saved.reset();
          }}
          aria-invalid={percentError ? true : undefined}
          aria-describedby={percentError ? 'min-attendance-error' : 'min-attendance-hint'}
        />
        <span id="min-attendance-hint" className="hint">
          {t('curricula.completion.percentRange')}
        </span>
        {percentError && (
          <span id="min-attendance-error" className="field-error" role="alert">
            {percentError}
          </span>
        )}
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={shownRequiresPost}
          onChange={(e) => {
            setRequiresPost(e.target.checked);
            saved.reset();
          }}
        />
        {t('curricula.completion.requiresPostAssessment')}
      </label>
      {otherError && (
        <p role="alert" className="error">
          {otherError}
        </p>
      )}
      {saved.data && (
        <p role="status" className="notice">
          {t('curricula.completion.saved', {
            percent: saved.data.setCompletionRule.minAttendancePercent,
            post: saved.data.setCompletionRule.requiresPostAssessment ? t('curricula.completion.withPost') : t('curricula.completion.withoutPost'),
          })}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={saved.loading}>
          {saved.loading ? t('common.saving') : t('curricula.completion.saveRule')}
        </button>
      </div>
    </form>
  );
}

function CohortProgressTable({ cohort }: { cohort: { id: string; name: string } }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data, loading, error } = useQuery(PROGRESS, { variables: { cohortId: cohort.id } });
  const rows = data?.cohortProgress ?? [];
  const captionId = `progress-${cohort.id}`;
  const minutes = (value: number) => formatNumber(value, locale, 0);
  return (
    <section className="cohort-progress" aria-labelledby={captionId}>
      <h4 id={captionId}>{cohort.name}</h4>
      {loading && !data && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {errorsOf(error).message}
        </p>
      )}
      {data && rows.length === 0 && <p className="empty">{t('curricula.completion.noSeats')}</p>}
      {rows.length > 0 && (
        <>
          <p>{t('curricula.completion.summary', { complete: rows.filter((r) => r.complete).length, total: rows.length })}</p>
          <div className="table-wrap" tabIndex={0}>
            <table aria-labelledby={captionId}>
              <thead>
                <tr>
                  <th scope="col">{t('curricula.completion.practitioner')}</th>
                  <th scope="col" className="num">
                    {t('curricula.completion.attendedMinutes')}
                  </th>
                  <th scope="col" className="num">
                    {t('curricula.completion.attendancePercent')}
                  </th>
                  <th scope="col">{t('curricula.completion.postAssessment')}</th>
                  <th scope="col">{t('curricula.completion.complete')}</th>
                  <th scope="col">{t('curricula.completion.certificate')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.practitionerId} data-complete={r.complete}>
                    <th scope="row">{r.practitionerName}</th>
                    <td className="num">{t('curricula.completion.minutesOf', { attended: minutes(r.attendedMinutes), required: minutes(r.requiredMinutes), scheduled: minutes(r.scheduledMinutes) })}</td>
                    <td className="num">{formatNumber(r.attendancePercent, locale, 1)}%</td>
                    <td>{r.postAssessmentSubmitted ? t('curricula.completion.submitted') : t('curricula.completion.notSubmitted')}</td>
                    <td>
                      <span className={`badge ${r.complete ? 'status-open' : 'status-closed'}`}>{r.complete ? t('curricula.completion.yes') : t('curricula.completion.no')}</span>
                    </td>
                    <td>{r.certificateCode ? <code>{r.certificateCode}</code> : t('common.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/**
 * The completion rule of a curriculum (trainers, coordinators, admins set it; the API recomputes
 * completions) and each cohort's progress against it. Practitioners do not see it.
 */
export function CompletionPanel({ curriculumId }: { curriculumId: string }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const role = me?.role as Role | undefined;
  const cohorts = useQuery(COHORTS, { variables: { curriculumId }, skip: !role || role === Role.PRACTITIONER });
  const trainerCohorts = useQuery(TRAINER_COHORTS, { skip: role !== Role.TRAINER });
  if (!me || role === Role.PRACTITIONER) return null;
  // Progress is shown for the cohorts the API lets this person read: a trainer's own, a coordinator's provinces, all for admins.
  const mine = new Set((trainerCohorts.data?.mySessions ?? []).map((s) => s.cohortId));
  const visible = (cohorts.data?.cohorts ?? []).filter((c) => role === Role.ADMIN || (role === Role.COORDINATOR ? me.managedProvinceCodes.includes(c.provinceCode) : mine.has(c.id)));
  const waiting = cohorts.loading || (role === Role.TRAINER && trainerCohorts.loading);
  return (
    <section className="card completion-panel" aria-labelledby="completion-heading">
      <h2 id="completion-heading">{t('curricula.completion.title')}</h2>
      <RuleForm curriculumId={curriculumId} />
      <h3>{t('curricula.completion.progress')}</h3>
      {waiting && !cohorts.data && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {cohorts.error && (
        <p role="alert" className="error">
          {errorsOf(cohorts.error).message}
        </p>
      )}
      {cohorts.data && !waiting && visible.length === 0 && <p className="empty">{t('curricula.completion.noCohorts')}</p>}
      {visible.map((c) => (
        <CohortProgressTable key={c.id} cohort={c} />
      ))}
    </section>
  );
}
