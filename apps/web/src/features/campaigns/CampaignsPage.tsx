import { useMutation, useQuery } from '@apollo/client/react';
import { Role, SECTORS, INSTRUMENTS, type Locale } from '@ruamsang/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatDate } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { useProgramme } from '../../app/programme';
import { graphql } from '../../gql';
import type { CampaignListQuery, Instrument, Sector } from '../../gql/graphql';
import { canImportInto, canManageCampaigns } from './campaign-access';
import { bangkokDay, closesAtOf, fieldMessages, opensAtOf, openQuestionsFrom } from './campaign-form';

const PAGE_SIZE = 20;

const CAMPAIGNS = graphql(`
  query CampaignList {
    campaigns {
      id
      title
      instrument
      provinceCodes
      sectors
      opensAt
      closesAt
      status
      framework {
        id
        code
        version
        name {
          th
          en
          ms
        }
      }
    }
    provinces {
      code
      nameTh
      nameEn
    }
  }
`);

const FRAMEWORKS = graphql(`
  query CampaignFrameworks {
    frameworks {
      id
      code
      version
      status
      name {
        th
        en
        ms
      }
    }
  }
`);

const CREATE_CAMPAIGN = graphql(`
  mutation CreateCampaign($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      id
      title
    }
  }
`);

/** The instruments' own names, the same in every language; the full description is the cell's title. */
const INSTRUMENT_NAME: Record<Instrument, string> = { BORICH: 'Borich', PNI: 'PNI', HENNESSY_HICKS: 'Hennessy-Hicks' };

type Province = CampaignListQuery['provinces'][number];

function localized(value: { th: string; en?: string | null; ms?: string | null }, locale: Locale): string {
  return (locale === 'en' ? value.en : locale === 'ms' ? value.ms : value.th) || value.th;
}

function provinceName(provinces: readonly Province[], code: string, locale: Locale): string {
  const province = provinces.find((p) => p.code === code);
  if (!province) return code;
  return locale === 'th' ? province.nameTh : province.nameEn;
}

/** The chosen day spelt out in the interface language (Buddhist Era in Thai), whatever the browser's date picker shows. */
function DayHint({ day }: { day: string }) {
  const { i18n } = useTranslation();
  const instant = opensAtOf(day);
  return instant ? <span className="muted small">{formatDate(instant, i18n.language as Locale, 'long')}</span> : null;
}

function CreateCampaignForm({ provinces, onCreated }: { provinces: readonly Province[]; onCreated: (title: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { me } = useAuth();
  const frameworks = useQuery(FRAMEWORKS);
  const [createCampaign, { loading, error, reset }] = useMutation(CREATE_CAMPAIGN);
  const [today] = useState(() => new Date());
  const [form, setForm] = useState({
    frameworkId: '',
    title: '',
    instrument: 'BORICH' as Instrument,
    provinceCodes: [] as string[],
    sectors: [] as Sector[],
    opensOn: bangkokDay(today),
    closesOn: bangkokDay(today, 30),
    openQuestions: '',
  });
  const programme = useProgramme();
  const published = (frameworks.data?.frameworks ?? []).filter((f) => f.status === 'PUBLISHED');
  const { message, fields: rawFields } = errorsOf(error);
  const fields = fieldMessages(rawFields);

  // The programme area; coordinators only the part of it they manage.
  const choosable = useMemo(() => {
    const area = provinces.filter((p) => programme.codes.includes(p.code));
    return me?.role === Role.COORDINATOR ? area.filter((p) => me.managedProvinceCodes.includes(p.code)) : area;
  }, [me, provinces, programme.codes]);

  const update = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => {
    reset();
    setForm((f) => ({ ...f, [key]: value }));
  };
  const toggle = <T extends string>(list: readonly T[], value: T): T[] => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await createCampaign({
      variables: {
        input: {
          frameworkId: form.frameworkId,
          title: form.title,
          instrument: form.instrument,
          provinceCodes: form.provinceCodes,
          sectors: form.sectors,
          // An empty day goes to the API as-is, so its refusal names the field.
          opensAt: opensAtOf(form.opensOn) ?? form.opensOn,
          closesAt: closesAtOf(form.closesOn) ?? form.closesOn,
          openQuestions: openQuestionsFrom(form.openQuestions),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      onCreated(result.data.createCampaign.title);
      setForm((f) => ({ ...f, title: '', openQuestions: '' }));
    }
  }

  const fieldError = (name: string) =>
    fields[name] ? (
      <span className="field-error" id={`campaign-${name}-error`}>
        {fields[name]}
      </span>
    ) : null;
  const invalid = (name: string) => ({ 'aria-invalid': !!fields[name], 'aria-describedby': fields[name] ? `campaign-${name}-error` : undefined });

  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="create-campaign-title">
      <h2 id="create-campaign-title">{t('campaigns.create')}</h2>
      <label>
        {t('campaigns.framework')}
        <select value={form.frameworkId} onChange={(e) => update('frameworkId', e.target.value)} {...invalid('frameworkId')}>
          <option value="">{frameworks.loading ? t('common.loading') : t('users.choose')}</option>
          {published.map((f) => (
            <option key={f.id} value={f.id}>
              {localized(f.name, locale)} · {f.code} v{f.version}
            </option>
          ))}
        </select>
        {fieldError('frameworkId')}
        {frameworks.data && published.length === 0 && <span className="muted">{t('campaigns.noPublishedFramework')}</span>}
      </label>
      <label>
        {t('campaigns.titleField')}
        <input value={form.title} onChange={(e) => update('title', e.target.value)} maxLength={200} required {...invalid('title')} />
        {fieldError('title')}
      </label>
      <label>
        {t('campaigns.instrument')}
        <select value={form.instrument} onChange={(e) => update('instrument', e.target.value as Instrument)} {...invalid('instrument')}>
          {INSTRUMENTS.map((i) => (
            <option key={i} value={i}>
              {t(`instrument.${i}`)}
            </option>
          ))}
        </select>
        <span className="muted">{t(`instrument.${form.instrument}.hint`)}</span>
        {fieldError('instrument')}
      </label>
      <label>
        {t('campaigns.opensOn')}
        <input type="date" value={form.opensOn} onChange={(e) => update('opensOn', e.target.value)} required {...invalid('opensAt')} />
        <DayHint day={form.opensOn} />
        {fieldError('opensAt')}
      </label>
      <label>
        {t('campaigns.closesOn')}
        <input type="date" value={form.closesOn} min={form.opensOn || undefined} onChange={(e) => update('closesOn', e.target.value)} required {...invalid('closesAt')} />
        <DayHint day={form.closesOn} />
        {fieldError('closesAt')}
      </label>
      <fieldset className="checks" {...invalid('provinceCodes')}>
        <legend>{t('campaigns.provinces')}</legend>
        <div className="check-list">
          {choosable.map((p) => (
            <label key={p.code} className="check">
              <input type="checkbox" checked={form.provinceCodes.includes(p.code)} onChange={() => update('provinceCodes', toggle(form.provinceCodes, p.code))} />
              {locale === 'th' ? p.nameTh : p.nameEn}
            </label>
          ))}
        </div>
        {fieldError('provinceCodes')}
      </fieldset>
      <fieldset className="checks" {...invalid('sectors')}>
        <legend>{t('campaigns.sectors')}</legend>
        <div className="check-list">
          {SECTORS.map((s) => (
            <label key={s} className="check">
              <input type="checkbox" checked={form.sectors.includes(s as Sector)} onChange={() => update('sectors', toggle(form.sectors, s as Sector))} />
              {t(`sector.${s}`)}
            </label>
          ))}
        </div>
        <span className="muted">{t('campaigns.sectorsHint')}</span>
        {fieldError('sectors')}
      </fieldset>
      <label className="wide">
        {t('campaigns.openQuestions')}
        <textarea rows={3} value={form.openQuestions} onChange={(e) => update('openQuestions', e.target.value)} placeholder={t('campaigns.openQuestionsPlaceholder')} {...invalid('openQuestions')} />
        <span className="muted">{t('campaigns.openQuestionsHint')}</span>
        {fieldError('openQuestions')}
      </label>
      {message && Object.keys(fields).length === 0 && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      {Object.keys(fields).length > 0 && (
        <p className="error" role="alert">
          {t('campaigns.fixFields')}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={loading}>
          {loading ? t('common.saving') : t('campaigns.create')}
        </button>
      </div>
    </form>
  );
}

export default function CampaignsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { me } = useAuth();
  const { data, loading, error, refetch } = useQuery(CAMPAIGNS);
  const [offset, setOffset] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const campaigns = data?.campaigns ?? [];
  const provinces = data?.provinces ?? [];
  const shown = campaigns.slice(offset, offset + PAGE_SIZE);

  return (
    <section className="page">
      <h1>{t('campaigns.title')}</h1>
      <p className="muted">{t('campaigns.intro')}</p>
      {canManageCampaigns(me) && (
        <div className="actions">
          <button type="button" className={creating ? 'secondary' : undefined} aria-expanded={creating} onClick={() => setCreating((v) => !v)}>
            {creating ? t('common.cancel') : t('campaigns.new')}
          </button>
        </div>
      )}
      {creating && (
        <CreateCampaignForm
          provinces={provinces}
          onCreated={(title) => {
            setNotice(t('campaigns.created', { title }));
            setCreating(false);
            setOffset(0);
            void refetch();
          }}
        />
      )}
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {errorsOf(error).message}
        </p>
      )}
      {loading && !data && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {data && campaigns.length === 0 && <p className="empty">{canManageCampaigns(me) ? t('campaigns.emptyManage') : t('campaigns.empty')}</p>}
      {shown.length > 0 && (
        <>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <caption className="visually-hidden">{t('campaigns.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('campaigns.titleField')}</th>
                  <th scope="col">{t('campaigns.instrument')}</th>
                  <th scope="col">{t('campaigns.framework')}</th>
                  <th scope="col">{t('campaigns.provinces')}</th>
                  <th scope="col">{t('campaigns.dates')}</th>
                  <th scope="col">{t('campaigns.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('campaigns.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((c) => (
                  <tr key={c.id}>
                    <td>
                      {c.title}
                      {c.sectors.length > 0 && <div className="muted small">{c.sectors.map((s) => t(`sector.${s}`)).join(', ')}</div>}
                    </td>
                    <td title={t(`instrument.${c.instrument}`)}>{INSTRUMENT_NAME[c.instrument]}</td>
                    <td>
                      {localized(c.framework.name, locale)} <span className="code">v{c.framework.version}</span>
                    </td>
                    <td>{c.provinceCodes.map((code) => provinceName(provinces, code, locale)).join(', ')}</td>
                    <td className="nowrap">
                      {formatDate(c.opensAt, locale)} – {formatDate(c.closesAt, locale)}
                    </td>
                    <td>
                      <span className={`badge status-${c.status.toLowerCase()}`}>{t(`campaigns.status.${c.status}`)}</span>
                    </td>
                    <td className="nowrap">
                      {canImportInto(me, c.provinceCodes) && (
                        <Link to={`/campaigns/${c.id}/import`} aria-label={t('campaigns.importFor', { title: c.title })}>
                          {t('campaigns.import')}
                        </Link>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {campaigns.length > PAGE_SIZE && (
            <nav className="pager" aria-label={t('campaigns.title')}>
              <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                {t('common.previous')}
              </button>
              <span>{t('common.pageOf', { from: offset + 1, to: offset + shown.length, total: campaigns.length })}</span>
              <button type="button" disabled={offset + PAGE_SIZE >= campaigns.length} onClick={() => setOffset(offset + PAGE_SIZE)}>
                {t('common.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </section>
  );
}
