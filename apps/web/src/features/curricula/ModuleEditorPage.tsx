import { useMutation, useQuery } from '@apollo/client/react';
import { DELIVERY_MODES, MAX_MODULE_HOURS, MODULE_CODE_HTML_PATTERN, MODULE_CODE_MAX_LENGTH, MODULE_CODE_MIN_LENGTH, Role, TEACHING_LANGUAGES, type Locale } from '@ruamsang/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatDate, formatNumber } from '../../app/dates';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import type { DeliveryMode, ModuleCommentKind, ModuleDetailQuery, ModuleStatus, TeachingLanguage } from '../../gql/graphql';
import { pick } from './text';
import './curricula.css';

const OPTIONS = graphql(`
  query ModuleEditorOptions {
    frameworks {
      id
      status
      competencies {
        code
        name {
          th
          en
          ms
        }
      }
    }
    trainingModules(limit: 100) {
      items {
        code
        title {
          th
          en
          ms
        }
      }
    }
  }
`);

const DETAIL = graphql(`
  query ModuleDetail($code: String!) {
    trainingModule(code: $code) {
      id
      code
      title {
        th
        en
        ms
      }
      hours
      deliveryMode
      teachingLanguage
      status
      version
      prerequisiteCodes
      competencyTargets {
        competencyCode
        targetLevel
        outcome {
          th
          en
          ms
        }
      }
      materials {
        label
        url
      }
      createdBy {
        id
        displayName
      }
      coAuthors {
        id
        displayName
      }
      addressedGaps {
        campaignId
        competencyCode
        suppressed
        index
        rank
        n
        votes
      }
      comments {
        id
        kind
        body
        moduleVersion
        createdAt
        author {
          id
          displayName
          role
        }
      }
    }
    moduleHistory(code: $code) {
      version
      changedAt
      summary
      changes {
        kind
        field
        from
        to
        value
      }
      changedBy {
        displayName
      }
    }
  }
`);

const CREATE = graphql(`
  mutation CreateTrainingModule($input: CreateTrainingModuleInput!) {
    createTrainingModule(input: $input) {
      id
      code
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateTrainingModule($code: String!, $input: UpdateTrainingModuleInput!) {
    updateTrainingModule(code: $code, input: $input) {
      id
      code
      version
    }
  }
`);

const STATUS = graphql(`
  mutation ChangeModuleStatus($code: String!, $status: ModuleStatus!) {
    changeModuleStatus(code: $code, status: $status) {
      id
      status
      version
    }
  }
`);

const COMMENT = graphql(`
  mutation AddModuleComment($input: AddModuleCommentInput!) {
    addModuleComment(input: $input) {
      id
    }
  }
`);

type Detail = NonNullable<ModuleDetailQuery['trainingModule']>;

interface OutcomeRow {
  key: number;
  competencyCode: string;
  targetLevel: number;
  th: string;
  en: string;
  ms: string;
}

interface FormState {
  code: string;
  title: { th: string; en: string; ms: string };
  hours: string;
  deliveryMode: DeliveryMode;
  teachingLanguage: TeachingLanguage;
  outcomes: OutcomeRow[];
  prerequisiteCodes: string[];
  materials: { key: number; label: string; url: string }[];
}

function initialForm(module: Detail | null): FormState {
  return {
    code: module?.code ?? '',
    title: { th: module?.title.th ?? '', en: module?.title.en ?? '', ms: module?.title.ms ?? '' },
    hours: module ? String(module.hours) : '',
    deliveryMode: module?.deliveryMode ?? 'CLASSROOM',
    teachingLanguage: module?.teachingLanguage ?? 'THAI',
    outcomes: (module?.competencyTargets ?? []).map((c, i) => ({
      key: i,
      competencyCode: c.competencyCode,
      targetLevel: c.targetLevel,
      th: c.outcome?.th ?? '',
      en: c.outcome?.en ?? '',
      ms: c.outcome?.ms ?? '',
    })),
    prerequisiteCodes: module?.prerequisiteCodes ?? [],
    materials: (module?.materials ?? []).map((m, i) => ({ key: i, label: m.label, url: m.url })),
  };
}

const text = (th: string, en: string, ms: string) => ({ th: th.trim(), en: en.trim() || null, ms: ms.trim() || null });

function ModuleForm({ module, canEdit, onSaved }: { module: Detail | null; canEdit: boolean; onSaved: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const options = useQuery(OPTIONS);
  const [form, setForm] = useState<FormState>(() => initialForm(module));
  const [create, created] = useMutation(CREATE);
  const [update, updated] = useMutation(UPDATE);
  const [saved, setSaved] = useState(false);
  const competencies = useMemo(() => {
    const seen = new Map<string, string>();
    for (const f of options.data?.frameworks ?? []) for (const c of f.competencies) if (!seen.has(c.code)) seen.set(c.code, pick(c.name, locale));
    return [...seen.entries()];
  }, [options.data, locale]);
  const otherModules = (options.data?.trainingModules.items ?? []).filter((m) => m.code !== form.code);
  const { message, fields } = errorsOf(created.error ?? updated.error);
  const disabled = !canEdit;
  const setOutcome = (key: number, patch: Partial<OutcomeRow>) => setForm((f) => ({ ...f, outcomes: f.outcomes.map((o) => (o.key === key ? { ...o, ...patch } : o)) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const input = {
      title: text(form.title.th, form.title.en, form.title.ms),
      hours: Number(form.hours),
      deliveryMode: form.deliveryMode,
      teachingLanguage: form.teachingLanguage,
      competencyTargets: form.outcomes.map((o) => ({ competencyCode: o.competencyCode, targetLevel: o.targetLevel, outcome: o.th.trim() ? text(o.th, o.en, o.ms) : null })),
      prerequisiteCodes: form.prerequisiteCodes,
      materials: form.materials.map((m) => ({ label: m.label.trim(), url: m.url.trim() })),
    };
    if (module) {
      const result = await update({ variables: { code: module.code, input } }).catch(() => null);
      if (result?.data) {
        setSaved(true);
        onSaved(module.code);
      }
    } else {
      const result = await create({ variables: { input: { ...input, code: form.code.trim() } } }).catch(() => null);
      if (result?.data) onSaved(result.data.createTrainingModule.code);
    }
  };

  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e)} aria-label={t('modules.editor')}>
      <h2>{t('modules.editor')}</h2>
      <label>
        {t('modules.code')}
        <input value={form.code} disabled={!!module} required minLength={MODULE_CODE_MIN_LENGTH} maxLength={MODULE_CODE_MAX_LENGTH} pattern={MODULE_CODE_HTML_PATTERN} placeholder="AGR-101" onChange={(e) => setForm({ ...form, code: e.target.value })} />
        <span className="hint">{t('modules.codeHint')}</span>
        {fields['code'] && <span className="field-error">{fields['code']}</span>}
      </label>
      <label>
        {t('modules.hours')}
        <input type="number" min="0.5" step="0.5" max={MAX_MODULE_HOURS} required disabled={disabled} value={form.hours} onChange={(e) => setForm({ ...form, hours: e.target.value })} />
        {fields['hours'] && <span className="field-error">{fields['hours']}</span>}
      </label>
      <label>
        {t('modules.mode')}
        <select value={form.deliveryMode} disabled={disabled} onChange={(e) => setForm({ ...form, deliveryMode: e.target.value as DeliveryMode })}>
          {DELIVERY_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`modules.modes.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('modules.language')}
        <select value={form.teachingLanguage} disabled={disabled} onChange={(e) => setForm({ ...form, teachingLanguage: e.target.value as TeachingLanguage })}>
          {TEACHING_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`modules.languages.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="langs" style={{ gridColumn: '1 / -1' }}>
        <legend>{t('modules.moduleTitle')}</legend>
        {(['th', 'en', 'ms'] as const).map((lang) => (
          <label key={lang}>
            {t(`modules.titleIn.${lang}`)}
            <input required={lang === 'th'} disabled={disabled} value={form.title[lang]} onChange={(e) => setForm({ ...form, title: { ...form.title, [lang]: e.target.value } })} />
          </label>
        ))}
        {fields['title.th'] && <span className="field-error">{fields['title.th']}</span>}
      </fieldset>
      <fieldset style={{ gridColumn: '1 / -1' }}>
        <legend>{t('modules.outcomes')}</legend>
        {form.outcomes.length === 0 && <p className="empty">{t('modules.noOutcomes')}</p>}
        {form.outcomes.map((o, i) => (
          <div key={o.key} className="outcome-row">
            <label>
              {t('modules.competency')}
              <select aria-label={t('modules.competency')} value={o.competencyCode} disabled={disabled} onChange={(e) => setOutcome(o.key, { competencyCode: e.target.value })}>
                {competencies.map(([code, name]) => (
                  <option key={code} value={code}>
                    {code} {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('modules.targetLevel')}
              <select aria-label={t('modules.targetLevel')} value={o.targetLevel} disabled={disabled} onChange={(e) => setOutcome(o.key, { targetLevel: Number(e.target.value) })}>
                {[1, 2, 3, 4, 5].map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            </label>
            {(['th', 'en', 'ms'] as const).map((lang) => (
              <label key={lang}>
                {t(`modules.outcomeIn.${lang}`)}
                <input disabled={disabled} value={o[lang]} onChange={(e) => setOutcome(o.key, { [lang]: e.target.value })} />
              </label>
            ))}
            {!disabled && (
              <button type="button" className="secondary" aria-label={t('modules.removeOutcome', { n: i + 1 })} onClick={() => setForm((f) => ({ ...f, outcomes: f.outcomes.filter((x) => x.key !== o.key) }))}>
                {t('modules.remove')}
              </button>
            )}
            {fields[`competencyTargets.${i}.competencyCode`] && <span className="field-error">{fields[`competencyTargets.${i}.competencyCode`]}</span>}
          </div>
        ))}
        {!disabled && (
          <button
            type="button"
            className="secondary"
            disabled={competencies.length === 0}
            onClick={() =>
              setForm((f) => ({
                ...f,
                outcomes: [...f.outcomes, { key: Math.max(-1, ...f.outcomes.map((x) => x.key)) + 1, competencyCode: competencies[0]?.[0] ?? '', targetLevel: 3, th: '', en: '', ms: '' }],
              }))
            }
          >
            {t('modules.addOutcome')}
          </button>
        )}
      </fieldset>
      <fieldset style={{ gridColumn: '1 / -1' }}>
        <legend>{t('modules.prerequisites')}</legend>
        {otherModules.length === 0 && <p className="empty">{t('modules.noOtherModules')}</p>}
        <div className="langs">
          {otherModules.map((m) => (
            <label key={m.code} style={{ flexDirection: 'row', alignItems: 'center', fontWeight: 400 }}>
              <input
                type="checkbox"
                style={{ width: 'auto', minHeight: 'auto' }}
                disabled={disabled}
                checked={form.prerequisiteCodes.includes(m.code)}
                onChange={(e) =>
                  setForm((f) => ({ ...f, prerequisiteCodes: e.target.checked ? [...f.prerequisiteCodes, m.code] : f.prerequisiteCodes.filter((c) => c !== m.code) }))
                }
              />
              <span className="code">{m.code}</span> {pick(m.title, locale)}
            </label>
          ))}
        </div>
        {fields['prerequisiteCodes'] && (
          <p className="field-error" role="alert">
            {fields['prerequisiteCodes']}
          </p>
        )}
      </fieldset>
      <fieldset style={{ gridColumn: '1 / -1' }}>
        <legend>{t('modules.materials')}</legend>
        {form.materials.length === 0 && <p className="empty">{t('modules.noMaterials')}</p>}
        {form.materials.map((m, i) => (
          <div key={m.key} className="outcome-row">
            <label>
              {t('modules.materialLabel')}
              <input required maxLength={200} disabled={disabled} value={m.label} onChange={(e) => setForm((f) => ({ ...f, materials: f.materials.map((x) => (x.key === m.key ? { ...x, label: e.target.value } : x)) }))} />
            </label>
            <label>
              {t('modules.materialUrl')}
              <input type="url" required maxLength={2000} placeholder="https://" disabled={disabled} value={m.url} onChange={(e) => setForm((f) => ({ ...f, materials: f.materials.map((x) => (x.key === m.key ? { ...x, url: e.target.value } : x)) }))} />
            </label>
            {!disabled && (
              <button type="button" className="secondary" aria-label={t('modules.removeMaterial', { n: i + 1 })} onClick={() => setForm((f) => ({ ...f, materials: f.materials.filter((x) => x.key !== m.key) }))}>
                {t('modules.remove')}
              </button>
            )}
            {fields[`materials.${i}.url`] && <span className="field-error">{fields[`materials.${i}.url`]}</span>}
          </div>
        ))}
        {!disabled && (
          <button type="button" className="secondary" onClick={() => setForm((f) => ({ ...f, materials: [...f.materials, { key: Math.max(-1, ...f.materials.map((x) => x.key)) + 1, label: '', url: '' }] }))}>
            {t('modules.addMaterial')}
          </button>
        )}
      </fieldset>
      {message && !Object.keys(fields).length && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      {saved && (
        <p className="notice" role="status">
          {t('modules.saved')}
        </p>
      )}
      {canEdit && (
        <div className="actions">
          <button type="submit" disabled={created.loading || updated.loading}>
            {created.loading || updated.loading ? t('common.saving') : t('common.save')}
          </button>
        </div>
      )}
    </form>
  );
}

function StatusActions({ module, canEdit, onChanged }: { module: Detail; canEdit: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [change, { loading, error }] = useMutation(STATUS);
  const approver = me?.role === Role.ADMIN || me?.role === Role.COORDINATOR;
  const moves: ModuleStatus[] = [];
  if (module.status === 'DRAFT' && canEdit) moves.push('REVIEW');
  if (module.status === 'REVIEW' && approver) moves.push('APPROVED');
  if (module.status === 'REVIEW' && canEdit) moves.push('DRAFT');
  if (module.status === 'APPROVED' && approver) moves.push('DRAFT');
  if (moves.length === 0) return null;
  return (
    <div className="actions">
      {moves.map((to) => (
        <button
          key={to}
          type="button"
          className={to === 'DRAFT' ? 'secondary' : undefined}
          disabled={loading}
          onClick={() => {
            if (to === 'DRAFT' && !window.confirm(t('modules.confirmBackToDraft'))) return;
            void change({ variables: { code: module.code, status: to } })
              .then(onChanged)
              .catch(() => undefined);
          }}
        >
          {t(`modules.moveTo.${to}`)}
        </button>
      ))}
      {error && (
        <p className="error" role="alert">
          {errorsOf(error).message}
        </p>
      )}
    </div>
  );
}

function Comments({ module, onAdded }: { module: Detail; onAdded: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [body, setBody] = useState('');
  const [kind, setKind] = useState<ModuleCommentKind>('COMMENT');
  const [add, { loading, error }] = useMutation(COMMENT);
  return (
    <section className="card" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{t('modules.comments')}</h2>
      {module.comments.length === 0 && <p className="empty">{t('modules.noComments')}</p>}
      <ul className="thread">
        {module.comments.map((c) => (
          <li key={c.id}>
            <strong>{c.author?.displayName ?? t('common.none')}</strong> <span className="muted">· {t(`modules.commentKinds.${c.kind}`)} · v{c.moduleVersion} · {formatDate(c.createdAt, locale)}</span>
            <p>{c.body}</p>
          </li>
        ))}
      </ul>
      <form
        className="form-grid"
        onSubmit={(e) => {
          e.preventDefault();
          void add({ variables: { input: { moduleCode: module.code, body, kind } } })
            .then(() => {
              setBody('');
              onAdded();
            })
            .catch(() => undefined);
        }}
      >
        <label style={{ gridColumn: '1 / -1' }}>
          {t('modules.yourComment')}
          <textarea required maxLength={2000} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />
        </label>
        <label>
          {t('modules.commentKind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as ModuleCommentKind)}>
            <option value="COMMENT">{t('modules.commentKinds.COMMENT')}</option>
            <option value="SUGGESTION">{t('modules.commentKinds.SUGGESTION')}</option>
          </select>
        </label>
        <div className="actions">
          <button type="submit" disabled={loading || !body.trim()}>
            {t('modules.postComment')}
          </button>
        </div>
        {error && (
          <p className="error" role="alert">
            {errorsOf(error).message}
          </p>
        )}
      </form>
    </section>
  );
}

export default function ModuleEditorPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { code } = useParams();
  const navigate = useNavigate();
  const { me } = useAuth();
  const detail = useQuery(DETAIL, { variables: { code: code ?? '' }, skip: !code });
  const module = detail.data?.trainingModule ?? null;
  const isNew = !code;
  const isAuthor = !!module && !!me && (module.createdBy?.id === me.id || module.coAuthors.some((a) => a.id === me.id));
  const canEdit = isNew
    ? me?.role !== Role.PRACTITIONER
    : me?.role === Role.ADMIN || me?.role === Role.COORDINATOR || (me?.role === Role.TRAINER && isAuthor);
  const refetch = () => void detail.refetch();
  const fieldLabel = (field: string | null | undefined) => (field && i18n.exists(`modules.fields.${field}`) ? t(`modules.fields.${field}`) : (field ?? ''));
  const changeText = (c: { kind: string; field?: string | null; from?: string | null; to?: string | null; value?: string | null }) => {
    switch (c.kind) {
      case 'CREATED':
        return t('modules.change.CREATED');
      case 'CHANGED':
        return t('modules.change.CHANGED', { field: fieldLabel(c.field), from: c.from ?? '', to: c.to ?? '' });
      case 'ADDED':
        return t('modules.change.ADDED', { field: fieldLabel(c.field), value: c.value ?? '' });
      default:
        return t('modules.change.REMOVED', { field: fieldLabel(c.field), value: c.value ?? '' });
    }
  };

  if (!isNew && detail.loading && !module) {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }
  if (!isNew && detail.error) {
    return (
      <p className="error" role="alert">
        {errorsOf(detail.error).message}
      </p>
    );
  }
  return (
    <section className="page">
      <p>
        <Link to="/modules">← {t('modules.title')}</Link>
      </p>
      <h1>
        {module ? (
          <>
            <span className="code">{module.code}</span> {pick(module.title, locale)} <span className="status">{t(`modules.statuses.${module.status}`)}</span>
          </>
        ) : (
          t('modules.new')
        )}
      </h1>
      {module && !canEdit && <p className="notice">{t('modules.readOnly')}</p>}
      {module && <StatusActions module={module} canEdit={canEdit} onChanged={refetch} />}
      <ModuleForm
        key={module ? `${module.code}@${module.version}` : 'new'}
        module={module}
        canEdit={canEdit}
        onSaved={(saved) => (isNew ? void navigate(`/modules/${saved}`) : refetch())}
      />
      {module && module.addressedGaps.length > 0 && (
        <section className="card">
          <h2>{t('modules.gaps')}</h2>
          <div className="table-wrap" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('modules.competency')}</th>
                  <th scope="col" className="num">{t('modules.index')}</th>
                  <th scope="col" className="num">{t('modules.rank')}</th>
                  <th scope="col" className="num">n</th>
                  <th scope="col" className="num">{t('modules.votes')}</th>
                </tr>
              </thead>
              <tbody>
                {module.addressedGaps.map((g) => (
                  <tr key={`${g.campaignId}/${g.competencyCode}`}>
                    <td className="code">{g.competencyCode}</td>
                    <td className="num">{g.suppressed ? t('modules.suppressed') : formatNumber(g.index, locale)}</td>
                    <td className="num">{g.rank ?? t('common.none')}</td>
                    <td className="num">{g.n ?? t('common.none')}</td>
                    <td className="num">{g.votes ?? t('common.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {module && module.materials.length > 0 && (
        <section className="card">
          <h2>{t('modules.materials')}</h2>
          <ul>
            {module.materials.map((m) => (
              <li key={m.url}>
                <a href={m.url} rel="noreferrer noopener" target="_blank">
                  {m.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {module && <Comments module={module} onAdded={refetch} />}
      {module && (
        <section className="card" aria-labelledby="history-heading">
          <h2 id="history-heading">{t('modules.history')}</h2>
          <ol className="thread" reversed>
            {detail.data?.moduleHistory.map((v) => (
              <li key={v.version}>
                <strong>v{v.version}</strong> <span className="muted">· {formatDate(v.changedAt, locale)} · {v.changedBy?.displayName ?? t('common.none')}</span>
                <ul>
                  {v.changes.map((c, i) => (
                    <li key={i}>{changeText(c)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
