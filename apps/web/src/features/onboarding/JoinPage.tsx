import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { AGE_BANDS, GENDERS, ONBOARDING_LIMITS, SECTORS, TEACHING_LANGUAGES, type Locale } from '@ruamsang/shared';
import { PHONE_MAX_LENGTH } from '@ruamsang/shared/phone';
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { tokenStore } from '../../app/apollo';
import { useAuth } from '../../app/auth';
import { formatDate } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { LanguageSwitcher } from '../../app/Layout';
import { graphql } from '../../gql';
import type { AgeBand, Gender, Sector, TeachingLanguage } from '../../gql/graphql';
import { checkJoinForm, JOIN_LANDING_KEY, joinLanding, type JoinField, type JoinFormValues } from './onboarding';

const PREVIEW = graphql(`
  query JoinPreview($token: String!) {
    invitationPreview(token: $token) {
      kind
      targetTitle
      curriculumTitle
      provinceCode
      expiresAt
    }
    provinces {
      code
      nameTh
      nameEn
      districts {
        code
        nameTh
        nameEn
      }
    }
  }
`);

const JOIN = graphql(`
  mutation JoinByInvitation($input: JoinByInvitationInput!) {
    joinByInvitation(input: $input) {
      campaignId
      cohortId
      enrolmentStatus
      auth {
        token
      }
    }
  }
`);

/** Fields the API may name in a refusal, shown beside their input. */
const JOIN_FIELDS = ['displayName', 'email', 'phone', 'password', 'districtCode'];

/** A v4 UUID, also where crypto.randomUUID is missing (plain http on a LAN address). */
function clientKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Signed in after joining: go where the invitation leads (kept across the switch to the signed-in app). */
export function JoinLanding() {
  const target = sessionStorage.getItem(JOIN_LANDING_KEY) ?? '/';
  useEffect(() => sessionStorage.removeItem(JOIN_LANDING_KEY), []);
  return <Navigate to={target} replace />;
}

/** Public: a person opening an invitation link creates their own practitioner account. */
export default function JoinPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const client = useApolloClient();
  const { me } = useAuth();
  const { data, loading, error } = useQuery(PREVIEW, { variables: { token } });
  const [join, joining] = useMutation(JOIN);
  const key = useRef(clientKey());
  const [values, setValues] = useState<JoinFormValues>({ displayName: '', email: '', phone: '', password: '', passwordAgain: '' });
  const [districtCode, setDistrictCode] = useState('');
  const [sector, setSector] = useState('');
  const [gender, setGender] = useState('');
  const [ageBand, setAgeBand] = useState('');
  const [languages, setLanguages] = useState<TeachingLanguage[]>([]);
  const [problems, setProblems] = useState<Partial<Record<string, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);

  if (me) return <JoinLanding />;

  const shell = (body: ReactNode) => (
    <main id="main" className="login">
      <div className="login-card">
        <div className="login-head">
          <h1>{t('app.name')}</h1>
          <LanguageSwitcher />
        </div>
        {body}
      </div>
    </main>
  );

  if (loading && !data) {
    return shell(
      <p className="loading" role="status">
        {t('common.loading')}
      </p>,
    );
  }
  if (error || !data) {
    return shell(
      <>
        <h2>{t('join.title')}</h2>
        <p className="error" role="alert">
          {errorsOf(error).message ?? t('common.error')}
        </p>
      </>,
    );
  }
  const preview = data.invitationPreview;
  const province = data.provinces.find((p) => p.code === preview.provinceCode);
  const name = (p: { nameTh: string; nameEn: string }) => (locale === 'th' ? p.nameTh : p.nameEn);

  const set = (field: JoinField) => (e: ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const focus = (field: string) => document.getElementById(`join-${field}`)?.focus();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const found = checkJoinForm(values);
    const messages: Record<string, string> = {};
    for (const [field, problem] of Object.entries(found)) messages[field] = t(`join.errors.${problem.key}`, problem.params ?? {});
    setProblems(messages);
    const first = (['displayName', 'email', 'phone', 'password', 'passwordAgain'] as const).find((f) => messages[f]);
    if (first) {
      focus(first);
      return;
    }
    try {
      const result = await join({
        variables: {
          input: {
            token,
            clientKey: key.current,
            displayName: values.displayName.trim(),
            email: values.email.trim() || null,
            phone: values.phone.trim() || null,
            password: values.password,
            districtCode: districtCode || null,
            sector: (sector || null) as Sector | null,
            gender: (gender || null) as Gender | null,
            ageBand: (ageBand || null) as AgeBand | null,
            languages,
            preferredLocale: locale,
          },
        },
      });
      const joined = result.data?.joinByInvitation;
      if (!joined) throw new Error(t('common.error'));
      sessionStorage.setItem(JOIN_LANDING_KEY, joinLanding(joined));
      tokenStore.set(joined.auth.token);
      await client.resetStore();
    } catch (caught) {
      const { message, fields } = errorsOf(caught);
      const named = Object.keys(fields).find((f) => JOIN_FIELDS.includes(f));
      if (named) {
        // The API's message names the field already and says what to do (e.g. the e-mail is taken).
        setProblems({ [named]: message ?? fields[named]! });
        focus(named);
      } else setFailure(message ?? t('common.error'));
    }
  }

  const error_ = (field: string) =>
    problems[field] ? (
      <span className="field-error" id={`join-${field}-error`}>
        {problems[field]}
      </span>
    ) : null;
  const aria = (field: string) => (problems[field] ? { 'aria-invalid': true, 'aria-describedby': `join-${field}-error` } : {});

  return shell(
    <>
      <h2>{t('join.title')}</h2>
      <div className="callout">
        <p>
          <strong>{preview.kind === 'COHORT' ? t('join.forCohort', { name: preview.targetTitle }) : t('join.forCampaign', { title: preview.targetTitle })}</strong>
        </p>
        {preview.curriculumTitle && <p className="small">{t('join.curriculum', { title: preview.curriculumTitle })}</p>}
        <p className="small">
          {t('join.province', { province: province ? name(province) : preview.provinceCode })} · {t('join.until', { date: formatDate(preview.expiresAt, locale) })}
        </p>
      </div>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={joining.loading}>
        <label>
          {t('join.displayName')}
          <input id="join-displayName" autoComplete="name" maxLength={ONBOARDING_LIMITS.displayNameMax} value={values.displayName} onChange={set('displayName')} {...aria('displayName')} />
          {error_('displayName')}
        </label>
        <p className="hint">{t('join.contactHint')}</p>
        <label>
          {t('join.email')}
          <input id="join-email" type="email" autoComplete="email" maxLength={ONBOARDING_LIMITS.emailMax} value={values.email} onChange={set('email')} {...aria('email')} />
          {error_('email')}
        </label>
        <label>
          {t('join.phone')}
          <input id="join-phone" type="tel" autoComplete="tel" inputMode="tel" placeholder="081-234-5678" maxLength={PHONE_MAX_LENGTH} value={values.phone} onChange={set('phone')} {...aria('phone')} />
          {error_('phone')}
        </label>
        <label>
          {t('join.password', { min: ONBOARDING_LIMITS.passwordMin })}
          <input id="join-password" type="password" autoComplete="new-password" maxLength={ONBOARDING_LIMITS.passwordMax} value={values.password} onChange={set('password')} {...aria('password')} />
          {error_('password')}
        </label>
        <label>
          {t('join.passwordAgain')}
          <input id="join-passwordAgain" type="password" autoComplete="new-password" maxLength={ONBOARDING_LIMITS.passwordMax} value={values.passwordAgain} onChange={set('passwordAgain')} {...aria('passwordAgain')} />
          {error_('passwordAgain')}
        </label>
        <label>
          {t('users.district')}
          <select id="join-districtCode" value={districtCode} onChange={(e) => setDistrictCode(e.target.value)} {...aria('districtCode')}>
            <option value="">{t('users.choose')}</option>
            {(province?.districts ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {name(d)}
              </option>
            ))}
          </select>
          {error_('districtCode')}
        </label>
        <label>
          {t('users.sector')}
          <select value={sector} onChange={(e) => setSector(e.target.value)}>
            <option value="">{t('users.choose')}</option>
            {SECTORS.map((s) => (
              <option key={s} value={s}>
                {t(`sector.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('users.gender')}
          <select value={gender} onChange={(e) => setGender(e.target.value)}>
            <option value="">{t('users.choose')}</option>
            {GENDERS.map((g) => (
              <option key={g} value={g}>
                {t(`gender.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('join.ageBand')}
          <select value={ageBand} onChange={(e) => setAgeBand(e.target.value)}>
            <option value="">{t('users.choose')}</option>
            {AGE_BANDS.map((a) => (
              <option key={a} value={a}>
                {t(`join.ageBands.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="checks">
          <legend>{t('join.languages')}</legend>
          {(TEACHING_LANGUAGES as readonly string[] as readonly TeachingLanguage[]).map((l) => (
            <label key={l} className="check">
              <input type="checkbox" checked={languages.includes(l)} onChange={(e) => setLanguages((all) => (e.target.checked ? [...all, l] : all.filter((x) => x !== l)))} />
              <span>{t(`modules.languages.${l}`)}</span>
            </label>
          ))}
        </fieldset>
        {failure && (
          <p className="error" role="alert">
            {failure}
          </p>
        )}
        <button type="submit" disabled={joining.loading}>
          {joining.loading ? t('common.saving') : t('join.submit')}
        </button>
      </form>
    </>,
  );
}
