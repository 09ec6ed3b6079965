import { useMutation, useQuery } from '@apollo/client/react';
import { ONBOARDING_LIMITS, type Locale } from '@ruamsang/shared';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { formatDate } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import type { InvitationsListQuery } from '../../gql/graphql';
import { svgDataUrl } from '../attendance/CheckInQrPage';

const LIST = graphql(`
  query InvitationsList {
    invitations(includeInactive: true) {
      id
      kind
      targetTitle
      provinceCode
      expiresAt
      maxUses
      uses
      status
      path
      qrSvg
    }
    campaigns {
      id
      title
      provinceCodes
    }
    cohorts {
      id
      name
      provinceCode
      curriculumTitle
    }
    provinces {
      code
      nameTh
      nameEn
    }
  }
`);

const CREATE = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      id
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`);

type Row = InvitationsListQuery['invitations'][number];
type Kind = 'CAMPAIGN' | 'COHORT';

function InvitationRow({ row, provinceName, onRevoke }: { row: Row; provinceName: string; onRevoke: (row: Row) => void }) {
  const { t, i18n } = useTranslation();
  const [showQr, setShowQr] = useState(false);
  const [copied, setCopied] = useState(false);
  const link = `${window.location.origin}${row.path}`;
  return (
    <li className="card" data-testid="invitation">
      <h3>{row.targetTitle}</h3>
      <p className="muted small">
        {t(`invitations.kind.${row.kind}`)} · {provinceName}
      </p>
      <dl className="counts">
        <div>
          <dt>{t('invitations.uses')}</dt>
          <dd>{row.maxUses ? t('invitations.usesOf', { uses: row.uses, max: row.maxUses }) : row.uses}</dd>
        </div>
        <div>
          <dt>{t('invitations.expires')}</dt>
          <dd>{formatDate(row.expiresAt, i18n.language as Locale)}</dd>
        </div>
        <div>
          <dt>{t('invitations.status')}</dt>
          <dd>
            <span className="badge">{t(`invitations.statusName.${row.status}`)}</span>
          </dd>
        </div>
      </dl>
      {row.status === 'ACTIVE' && (
        <>
          <p className="small">
            <code className="header-row">{link}</code>
          </p>
          <div className="actions">
            <button
              type="button"
              className="secondary"
              onClick={() => {
                void navigator.clipboard?.writeText(link).then(() => setCopied(true));
              }}
            >
              {copied ? t('invitations.copied') : t('invitations.copy')}
            </button>
            <button type="button" className="secondary" aria-expanded={showQr} onClick={() => setShowQr((s) => !s)}>
              {showQr ? t('invitations.hideQr') : t('invitations.showQr')}
            </button>
            <button type="button" className="secondary" onClick={() => onRevoke(row)}>
              {t('invitations.revoke')}
            </button>
          </div>
          {showQr && (
            <figure className="qr-figure" style={{ margin: 0 }}>
              <img className="qr" src={svgDataUrl(row.qrSvg)} alt={t('invitations.qrAlt', { title: row.targetTitle })} width={280} height={280} style={{ maxWidth: '100%', height: 'auto' }} />
              <figcaption>{t('invitations.qrHint')}</figcaption>
            </figure>
          )}
        </>
      )}
    </li>
  );
}

/** Admins and coordinators make join links for a campaign or a cohort, share them, and revoke them. */
export default function InvitationsPage() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const { data, loading, error, refetch } = useQuery(LIST, { fetchPolicy: 'cache-and-network' });
  const [create, created] = useMutation(CREATE);
  const [revoke] = useMutation(REVOKE);
  const [kind, setKind] = useState<Kind>('CAMPAIGN');
  const [targetId, setTargetId] = useState('');
  const [provinceCode, setProvinceCode] = useState('');
  const [days, setDays] = useState('30');
  const [maxUses, setMaxUses] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: 'notice' | 'error'; text: string } | null>(null);
  const fields = useRef<Record<string, HTMLElement | null>>({});

  if (loading && !data) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (error && !data) {
    return (
      <p className="error" role="alert">
        {errorsOf(error).message}
      </p>
    );
  }
  const provinces = new Map((data?.provinces ?? []).map((p) => [p.code, i18n.language === 'th' ? p.nameTh : p.nameEn]));
  const mine = (code: string) => me?.role === 'ADMIN' || (me?.managedProvinceCodes ?? []).includes(code);
  const campaigns = (data?.campaigns ?? []).filter((c) => c.provinceCodes.some(mine));
  const cohorts = (data?.cohorts ?? []).filter((c) => mine(c.provinceCode));
  const campaign = campaigns.find((c) => c.id === targetId);
  const provinceChoices = kind === 'CAMPAIGN' ? (campaign?.provinceCodes ?? []).filter(mine) : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    const dayCount = Number(days);
    const uses = maxUses.trim() ? Number(maxUses) : null;
    if (!targetId) found['target'] = t('invitations.errors.chooseTarget');
    if (kind === 'CAMPAIGN' && targetId && !provinceCode) found['provinceCode'] = t('invitations.errors.chooseProvince');
    if (!Number.isInteger(dayCount) || dayCount < 1 || dayCount > ONBOARDING_LIMITS.invitationMaxDays) found['days'] = t('invitations.errors.days', { max: ONBOARDING_LIMITS.invitationMaxDays });
    if (uses !== null && (!Number.isInteger(uses) || uses < 1 || uses > ONBOARDING_LIMITS.invitationMaxUses)) found['maxUses'] = t('invitations.errors.maxUses', { max: ONBOARDING_LIMITS.invitationMaxUses });
    setProblems(found);
    setMessage(null);
    const first = Object.keys(found)[0];
    if (first) {
      fields.current[first]?.focus();
      return;
    }
    try {
      await create({
        variables: {
          input: {
            ...(kind === 'CAMPAIGN' ? { campaignId: targetId, provinceCode } : { cohortId: targetId }),
            expiresInDays: dayCount,
            maxUses: uses,
          },
        },
      });
      setMessage({ kind: 'notice', text: t('invitations.created') });
      setTargetId('');
      setProvinceCode('');
      await refetch();
    } catch (caught) {
      setMessage({ kind: 'error', text: errorsOf(caught).message ?? t('common.error') });
    }
  }

  async function confirmRevoke(row: Row) {
    if (!window.confirm(t('invitations.confirmRevoke', { title: row.targetTitle }))) return;
    try {
      await revoke({ variables: { id: row.id } });
      setMessage({ kind: 'notice', text: t('invitations.revoked') });
      await refetch();
    } catch (caught) {
      setMessage({ kind: 'error', text: errorsOf(caught).message ?? t('common.error') });
    }
  }

  const fieldError = (name: string) =>
    problems[name] ? (
      <span className="field-error" id={`inv-${name}-error`}>
        {problems[name]}
      </span>
    ) : null;
  const described = (name: string) => (problems[name] ? { 'aria-invalid': true, 'aria-describedby': `inv-${name}-error` } : {});

  return (
    <section className="page">
      <h1>{t('invitations.title')}</h1>
      <p className="muted">{t('invitations.intro')}</p>
      <form className="card form-grid" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="inv-form-title">
        <h2 id="inv-form-title">{t('invitations.new')}</h2>
        <fieldset className="checks">
          <legend>{t('invitations.for')}</legend>
          {(['CAMPAIGN', 'COHORT'] as const).map((k) => (
            <label key={k} className="check">
              <input
                type="radio"
                name="kind"
                checked={kind === k}
                onChange={() => {
                  setKind(k);
                  setTargetId('');
                  setProvinceCode('');
                }}
              />
              <span>{t(`invitations.kind.${k}`)}</span>
            </label>
          ))}
        </fieldset>
        <label>
          {kind === 'CAMPAIGN' ? t('invitations.campaign') : t('invitations.cohort')}
          <select
            ref={(el) => {
              fields.current['target'] = el;
            }}
            value={targetId}
            {...described('target')}
            onChange={(e) => {
              setTargetId(e.target.value);
              const picked = campaigns.find((c) => c.id === e.target.value);
              const own = picked?.provinceCodes.filter(mine) ?? [];
              setProvinceCode(own.length === 1 ? own[0]! : '');
            }}
          >
            <option value="">{t('users.choose')}</option>
            {kind === 'CAMPAIGN'
              ? campaigns.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))
              : cohorts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name} · {c.curriculumTitle} · {provinces.get(c.provinceCode) ?? c.provinceCode}
                  </option>
                ))}
          </select>
          {fieldError('target')}
        </label>
        {kind === 'CAMPAIGN' && (
          <label>
            {t('invitations.province')}
            <select
              ref={(el) => {
                fields.current['provinceCode'] = el;
              }}
              value={provinceCode}
              disabled={!campaign}
              {...described('provinceCode')}
              onChange={(e) => setProvinceCode(e.target.value)}
            >
              <option value="">{t('users.choose')}</option>
              {provinceChoices.map((code) => (
                <option key={code} value={code}>
                  {provinces.get(code) ?? code}
                </option>
              ))}
            </select>
            {fieldError('provinceCode')}
          </label>
        )}
        <label>
          {t('invitations.days', { max: ONBOARDING_LIMITS.invitationMaxDays })}
          <input
            ref={(el) => {
              fields.current['days'] = el;
            }}
            type="number"
            inputMode="numeric"
            min={1}
            max={ONBOARDING_LIMITS.invitationMaxDays}
            value={days}
            {...described('days')}
            onChange={(e) => setDays(e.target.value)}
          />
          {fieldError('days')}
        </label>
        <label>
          {t('invitations.maxUses')}
          <input
            ref={(el) => {
              fields.current['maxUses'] = el;
            }}
            type="number"
            inputMode="numeric"
            min={1}
            max={ONBOARDING_LIMITS.invitationMaxUses}
            value={maxUses}
            placeholder={t('invitations.noLimit')}
            {...described('maxUses')}
            onChange={(e) => setMaxUses(e.target.value)}
          />
          {fieldError('maxUses')}
        </label>
        {message && (
          <p className={message.kind} role={message.kind === 'error' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={created.loading}>
            {created.loading ? t('common.saving') : t('invitations.create')}
          </button>
        </div>
      </form>
      <h2>{t('invitations.list')}</h2>
      {(data?.invitations ?? []).length === 0 ? (
        <p className="empty">{t('invitations.empty')}</p>
      ) : (
        <ul className="cards">
          {data!.invitations.map((row) => (
            <InvitationRow key={row.id} row={row} provinceName={provinces.get(row.provinceCode) ?? row.provinceCode} onRevoke={(r) => void confirmRevoke(r)} />
          ))}
        </ul>
      )}
    </section>
  );
}
