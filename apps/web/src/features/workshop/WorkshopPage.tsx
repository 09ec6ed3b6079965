import { useMutation, useQuery } from '@apollo/client/react';
import { PERSONA_GROUPS, Role, type Locale } from '@ruamsang/shared';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { formatDate } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import type { HopeOrFear, PersonaGroup } from '../../gql/graphql';
import { LinkEditor, type LinkContext } from './LinkEditor';
import '../priorities/priorities.css';

const CONTEXT = graphql(`
  query WorkshopContext {
    campaigns {
      id
      title
      provinceCodes
      framework {
        id
        competencies {
          code
          name {
            th
            en
            ms
          }
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


const BOARDS = graphql(`
  query HopesFearsBoards($offset: Int!) {
    hopesFearsBoards(offset: $offset, limit: 10) {
      total
      items {
        id
        title
        campaignId
        provinceCode
        createdAt
        cards {
          id
          kind
          text
          createdAt
          author {
            id
            displayName
          }
        }
        links {
          id
          competencyCode
          campaignId
          frameworkId
        }
      }
    }
  }
`);

const PERSONAS = graphql(`
  query Personas($offset: Int!, $group: PersonaGroup) {
    personas(offset: $offset, limit: 10, group: $group) {
      total
      items {
        id
        name
        description
        group
        provinceCode
        createdAt
        links {
          id
          competencyCode
          campaignId
          frameworkId
        }
      }
    }
  }
`);

const ICEBERGS = graphql(`
  query Icebergs($offset: Int!) {
    icebergs(offset: $offset, limit: 10) {
      total
      items {
        id
        title
        event
        patterns
        structures
        mentalModels
        provinceCode
        createdAt
        links {
          id
          competencyCode
          campaignId
          frameworkId
        }
      }
    }
  }
`);

const CREATE_BOARD = graphql(`
  mutation CreateHopesFearsBoard($input: CreateHopesFearsBoardInput!) {
    createHopesFearsBoard(input: $input) {
      id
    }
  }
`);

const ADD_CARD = graphql(`
  mutation AddHopesFearsCard($input: AddHopesFearsCardInput!) {
    addHopesFearsCard(input: $input) {
      id
    }
  }
`);

const CREATE_PERSONA = graphql(`
  mutation CreatePersona($input: CreatePersonaInput!) {
    createPersona(input: $input) {
      id
    }
  }
`);

const CREATE_ICEBERG = graphql(`
  mutation CreateIceberg($input: CreateIcebergInput!) {
    createIceberg(input: $input) {
      id
    }
  }
`);

type Tab = 'boards' | 'personas' | 'icebergs';
const TABS: readonly Tab[] = ['boards', 'personas', 'icebergs'];
const ICEBERG_LAYERS = ['event', 'patterns', 'structures', 'mentalModels'] as const;

function Pager({ offset, size, total, shown, onMove }: { offset: number; size: number; total: number; shown: number; onMove: (offset: number) => void }) {
  const { t } = useTranslation();
  if (total <= size) return null;
  return (
    <nav className="pager" aria-label={t('workshop.pages')}>
      <button type="button" className="secondary" disabled={offset === 0} onClick={() => onMove(Math.max(0, offset - size))}>
        {t('common.previous')}
      </button>
      <span>{t('common.pageOf', { from: offset + 1, to: offset + shown, total })}</span>
      <button type="button" className="secondary" disabled={offset + size >= total} onClick={() => onMove(offset + size)}>
        {t('common.next')}
      </button>
    </nav>
  );
}

function Status({ loading, error, empty, emptyText }: { loading: boolean; error: unknown; empty: boolean; emptyText: string }) {
  const { t } = useTranslation();
  if (loading)
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  if (error)
    return (
      <p className="error" role="alert">
        {errorsOf(error).message}
      </p>
    );
  return empty ? <p className="empty">{emptyText}</p> : null;
}

function FormError({ error }: { error: unknown }) {
  const { message } = errorsOf(error);
  return message ? (
    <p className="error" role="alert">
      {message}
    </p>
  ) : null;
}

function CreateForm({ title, children, onSubmit, busy, error }: { title: string; children: ReactNode; onSubmit: () => Promise<boolean>; busy: boolean; error: unknown }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {title}
      </button>
    );
  return (
    <form
      className="card form-grid"
      aria-label={title}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void onSubmit().then((ok) => ok && setOpen(false));
      }}
    >
      <h2>{title}</h2>
      {children}
      <FormError error={error} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export default function WorkshopPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { me } = useAuth();
  const canCreate = !!me && me.role !== (Role.PRACTITIONER as string);
  const context = useQuery(CONTEXT);
  const [tab, setTab] = useState<Tab>('boards');
  const [campaignId, setCampaignId] = useState<string | null>(null);
  const campaign = context.data?.campaigns.find((c) => c.id === campaignId) ?? context.data?.campaigns[0] ?? null;
  const linkContext = useMemo<LinkContext | null>(
    () =>
      campaign
        ? {
            campaignId: campaign.id,
            campaignTitle: campaign.title,
            frameworkId: campaign.framework.id,
            competencies: campaign.framework.competencies.map((c) => ({
              code: c.code,
              label: (locale === 'en' ? c.name.en : locale === 'ms' ? c.name.ms : c.name.th) || c.name.th,
            })),
          }
        : null,
    [campaign, locale],
  );
  const provinceName = (code: string | null | undefined) => {
    const p = context.data?.provinces.find((x) => x.code === code);
    return p ? (locale === 'th' ? p.nameTh : p.nameEn) : null;
  };
  const provinces = (context.data?.provinces ?? []).filter((p) => me?.role !== (Role.COORDINATOR as string) || me.managedProvinceCodes.includes(p.code));

  return (
    <section className="page">
      <h1>{t('workshop.title')}</h1>
      <p className="muted">{t('workshop.intro')}</p>
      {canCreate && (
      <div className="toolbar">
        <label>
          {t('workshop.linkCampaign')}
          <select value={campaign?.id ?? ''} onChange={(e) => setCampaignId(e.target.value)}>
            {context.data?.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      )}
      <div className="tabs" role="tablist" aria-label={t('workshop.tools')}>
        {TABS.map((name) => (
          <button key={name} type="button" role="tab" id={`tab-${name}`} aria-selected={tab === name} aria-controls={`panel-${name}`} className={tab === name ? '' : 'secondary'} onClick={() => setTab(name)}>
            {t(`workshop.tab.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'boards' && <BoardsTab canCreate={canCreate} linkContext={linkContext} campaigns={context.data?.campaigns ?? []} provinces={provinces} provinceName={provinceName} />}
        {tab === 'personas' && <PersonasTab canCreate={canCreate} linkContext={linkContext} provinces={provinces} provinceName={provinceName} />}
        {tab === 'icebergs' && <IcebergsTab canCreate={canCreate} linkContext={linkContext} provinces={provinces} provinceName={provinceName} />}
      </div>
    </section>
  );
}

interface TabProps {
  canCreate: boolean;
  linkContext: LinkContext | null;
  provinces: readonly { code: string; nameTh: string; nameEn: string }[];
  provinceName: (code: string | null | undefined) => string | null;
}

function ProvinceSelect({ value, onChange, provinces, optional }: { value: string; onChange: (v: string) => void; provinces: TabProps['provinces']; optional?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <label>
      {t('workshop.province')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {optional && <option value="">{t('workshop.anyProvince')}</option>}
        {provinces.map((p) => (
          <option key={p.code} value={p.code}>
            {i18n.language === 'th' ? p.nameTh : p.nameEn}
          </option>
        ))}
      </select>
    </label>
  );
}

function CardForm({ boardId, onAdded }: { boardId: string; onAdded: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<HopeOrFear>('HOPE');
  const [text, setText] = useState('');
  const [add, { loading, error }] = useMutation(ADD_CARD);
  return (
    <form
      className="card-form"
      aria-label={t('workshop.addCard')}
      onSubmit={(e) => {
        e.preventDefault();
        void add({ variables: { input: { boardId, kind, text } } })
          .then(() => {
            setText('');
            onAdded();
          })
          .catch(() => null);
      }}
    >
      <label>
        {t('workshop.cardKind')}
        <select value={kind} onChange={(e) => setKind(e.target.value as HopeOrFear)}>
          <option value="HOPE">{t('workshop.hope')}</option>
          <option value="FEAR">{t('workshop.fear')}</option>
        </select>
      </label>
      <label>
        {t('workshop.cardText')}
        <input value={text} maxLength={500} onChange={(e) => setText(e.target.value)} />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={loading || !text.trim()}>
        {t('workshop.addCard')}
      </button>
    </form>
  );
}

function BoardsTab({ canCreate, linkContext, campaigns, provinces, provinceName }: TabProps & { campaigns: readonly { id: string; title: string }[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useQuery(BOARDS, { variables: { offset } });
  const [create, creating] = useMutation(CREATE_BOARD);
  const [form, setForm] = useState({ title: '', campaignId: '', provinceCode: '' });
  const page = data?.hopesFearsBoards;
  const refresh = () => void refetch();
  return (
    <>
      {canCreate && (
        <CreateForm
          title={t('workshop.newBoard')}
          busy={creating.loading}
          error={creating.error}
          onSubmit={async () => {
            const result = await create({ variables: { input: { title: form.title, campaignId: form.campaignId || null, provinceCode: form.provinceCode || null } } }).catch(() => null);
            if (result?.data) refresh();
            return !!result?.data;
          }}
        >
          <label>
            {t('workshop.boardTitle')}
            <input value={form.title} maxLength={200} onChange={(e) => setForm({ ...form, title: e.target.value })} required />
          </label>
          <label>
            {t('gaps.campaign')}
            <select value={form.campaignId} onChange={(e) => setForm({ ...form, campaignId: e.target.value })}>
              <option value="">{t('workshop.noCampaign')}</option>
              {campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
          <ProvinceSelect value={form.provinceCode} onChange={(v) => setForm({ ...form, provinceCode: v })} provinces={provinces} optional />
        </CreateForm>
      )}
      <Status loading={loading && !page} error={error} empty={page?.total === 0} emptyText={t('workshop.noBoards')} />
      {page?.items.map((board) => (
        <article key={board.id} className="card">
          <h2>{board.title}</h2>
          <p className="muted">
            {[provinceName(board.provinceCode), formatDate(board.createdAt, locale)].filter(Boolean).join(' · ')}
          </p>
          <div className="hopes-fears">
            {(['HOPE', 'FEAR'] as const).map((kind) => (
              <section key={kind} aria-label={kind === 'HOPE' ? t('workshop.hopes') : t('workshop.fears')} className={`column ${kind.toLowerCase()}`}>
                <h3>{kind === 'HOPE' ? t('workshop.hopes') : t('workshop.fears')}</h3>
                <ul>
                  {board.cards
                    .filter((c) => c.kind === kind)
                    .map((c) => (
                      <li key={c.id}>
                        {c.text} <span className="muted">— {c.author?.displayName ?? t('priorities.erasedAuthor')}</span>
                      </li>
                    ))}
                </ul>
              </section>
            ))}
          </div>
          <CardForm boardId={board.id} onAdded={refresh} />
          <LinkEditor kind="HOPES_FEARS_BOARD" itemId={board.id} links={board.links} context={linkContext} canEdit={canCreate} onChange={refresh} />
        </article>
      ))}
      {page && <Pager offset={offset} size={10} total={page.total} shown={page.items.length} onMove={setOffset} />}
    </>
  );
}

function PersonasTab({ canCreate, linkContext, provinces, provinceName }: TabProps) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [group, setGroup] = useState<PersonaGroup | ''>('');
  const { data, loading, error, refetch } = useQuery(PERSONAS, { variables: { offset, group: group || null } });
  const [create, creating] = useMutation(CREATE_PERSONA);
  const [form, setForm] = useState({ name: '', description: '', group: 'WOMEN_FARMERS' as PersonaGroup, provinceCode: '' });
  const page = data?.personas;
  const refresh = () => void refetch();
  return (
    <>
      <div className="toolbar">
        <label>
          {t('workshop.group')}
          <select
            value={group}
            onChange={(e) => {
              setOffset(0);
              setGroup(e.target.value as PersonaGroup | '');
            }}
          >
            <option value="">{t('common.all')}</option>
            {PERSONA_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`persona.${g}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {canCreate && (
        <CreateForm
          title={t('workshop.newPersona')}
          busy={creating.loading}
          error={creating.error}
          onSubmit={async () => {
            const result = await create({ variables: { input: { name: form.name, description: form.description, group: form.group, provinceCode: form.provinceCode || null } } }).catch(() => null);
            if (result?.data) refresh();
            return !!result?.data;
          }}
        >
          <label>
            {t('workshop.personaName')}
            <input value={form.name} maxLength={120} onChange={(e) => setForm({ ...form, name: e.target.value })} required />
          </label>
          <label>
            {t('workshop.group')}
            <select value={form.group} onChange={(e) => setForm({ ...form, group: e.target.value as PersonaGroup })}>
              {PERSONA_GROUPS.map((g) => (
                <option key={g} value={g}>
                  {t(`persona.${g}`)}
                </option>
              ))}
            </select>
          </label>
          <ProvinceSelect value={form.provinceCode} onChange={(v) => setForm({ ...form, provinceCode: v })} provinces={provinces} optional />
          <label className="wide">
            {t('workshop.description')}
            <textarea value={form.description} maxLength={2000} rows={3} onChange={(e) => setForm({ ...form, description: e.target.value })} required />
          </label>
        </CreateForm>
      )}
      <Status loading={loading && !page} error={error} empty={page?.total === 0} emptyText={t('workshop.noPersonas')} />
      <ul className="cards">
        {page?.items.map((p) => (
          <li key={p.id} className="card">
            <h2>{p.name}</h2>
            <p className="muted">{[t(`persona.${p.group}`), provinceName(p.provinceCode)].filter(Boolean).join(' · ')}</p>
            <p>{p.description}</p>
            <LinkEditor kind="PERSONA" itemId={p.id} links={p.links} context={linkContext} canEdit={canCreate} onChange={refresh} />
          </li>
        ))}
      </ul>
      {page && <Pager offset={offset} size={10} total={page.total} shown={page.items.length} onMove={setOffset} />}
    </>
  );
}

function IcebergsTab({ canCreate, linkContext, provinces, provinceName }: TabProps) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useQuery(ICEBERGS, { variables: { offset } });
  const [create, creating] = useMutation(CREATE_ICEBERG);
  const [form, setForm] = useState({ title: '', event: '', patterns: '', structures: '', mentalModels: '', provinceCode: '' });
  const page = data?.icebergs;
  const refresh = () => void refetch();
  return (
    <>
      {canCreate && (
        <CreateForm
          title={t('workshop.newIceberg')}
          busy={creating.loading}
          error={creating.error}
          onSubmit={async () => {
            const { provinceCode, ...layers } = form;
            const result = await create({ variables: { input: { ...layers, provinceCode: provinceCode || null } } }).catch(() => null);
            if (result?.data) refresh();
            return !!result?.data;
          }}
        >
          <label>
            {t('workshop.icebergTitle')}
            <input value={form.title} maxLength={200} onChange={(e) => setForm({ ...form, title: e.target.value })} required />
          </label>
          <ProvinceSelect value={form.provinceCode} onChange={(v) => setForm({ ...form, provinceCode: v })} provinces={provinces} optional />
          {ICEBERG_LAYERS.map((layer) => (
            <label key={layer} className="wide">
              {t(`workshop.layer.${layer}`)}
              <textarea value={form[layer]} maxLength={2000} rows={2} onChange={(e) => setForm({ ...form, [layer]: e.target.value })} required />
            </label>
          ))}
        </CreateForm>
      )}
      <Status loading={loading && !page} error={error} empty={page?.total === 0} emptyText={t('workshop.noIcebergs')} />
      {page?.items.map((iceberg) => (
        <article key={iceberg.id} className="card">
          <h2>{iceberg.title}</h2>
          {iceberg.provinceCode && <p className="muted">{provinceName(iceberg.provinceCode)}</p>}
          <ol className="iceberg">
            {ICEBERG_LAYERS.map((layer) => (
              <li key={layer} className={`layer-${layer}`}>
                <strong>{t(`workshop.layer.${layer}`)}</strong>
                <p>{iceberg[layer]}</p>
              </li>
            ))}
          </ol>
          <LinkEditor kind="ICEBERG" itemId={iceberg.id} links={iceberg.links} context={linkContext} canEdit={canCreate} onChange={refresh} />
        </article>
      ))}
      {page && <Pager offset={offset} size={10} total={page.total} shown={page.items.length} onMove={setOffset} />}
    </>
  );
}
