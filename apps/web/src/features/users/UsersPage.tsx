import { useMutation, useQuery } from '@apollo/client/react';
import { GENDERS, Role, SECTORS, type Locale } from '@ruamsang/shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { errorsOf } from '../../app/errors';
import type { Gender, Role as RoleName, Sector } from '../../gql/graphql';
import { EditUserPanel, type Person } from './EditUserPanel';
import { CREATE_USER, ISSUE_PASSWORD_RESET, PROVINCES, SET_USER_ACTIVE, USERS } from './operations';
import { ResetLinkPanel, type ResetLink } from './ResetLinkPanel';
import './users.css';

const PAGE_SIZE = 20;

function CreateUserForm({ onCreated }: { onCreated: (email: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { me } = useAuth();
  const { data } = useQuery(PROVINCES);
  const [createUser, { loading, error, reset }] = useMutation(CREATE_USER);
  const [form, setForm] = useState({ email: '', password: '', displayName: '', role: 'PRACTITIONER', provinceCode: '', districtCode: '', sector: '', gender: '' });
  const roles = me?.role === Role.ADMIN ? [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN] : [Role.PRACTITIONER, Role.TRAINER];
  const provinces = useMemo(
    () => (data?.provinces ?? []).filter((p) => me?.role === Role.ADMIN || me?.managedProvinceCodes.includes(p.code)),
    [data, me],
  );
  const districts = provinces.find((p) => p.code === form.provinceCode)?.districts ?? [];
  const { message, fields } = errorsOf(error);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => {
    reset();
    setForm((f) => ({ ...f, [key]: e.target.value, ...(key === 'provinceCode' ? { districtCode: '' } : {}) }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await createUser({
      variables: {
        input: {
          email: form.email,
          password: form.password,
          displayName: form.displayName,
          role: form.role as RoleName,
          provinceCode: form.provinceCode || null,
          districtCode: form.districtCode || null,
          sector: (form.sector || null) as Sector | null,
          gender: (form.gender || null) as Gender | null,
          ...(form.role === (Role.COORDINATOR as string) && form.provinceCode ? { managedProvinceCodes: [form.provinceCode] } : {}),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      onCreated(result.data.createUser.email);
      setForm((f) => ({ ...f, email: '', password: '', displayName: '' }));
    }
  }

  const fieldError = (name: string) =>
    fields[name] ? (
      <span className="field-error" id={`${name}-error`}>
        {fields[name]}
      </span>
    ) : null;

  return (
    <form className="card form-grid" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="create-user-title">
      <h2 id="create-user-title">{t('users.create')}</h2>
      <label>
        {t('users.email')}
        <input type="email" value={form.email} onChange={set('email')} aria-invalid={!!fields['email']} aria-describedby="email-error" required />
        {fieldError('email')}
      </label>
      <label>
        {t('users.password')}
        <input type="password" autoComplete="new-password" value={form.password} onChange={set('password')} aria-invalid={!!fields['password']} aria-describedby="password-error" required />
        {fieldError('password')}
      </label>
      <label>
        {t('users.displayName')}
        <input value={form.displayName} onChange={set('displayName')} aria-invalid={!!fields['displayName']} required />
        {fieldError('displayName')}
      </label>
      <label>
        {t('users.role')}
        <select value={form.role} onChange={set('role')}>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('users.province')}
        <select value={form.provinceCode} onChange={set('provinceCode')} aria-invalid={!!fields['provinceCode']}>
          <option value="">{t('users.choose')}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {locale === 'th' ? p.nameTh : p.nameEn}
            </option>
          ))}
        </select>
        {fieldError('provinceCode')}
      </label>
      <label>
        {t('users.district')}
        <select value={form.districtCode} onChange={set('districtCode')} disabled={districts.length === 0} aria-invalid={!!fields['districtCode']}>
          <option value="">{t('users.choose')}</option>
          {districts.map((d) => (
            <option key={d.code} value={d.code}>
              {locale === 'th' ? d.nameTh : d.nameEn}
            </option>
          ))}
        </select>
        {fieldError('districtCode')}
      </label>
      <label>
        {t('users.sector')}
        <select value={form.sector} onChange={set('sector')}>
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
        <select value={form.gender} onChange={set('gender')}>
          <option value="">{t('users.choose')}</option>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {t(`gender.${g}`)}
            </option>
          ))}
        </select>
      </label>
      {message && Object.keys(fields).length === 0 && (
        <p className="error" role="alert">
          {message}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={loading}>
          {loading ? t('common.saving') : t('users.create')}
        </button>
      </div>
    </form>
  );
}

/** Edit, deactivate / reactivate (with a confirmation) and password links for the people listed. */
function usePersonActions(setNotice: (notice: string | null) => void) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<Person | null>(null);
  const [resetLink, setResetLink] = useState<ResetLink | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [setUserActive] = useMutation(SET_USER_ACTIVE);
  const [issuePasswordReset] = useMutation(ISSUE_PASSWORD_RESET);

  const setActive = async (person: Person, active: boolean) => {
    const question = active ? 'people.confirmReactivate' : 'people.confirmDeactivate';
    if (!window.confirm(t(question, { name: person.displayName }))) return;
    setRefusal(null);
    try {
      await setUserActive({ variables: { id: person.id, active } });
      setNotice(t(active ? 'people.reactivated' : 'people.deactivated', { name: person.displayName }));
    } catch (e) {
      setRefusal(errorsOf(e).message);
    }
  };
  const issueLink = async (person: Person) => {
    if (!window.confirm(t('people.confirmResetLink', { name: person.displayName }))) return;
    setRefusal(null);
    setEditing(null);
    try {
      const result = await issuePasswordReset({ variables: { userId: person.id } });
      const link = result.data?.issuePasswordReset;
      if (link) setResetLink({ name: person.displayName, url: link.url, qrSvg: link.qrSvg, expiresAt: String(link.expiresAt) });
    } catch (e) {
      setRefusal(errorsOf(e).message);
    }
  };
  const edit = (person: Person) => {
    setResetLink(null);
    setNotice(null);
    setEditing(person);
  };
  return { editing, setEditing, resetLink, setResetLink, refusal, setActive, issueLink, edit };
}

export default function UsersPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [offset, setOffset] = useState(0);
  const [search, setSearch] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(USERS, { variables: { offset, limit: PAGE_SIZE, search: search || null } });
  const page = data?.users;
  const actions = usePersonActions(setNotice);

  return (
    <section className="page">
      <h1>{t('users.title')}</h1>
      <p className="actions"><a href="/people/import">{t('peopleImport.link')}</a> <a href="/invitations">{t('nav.invitations')}</a></p>
      <CreateUserForm
        onCreated={(email) => {
          setNotice(t('users.created', { email }));
          void refetch();
        }}
      />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {actions.refusal && (
        <p className="error" role="alert">
          {actions.refusal}
        </p>
      )}
      {actions.editing && (
        <EditUserPanel
          key={actions.editing.id}
          person={actions.editing}
          onClose={() => actions.setEditing(null)}
          onSaved={(name) => {
            actions.setEditing(null);
            setNotice(t('people.saved', { name }));
          }}
        />
      )}
      {actions.resetLink && <ResetLinkPanel link={actions.resetLink} onClose={() => actions.setResetLink(null)} />}
      <div className="toolbar">
        <label>
          {t('common.search')}
          <input
            type="search"
            placeholder={t('users.searchPlaceholder')}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setOffset(0);
            }}
          />
        </label>
      </div>
      {error && (
        <p className="error" role="alert">
          {errorsOf(error).message}
        </p>
      )}
      {loading && !page && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {page && page.items.length === 0 && <p className="empty">{t('users.empty')}</p>}
      {page && page.items.length > 0 && (
        <>
          <div className="table-wrap" tabIndex={0}>
            <table className="people-table">
              <thead>
                <tr>
                  <th scope="col">{t('users.name')}</th>
                  <th scope="col">{t('users.email')}</th>
                  <th scope="col">{t('users.role')}</th>
                  <th scope="col">{t('users.province')}</th>
                  <th scope="col">{t('users.sector')}</th>
                  <th scope="col">{t('users.organisation')}</th>
                  <th scope="col">{t('people.phone')}</th>
                  <th scope="col">{t('people.status')}</th>
                  <th scope="col">{t('people.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((user) => (
                  <tr key={user.id}>
                    <td>{user.displayName}</td>
                    <td>{user.email}</td>
                    <td>{t(`role.${user.role}`)}</td>
                    <td>{user.province ? (locale === 'th' ? user.province.nameTh : user.province.nameEn) : t('common.none')}</td>
                    <td>{user.sector ? t(`sector.${user.sector}`) : t('common.none')}</td>
                    <td>{user.organisation?.name ?? t('common.none')}</td>
                    <td>{user.phone ?? t('people.noPhone')}</td>
                    <td className={user.active ? undefined : 'status-inactive'}>{user.active ? t('people.active') : t('people.inactive')}</td>
                    <td>
                      <div className="people-actions">
                        <button type="button" className="link" onClick={() => actions.edit(user)}>
                          {t('people.edit')}
                          <span className="visually-hidden"> {user.displayName}</span>
                        </button>
                        {user.active ? (
                          <button type="button" className="link" onClick={() => void actions.setActive(user, false)}>
                            {t('people.deactivate')}
                          <span className="visually-hidden"> {user.displayName}</span>
                          </button>
                        ) : (
                          <button type="button" className="link" onClick={() => void actions.setActive(user, true)}>
                            {t('people.reactivate')}
                          <span className="visually-hidden"> {user.displayName}</span>
                          </button>
                        )}
                        <button type="button" className="link" onClick={() => void actions.issueLink(user)}>
                          {t('people.resetLink')}
                          <span className="visually-hidden"> {user.displayName}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="pager" aria-label={t('users.title')}>
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
              {t('common.previous')}
            </button>
            <span>{t('common.pageOf', { from: offset + 1, to: offset + page.items.length, total: page.total })}</span>
            <button type="button" disabled={offset + PAGE_SIZE >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
              {t('common.next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
