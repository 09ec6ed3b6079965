import { useMutation, useQuery } from '@apollo/client/react';
import { GENDERS, Role, SECTORS, type Locale } from '@ruamsang/shared';
import { PHONE_MAX_LENGTH } from '@ruamsang/shared/phone';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { useProgramme } from '../../app/programme';
import { errorsOf } from '../../app/errors';
import type { Gender, Role as RoleName, Sector, UsersQuery } from '../../gql/graphql';
import { fieldMessages } from './field-messages';
import { ORGANISATIONS, PROVINCES, UPDATE_USER } from './operations';

export type Person = UsersQuery['users']['items'][number];

/** The form's fields, in the order they are shown: the first the API names gets the focus. */
const FIELDS = ['displayName', 'role', 'provinceCode', 'districtCode', 'managedProvinceCodes', 'organisationId', 'sector', 'gender', 'phone'] as const;
type Field = (typeof FIELDS)[number];

interface Draft {
  displayName: string;
  role: string;
  provinceCode: string;
  districtCode: string;
  managedProvinceCodes: string[];
  organisationId: string;
  sector: string;
  gender: string;
  phone: string;
}

function draftOf(person: Person): Draft {
  return {
    displayName: person.displayName,
    role: person.role,
    provinceCode: person.provinceCode ?? '',
    districtCode: person.districtCode ?? '',
    managedProvinceCodes: [...person.managedProvinceCodes],
    organisationId: person.organisationId ?? '',
    sector: person.sector ?? '',
    gender: person.gender ?? '',
    phone: person.phone ?? '',
  };
}

/** Edits one person's account (role, names, place, organisation, sector, gender, phone); works at 360 px. */
export function EditUserPanel({ person, onClose, onSaved }: { person: Person; onClose: () => void; onSaved: (name: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { me } = useAuth();
  const isAdmin = me?.role === Role.ADMIN;
  const [draft, setDraft] = useState<Draft>(() => draftOf(person));
  const { data: geography } = useQuery(PROVINCES);
  const { data: organisations } = useQuery(ORGANISATIONS, { variables: { provinceCode: draft.provinceCode || null } });
  const [updateUser, { loading, error, reset }] = useMutation(UPDATE_USER);
  const { message, fields: rawFields } = errorsOf(error);
  const fields = fieldMessages(rawFields);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => heading.current?.focus(), [person.id]);
  // A refusal that names a field puts the focus on that field.
  useEffect(() => {
    const first = FIELDS.find((f) => fields[f]);
    if (first) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }, [error]); // eslint-disable-line react-hooks/exhaustive-deps

  const roles = isAdmin ? [Role.PRACTITIONER, Role.TRAINER, Role.COORDINATOR, Role.ADMIN] : [Role.PRACTITIONER, Role.TRAINER];
  const provinces = (geography?.provinces ?? []).filter((p) => isAdmin || me?.managedProvinceCodes.includes(p.code));
  const allProvinces = geography?.provinces ?? [];
  // a coordinator answers for provinces of the programme area only (the API refuses others)
  const programme = useProgramme();
  const managedChoices = allProvinces.filter((p) => programme.codes.includes(p.code));
  const districts = allProvinces.find((p) => p.code === draft.provinceCode)?.districts ?? [];
  const name = (p: { nameTh: string; nameEn: string }) => (locale === 'th' ? p.nameTh : p.nameEn);

  const set = (key: Exclude<Field, 'managedProvinceCodes'>) => (e: { target: { value: string } }) => {
    reset();
    const value = e.target.value;
    setDraft((d) => ({ ...d, [key]: value, ...(key === 'provinceCode' ? { districtCode: '', organisationId: '' } : {}) }));
  };
  const toggleManaged = (code: string, on: boolean) => {
    reset();
    setDraft((d) => ({ ...d, managedProvinceCodes: on ? [...d.managedProvinceCodes, code] : d.managedProvinceCodes.filter((c) => c !== code) }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await updateUser({
      variables: {
        id: person.id,
        input: {
          displayName: draft.displayName,
          role: draft.role as RoleName,
          provinceCode: draft.provinceCode || null,
          districtCode: draft.districtCode || null,
          ...(draft.role === (Role.COORDINATOR as string) ? { managedProvinceCodes: draft.managedProvinceCodes } : {}),
          organisationId: draft.organisationId || null,
          sector: (draft.sector || null) as Sector | null,
          gender: (draft.gender || null) as Gender | null,
          phone: draft.phone.trim() || null,
        },
      },
    }).catch(() => null);
    if (result?.data) onSaved(result.data.updateUser.displayName);
  }

  const describe = (field: Field, hint?: string) => [fields[field] ? `edit-${field}-error` : null, hint ?? null].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: Field) =>
    fields[field] ? (
      <span className="field-error" id={`edit-${field}-error`}>
        {fields[field]}
      </span>
    ) : null;

  return (
    <form ref={form} className="card form-grid edit-user" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="edit-user-title">
      <h2 id="edit-user-title" ref={heading} tabIndex={-1}>
        {t('people.editTitle', { name: person.displayName })}
      </h2>
      <label>
        {t('users.displayName')}
        <input name="displayName" value={draft.displayName} onChange={set('displayName')} maxLength={200} aria-invalid={!!fields['displayName']} aria-describedby={describe('displayName')} required />
        {fieldError('displayName')}
      </label>
      <label>
        {t('users.role')}
        <select name="role" value={draft.role} onChange={set('role')} aria-invalid={!!fields['role']} aria-describedby={describe('role')}>
          {/* A role this person may not grant still shows, so the current value reads right. */}
          {[...new Set([...roles, person.role as Role])].map((role) => (
            <option key={role} value={role} disabled={!roles.includes(role)}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
        {fieldError('role')}
      </label>
      <label>
        {t('users.province')}
        <select name="provinceCode" value={draft.provinceCode} onChange={set('provinceCode')} aria-invalid={!!fields['provinceCode']} aria-describedby={describe('provinceCode')}>
          <option value="">{t('users.choose')}</option>
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {name(p)}
            </option>
          ))}
        </select>
        {fieldError('provinceCode')}
      </label>
      <label>
        {t('users.district')}
        <select name="districtCode" value={draft.districtCode} onChange={set('districtCode')} disabled={districts.length === 0} aria-invalid={!!fields['districtCode']} aria-describedby={describe('districtCode')}>
          <option value="">{t('users.choose')}</option>
          {districts.map((d) => (
            <option key={d.code} value={d.code}>
              {name(d)}
            </option>
          ))}
        </select>
        {fieldError('districtCode')}
      </label>
      {draft.role === (Role.COORDINATOR as string) && (
        <fieldset className="wide managed-provinces" aria-invalid={!!fields['managedProvinceCodes']} aria-describedby={describe('managedProvinceCodes')}>
          <legend>{t('people.managedProvinces')}</legend>
          <div className="checkbox-list">
            {managedChoices.map((p, index) => (
              <label key={p.code} className="inline">
                <input
                  type="checkbox"
                  {...(index === 0 ? { name: 'managedProvinceCodes' } : {})}
                  checked={draft.managedProvinceCodes.includes(p.code)}
                  onChange={(e) => toggleManaged(p.code, e.target.checked)}
                />
                {name(p)}
              </label>
            ))}
          </div>
          {fieldError('managedProvinceCodes')}
        </fieldset>
      )}
      <label>
        {t('users.organisation')}
        <select name="organisationId" value={draft.organisationId} onChange={set('organisationId')} aria-invalid={!!fields['organisationId']} aria-describedby={describe('organisationId')}>
          <option value="">{t('common.none')}</option>
          {(organisations?.organisations ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
        {fieldError('organisationId')}
      </label>
      <label>
        {t('users.sector')}
        <select name="sector" value={draft.sector} onChange={set('sector')}>
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
        <select name="gender" value={draft.gender} onChange={set('gender')}>
          <option value="">{t('users.choose')}</option>
          {GENDERS.map((g) => (
            <option key={g} value={g}>
              {t(`gender.${g}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('people.phone')}
        <input
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          maxLength={PHONE_MAX_LENGTH}
          value={draft.phone}
          onChange={set('phone')}
          aria-invalid={!!fields['phone']}
          aria-describedby={describe('phone', 'edit-phone-hint')}
        />
        <span className="hint" id="edit-phone-hint">
          {t('people.phoneHint')}
        </span>
        {fieldError('phone')}
      </label>
      {message && (
        <p className="error" role="alert">
          {Object.keys(fields).length > 0 ? t('people.fixFields') : message}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={loading}>
          {loading ? t('common.saving') : t('people.save')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('people.close')}
        </button>
      </div>
    </form>
  );
}
