import { useMutation, useQuery } from '@apollo/client/react';
import { TEACHING_LANGUAGES } from '@ruamsang/shared';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { errorsOf } from '../../app/errors';
import { graphql } from '../../gql';
import type { TeachingLanguage } from '../../gql/graphql';
import {
  LIMITS,
  RAMADAN_POLICIES,
  calendarRulesProblems,
  cohortProblems,
  moduleCodesFrom,
  provincesInScope,
  serverFieldMessages,
  trainerProblems,
  venueProblems,
  wholeNumber,
  type CalendarRulesDraft,
  type CohortDraft,
  type Problems,
  type RangeDraft,
  type TrainerDraft,
  type VenueDraft,
} from './planning-form';
import './planning.css';

const SETUP_COHORTS = graphql(`
  query SetupCohorts {
    cohorts {
      id
      name
      curriculumId
      curriculumTitle
      provinceCode
      teachingLanguage
      capacity
      enrolled
    }
  }
`);

const SETUP_CURRICULA = graphql(`
  query SetupCurricula {
    curricula {
      id
      title
    }
  }
`);

const SAVE_COHORT = graphql(`
  mutation SaveCohort($input: SaveCohortInput!) {
    saveCohort(input: $input) {
      id
      name
      curriculumId
      curriculumTitle
      provinceCode
      teachingLanguage
      capacity
      enrolled
    }
  }
`);

const SETUP_VENUES = graphql(`
  query SetupVenues {
    venues {
      id
      name
      provinceCode
      capacity
      availability {
        from
        to
      }
    }
  }
`);

const SAVE_VENUE = graphql(`
  mutation SaveVenue($input: SaveVenueInput!) {
    saveVenue(input: $input) {
      id
      name
      provinceCode
      capacity
      availability {
        from
        to
      }
    }
  }
`);

const SETUP_TRAINERS = graphql(`
  query SetupTrainerProfiles {
    trainerProfiles {
      userId
      displayName
      homeProvinceCode
      moduleCodes
      maxLoadHours
      availability {
        from
        to
      }
    }
  }
`);

const TRAINER_USERS = graphql(`
  query SetupTrainerUsers {
    users(role: TRAINER, limit: 100) {
      items {
        id
        displayName
        provinceCode
      }
    }
  }
`);

const SAVE_TRAINER = graphql(`
  mutation SaveTrainerProfile($input: SaveTrainerProfileInput!) {
    saveTrainerProfile(input: $input) {
      userId
      displayName
      homeProvinceCode
      moduleCodes
      maxLoadHours
      availability {
        from
        to
      }
    }
  }
`);

const CALENDAR_RULES = graphql(`
  query SetupCalendarRules($provinceCode: String!) {
    calendarRules(provinceCode: $provinceCode) {
      provinceCode
      ramadanPolicy
      prayerStart
      prayerEnd
      blackouts {
        from
        to
        reason
      }
      extraHolidays {
        date
        name
      }
    }
  }
`);

const SAVE_CALENDAR_RULES = graphql(`
  mutation SaveCalendarRules($input: SaveCalendarRulesInput!) {
    saveCalendarRules(input: $input) {
      provinceCode
      ramadanPolicy
      prayerStart
      prayerEnd
      blackouts {
        from
        to
        reason
      }
      extraHolidays {
        date
        name
      }
    }
  }
`);

type Translate = ReturnType<typeof useTranslation>['t'];

/**
 * What to say beside each field: the form's own check first, else the API's refusal. The
 * caller's `show` lists the fields the form draws; a refusal naming another field goes to the
 * form's alert instead, so nothing is lost.
 */
function fieldMessagesOf(problems: Problems, serverError: unknown, t: Translate) {
  const server = serverFieldMessages(errorsOf(serverError).fields);
  const message = (field: string): string | null => {
    const problem = problems[field];
    if (problem) return t(`planning.errors.${problem.key}`, problem.params ?? {});
    return server[field] ?? null;
  };
  return { message, serverMessage: errorsOf(serverError).message, serverFields: server };
}

/** Links a control to the message shown beside it (only while there is one). */
function described(id: string, message: string | null, hint?: string) {
  const ids = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(' ');
  return { id, 'aria-invalid': message ? true : undefined, 'aria-describedby': ids || undefined };
}

function FieldMessage({ id, message }: { id: string; message: string | null }) {
  return message ? (
    <span className="field-error" id={`${id}-error`}>
      {message}
    </span>
  ) : null;
}

function Hint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <span className="hint" id={`${id}-hint`}>
      {children}
    </span>
  );
}

/** Focuses the first field with a message, so a keyboard or screen-reader user lands on it. */
function focusFirst(form: HTMLFormElement | null, prefix: string, fields: readonly string[]): void {
  for (const field of fields) {
    const el = form?.querySelector<HTMLElement>(`#${prefix}-${field}`);
    if (el) {
      el.focus();
      return;
    }
  }
}

function ProvinceSelect({ id, value, provinces, onChange, label, message }: { id: string; value: string; provinces: readonly string[]; onChange: (v: string) => void; label: string; message: string | null }) {
  const { t } = useTranslation();
  return (
    <label>
      {label}
      <select {...described(id, message)} value={value} onChange={(e) => onChange(e.target.value)} required>
        {provinces.length !== 1 && <option value="">{t('planning.choose')}</option>}
        {provinces.map((code) => (
          <option key={code} value={code}>
            {t(`schedule.provinceName.${code}`)}
          </option>
        ))}
      </select>
      <FieldMessage id={id} message={message} />
    </label>
  );
}

function RangesEditor({ id, ranges, onChange, message }: { id: string; ranges: readonly RangeDraft[]; onChange: (r: RangeDraft[]) => void; message: string | null }) {
  const { t } = useTranslation();
  const set = (index: number, key: keyof RangeDraft, value: string) => onChange(ranges.map((r, i) => (i === index ? { ...r, [key]: value } : r)));
  return (
    <fieldset className="checks ranges" id={id} tabIndex={-1} aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : undefined}>
      <legend>{t('planning.availability.legend')}</legend>
      {ranges.map((r, i) => (
        <div className="range-row" key={i}>
          <label>
            {t('planning.availability.from', { row: i + 1 })}
            <input type="date" value={r.from} onChange={(e) => set(i, 'from', e.target.value)} />
          </label>
          <label>
            {t('planning.availability.to', { row: i + 1 })}
            <input type="date" value={r.to} min={r.from || undefined} onChange={(e) => set(i, 'to', e.target.value)} />
          </label>
          <button type="button" className="secondary" onClick={() => onChange(ranges.filter((_, j) => j !== i))}>
            {t('planning.availability.remove', { row: i + 1 })}
          </button>
        </div>
      ))}
      {ranges.length < LIMITS.ranges && (
        <button type="button" className="secondary" onClick={() => onChange([...ranges, { from: '', to: '' }])}>
          {t('planning.availability.add')}
        </button>
      )}
      <FieldMessage id={id} message={message} />
    </fieldset>
  );
}

function rangesText(ranges: readonly { from: string; to: string }[], t: Translate): string {
  return ranges.length === 0 ? t('planning.availability.always') : t('planning.availability.ranges', { list: ranges.map((r) => (r.from === r.to ? r.from : `${r.from} – ${r.to}`)).join(', ') });
}

/** The list, loading and empty states shared by the three sections. */
function ListState({ loading, error, empty, emptyText }: { loading: boolean; error: unknown; empty: boolean; emptyText: string }) {
  const { t } = useTranslation();
  return (
    <>
      {loading && (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      )}
      {error ? (
        <p className="error" role="alert">
          {errorsOf(error).message}
        </p>
      ) : null}
      {empty && <p className="empty">{emptyText}</p>}
    </>
  );
}

/** The form's alert: the form's own "fix the marked fields", or the API's refusal. */
function FormAlert({ local, server }: { local: boolean; server: string | null }) {
  const { t } = useTranslation();
  if (!local && !server) return null;
  return (
    <p className="error" role="alert">
      {local ? t('planning.fixFields') : server}
    </p>
  );
}

// ---- cohorts ---------------------------------------------------------------------------------------

const COHORT_FIELDS = ['name', 'curriculumId', 'provinceCode', 'teachingLanguage', 'capacity'] as const;

function CohortsSection({ provinces }: { provinces: readonly string[] }) {
  const { t } = useTranslation();
  const list = useQuery(SETUP_COHORTS);
  const curricula = useQuery(SETUP_CURRICULA);
  const [save, saving] = useMutation(SAVE_COHORT, { refetchQueries: [SETUP_COHORTS], awaitRefetchQueries: true });
  const blank: CohortDraft = { name: '', curriculumId: '', provinceCode: provinces.length === 1 ? provinces[0]! : '', teachingLanguage: 'THAI', capacity: '' };
  const [draft, setDraft] = useState<CohortDraft>(blank);
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const { message, serverMessage } = fieldMessagesOf(problems, saving.error, t);
  const cohorts = (list.data?.cohorts ?? []).filter((c) => provinces.includes(c.provinceCode)).sort((a, b) => a.provinceCode.localeCompare(b.provinceCode) || a.name.localeCompare(b.name, 'th'));

  const set = (key: keyof CohortDraft) => (value: string) => {
    saving.reset();
    setSaved(null);
    setProblems((p) => Object.fromEntries(Object.entries(p).filter(([field]) => field !== key)));
    setDraft((d) => ({ ...d, [key]: value }));
  };

  function startEdit(c: (typeof cohorts)[number]) {
    saving.reset();
    setSaved(null);
    setProblems({});
    setEditing({ id: c.id, name: c.name });
    setDraft({ name: c.name, curriculumId: c.curriculumId, provinceCode: c.provinceCode, teachingLanguage: c.teachingLanguage, capacity: String(c.capacity) });
    form.current?.scrollIntoView({ block: 'start' });
    form.current?.querySelector<HTMLElement>('#cohort-name')?.focus();
  }

  function cancelEdit() {
    saving.reset();
    setProblems({});
    setEditing(null);
    setDraft(blank);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const found = cohortProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirst(form.current, 'cohort', COHORT_FIELDS.filter((f) => found[f]));
      return;
    }
    const result = await save({
      variables: {
        input: {
          ...(editing ? { id: editing.id } : {}),
          name: draft.name.trim(),
          curriculumId: draft.curriculumId,
          provinceCode: draft.provinceCode,
          teachingLanguage: draft.teachingLanguage as TeachingLanguage,
          capacity: wholeNumber(draft.capacity) ?? 0,
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setSaved(t('planning.cohorts.saved', { name: result.data.saveCohort.name }));
      setEditing(null);
      setDraft(blank);
    } else {
      focusFirst(form.current, 'cohort', COHORT_FIELDS.filter((f) => message(f)));
    }
  }

  const curriculumOptions = curricula.data?.curricula ?? [];
  return (
    <section aria-labelledby="setup-cohorts" className="setup-section">
      <h2 id="setup-cohorts">{t('planning.cohorts.title')}</h2>
      <form ref={form} className="card form-grid" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="cohort-form-title">
        <h3 id="cohort-form-title">{editing ? t('planning.cohorts.editing', { name: editing.name }) : t('planning.cohorts.new')}</h3>
        <label>
          {t('planning.cohorts.name')}
          <input {...described('cohort-name', message('name'))} value={draft.name} maxLength={LIMITS.nameLength} required onChange={(e) => set('name')(e.target.value)} />
          <FieldMessage id="cohort-name" message={message('name')} />
        </label>
        <label>
          {t('planning.cohorts.curriculum')}
          <select {...described('cohort-curriculumId', message('curriculumId'))} value={draft.curriculumId} required onChange={(e) => set('curriculumId')(e.target.value)}>
            <option value="">{curricula.loading && !curricula.data ? t('common.loading') : t('planning.choose')}</option>
            {curriculumOptions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
          <FieldMessage id="cohort-curriculumId" message={message('curriculumId')} />
          {curricula.data && curriculumOptions.length === 0 && <span className="hint">{t('planning.cohorts.noCurricula')}</span>}
        </label>
        <ProvinceSelect id="cohort-provinceCode" label={t('planning.province')} value={draft.provinceCode} provinces={provinces} onChange={set('provinceCode')} message={message('provinceCode')} />
        <label>
          {t('planning.cohorts.language')}
          <select {...described('cohort-teachingLanguage', message('teachingLanguage'))} value={draft.teachingLanguage} required onChange={(e) => set('teachingLanguage')(e.target.value)}>
            {TEACHING_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`modules.languages.${l}`)}
              </option>
            ))}
          </select>
          <FieldMessage id="cohort-teachingLanguage" message={message('teachingLanguage')} />
        </label>
        <label>
          {t('planning.capacity')}
          <input
            {...described('cohort-capacity', message('capacity'), 'hint')}
            type="number"
            inputMode="numeric"
            min={LIMITS.cohortCapacity.min}
            max={LIMITS.cohortCapacity.max}
            step={1}
            required
            value={draft.capacity}
            onChange={(e) => set('capacity')(e.target.value)}
          />
          <Hint id="cohort-capacity">{t('planning.between', LIMITS.cohortCapacity)}</Hint>
          <FieldMessage id="cohort-capacity" message={message('capacity')} />
        </label>
        <FormAlert local={Object.keys(problems).length > 0} server={serverMessage} />
        <div className="actions">
          <button type="submit" disabled={saving.loading}>
            {saving.loading ? t('common.saving') : t('planning.cohorts.save')}
          </button>
          {editing && (
            <button type="button" className="secondary" onClick={cancelEdit}>
              {t('planning.cancelEdit')}
            </button>
          )}
        </div>
      </form>
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
      <h3>{t('planning.cohorts.list')}</h3>
      <ListState loading={list.loading && !list.data} error={list.error} empty={!!list.data && cohorts.length === 0} emptyText={t('planning.cohorts.empty')} />
      <ul className="cards" aria-label={t('planning.cohorts.list')}>
        {cohorts.map((c) => (
          <li key={c.id} className="card">
            <h4>{c.name}</h4>
            <p>
              {t(`schedule.provinceName.${c.provinceCode}`)} · {c.curriculumTitle} · {t(`modules.languages.${c.teachingLanguage}`)}
            </p>
            <p>{t('planning.cohorts.seats', { capacity: c.capacity, enrolled: c.enrolled })}</p>
            <button type="button" className="secondary" onClick={() => startEdit(c)}>
              {t('planning.edit', { name: c.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

// ---- venues ----------------------------------------------------------------------------------------

const VENUE_FIELDS = ['name', 'provinceCode', 'capacity', 'availability'] as const;

function VenuesSection({ provinces }: { provinces: readonly string[] }) {
  const { t } = useTranslation();
  const list = useQuery(SETUP_VENUES);
  const [save, saving] = useMutation(SAVE_VENUE, { refetchQueries: [SETUP_VENUES], awaitRefetchQueries: true });
  const blank: VenueDraft = { name: '', provinceCode: provinces.length === 1 ? provinces[0]! : '', capacity: '', availability: [] };
  const [draft, setDraft] = useState<VenueDraft>(blank);
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const { message, serverMessage } = fieldMessagesOf(problems, saving.error, t);
  const venues = (list.data?.venues ?? []).filter((v) => provinces.includes(v.provinceCode)).sort((a, b) => a.provinceCode.localeCompare(b.provinceCode) || a.name.localeCompare(b.name, 'th'));

  function change(patch: Partial<VenueDraft>) {
    saving.reset();
    setSaved(null);
    setProblems((p) => Object.fromEntries(Object.entries(p).filter(([key]) => !(key in patch))));
    setDraft((d) => ({ ...d, ...patch }));
  }

  function startEdit(v: (typeof venues)[number]) {
    saving.reset();
    setSaved(null);
    setProblems({});
    setEditing({ id: v.id, name: v.name });
    setDraft({ name: v.name, provinceCode: v.provinceCode, capacity: String(v.capacity), availability: v.availability.map((r) => ({ from: r.from, to: r.to })) });
    form.current?.scrollIntoView({ block: 'start' });
    form.current?.querySelector<HTMLElement>('#venue-name')?.focus();
  }

  function cancelEdit() {
    saving.reset();
    setProblems({});
    setEditing(null);
    setDraft(blank);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const found = venueProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirst(form.current, 'venue', VENUE_FIELDS.filter((f) => found[f]));
      return;
    }
    const result = await save({
      variables: {
        input: {
          ...(editing ? { id: editing.id } : {}),
          name: draft.name.trim(),
          provinceCode: draft.provinceCode,
          capacity: wholeNumber(draft.capacity) ?? 0,
          availability: draft.availability.map((r) => ({ from: r.from, to: r.to })),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setSaved(t('planning.venues.saved', { name: result.data.saveVenue.name }));
      setEditing(null);
      setDraft(blank);
    } else {
      focusFirst(form.current, 'venue', VENUE_FIELDS.filter((f) => message(f)));
    }
  }

  return (
    <section aria-labelledby="setup-venues" className="setup-section">
      <h2 id="setup-venues">{t('planning.venues.title')}</h2>
      <form ref={form} className="card form-grid" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="venue-form-title">
        <h3 id="venue-form-title">{editing ? t('planning.venues.editing', { name: editing.name }) : t('planning.venues.new')}</h3>
        <label>
          {t('planning.venues.name')}
          <input {...described('venue-name', message('name'))} value={draft.name} maxLength={LIMITS.nameLength} required onChange={(e) => change({ name: e.target.value })} />
          <FieldMessage id="venue-name" message={message('name')} />
        </label>
        <ProvinceSelect id="venue-provinceCode" label={t('planning.province')} value={draft.provinceCode} provinces={provinces} onChange={(provinceCode) => change({ provinceCode })} message={message('provinceCode')} />
        <label>
          {t('planning.capacity')}
          <input
            {...described('venue-capacity', message('capacity'), 'hint')}
            type="number"
            inputMode="numeric"
            min={LIMITS.venueCapacity.min}
            max={LIMITS.venueCapacity.max}
            step={1}
            required
            value={draft.capacity}
            onChange={(e) => change({ capacity: e.target.value })}
          />
          <Hint id="venue-capacity">{t('planning.between', LIMITS.venueCapacity)}</Hint>
          <FieldMessage id="venue-capacity" message={message('capacity')} />
        </label>
        <RangesEditor id="venue-availability" ranges={draft.availability} onChange={(availability) => change({ availability })} message={message('availability')} />
        <FormAlert local={Object.keys(problems).length > 0} server={serverMessage} />
        <div className="actions">
          <button type="submit" disabled={saving.loading}>
            {saving.loading ? t('common.saving') : t('planning.venues.save')}
          </button>
          {editing && (
            <button type="button" className="secondary" onClick={cancelEdit}>
              {t('planning.cancelEdit')}
            </button>
          )}
        </div>
      </form>
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
      <h3>{t('planning.venues.list')}</h3>
      <ListState loading={list.loading && !list.data} error={list.error} empty={!!list.data && venues.length === 0} emptyText={t('planning.venues.empty')} />
      <ul className="cards" aria-label={t('planning.venues.list')}>
        {venues.map((v) => (
          <li key={v.id} className="card">
            <h4>{v.name}</h4>
            <p>
              {t(`schedule.provinceName.${v.provinceCode}`)} · {t('planning.venues.seats', { capacity: v.capacity })}
            </p>
            <p>{rangesText(v.availability, t)}</p>
            <button type="button" className="secondary" onClick={() => startEdit(v)}>
              {t('planning.edit', { name: v.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

// ---- trainer profiles ------------------------------------------------------------------------------

const TRAINER_FIELDS = ['userId', 'homeProvinceCode', 'moduleCodes', 'maxLoadHours', 'availability'] as const;

function TrainersSection({ provinces }: { provinces: readonly string[] }) {
  const { t } = useTranslation();
  const list = useQuery(SETUP_TRAINERS);
  const users = useQuery(TRAINER_USERS);
  const [save, saving] = useMutation(SAVE_TRAINER, { refetchQueries: [SETUP_TRAINERS], awaitRefetchQueries: true });
  const blank: TrainerDraft = { userId: '', homeProvinceCode: provinces.length === 1 ? provinces[0]! : '', moduleCodes: '', maxLoadHours: '', availability: [] };
  const [draft, setDraft] = useState<TrainerDraft>(blank);
  const [problems, setProblems] = useState<Problems>({});
  const [saved, setSaved] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const { message, serverMessage } = fieldMessagesOf(problems, saving.error, t);
  const all = list.data?.trainerProfiles ?? [];
  const profiles = all.filter((p) => provinces.includes(p.homeProvinceCode)).sort((a, b) => a.displayName.localeCompare(b.displayName, 'th'));
  // Who can be given a profile: trainers with one in these provinces, and trainers living here without one yet.
  const people = new Map<string, string>(profiles.map((p) => [p.userId, p.displayName]));
  for (const u of users.data?.users.items ?? []) if (!all.some((p) => p.userId === u.id) && (!u.provinceCode || provinces.includes(u.provinceCode))) people.set(u.id, u.displayName);
  const editing = all.find((p) => p.userId === draft.userId);

  function fill(userId: string) {
    const profile = all.find((p) => p.userId === userId);
    const home = users.data?.users.items.find((u) => u.id === userId)?.provinceCode;
    setDraft(
      profile
        ? { userId, homeProvinceCode: profile.homeProvinceCode, moduleCodes: profile.moduleCodes.join(', '), maxLoadHours: profile.maxLoadHours == null ? '' : String(profile.maxLoadHours), availability: profile.availability.map((r) => ({ from: r.from, to: r.to })) }
        : { ...blank, userId, homeProvinceCode: home && provinces.includes(home) ? home : blank.homeProvinceCode },
    );
  }

  function change(patch: Partial<TrainerDraft>) {
    saving.reset();
    setSaved(null);
    setProblems((p) => Object.fromEntries(Object.entries(p).filter(([key]) => !(key in patch))));
    if (patch.userId !== undefined) fill(patch.userId);
    else setDraft((d) => ({ ...d, ...patch }));
  }

  function startEdit(userId: string) {
    saving.reset();
    setSaved(null);
    setProblems({});
    fill(userId);
    form.current?.scrollIntoView({ block: 'start' });
    form.current?.querySelector<HTMLElement>('#trainer-homeProvinceCode')?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const found = trainerProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirst(form.current, 'trainer', TRAINER_FIELDS.filter((f) => found[f]));
      return;
    }
    const result = await save({
      variables: {
        input: {
          userId: draft.userId,
          homeProvinceCode: draft.homeProvinceCode,
          moduleCodes: moduleCodesFrom(draft.moduleCodes),
          maxLoadHours: wholeNumber(draft.maxLoadHours),
          availability: draft.availability.map((r) => ({ from: r.from, to: r.to })),
        },
      },
    }).catch(() => null);
    if (result?.data) {
      setSaved(t('planning.trainers.saved', { name: result.data.saveTrainerProfile.displayName }));
      setDraft(blank);
    } else {
      focusFirst(form.current, 'trainer', TRAINER_FIELDS.filter((f) => message(f)));
    }
  }

  return (
    <section aria-labelledby="setup-trainers" className="setup-section">
      <h2 id="setup-trainers">{t('planning.trainers.title')}</h2>
      <form ref={form} className="card form-grid" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="trainer-form-title">
        <h3 id="trainer-form-title">{editing ? t('planning.trainers.editing', { name: editing.displayName }) : t('planning.trainers.form')}</h3>
        <label>
          {t('planning.trainers.trainer')}
          <select {...described('trainer-userId', message('userId'))} value={draft.userId} required onChange={(e) => change({ userId: e.target.value })}>
            <option value="">{users.loading && !users.data ? t('common.loading') : t('planning.choose')}</option>
            {[...people].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
          <FieldMessage id="trainer-userId" message={message('userId')} />
        </label>
        <ProvinceSelect
          id="trainer-homeProvinceCode"
          label={t('planning.trainers.homeProvince')}
          value={draft.homeProvinceCode}
          provinces={provinces}
          onChange={(homeProvinceCode) => change({ homeProvinceCode })}
          message={message('homeProvinceCode')}
        />
        <label className="wide">
          {t('planning.trainers.moduleCodes')}
          <input {...described('trainer-moduleCodes', message('moduleCodes'), 'hint')} value={draft.moduleCodes} autoCapitalize="characters" spellCheck={false} onChange={(e) => change({ moduleCodes: e.target.value })} />
          <Hint id="trainer-moduleCodes">{t('planning.trainers.moduleCodesHint')}</Hint>
          <FieldMessage id="trainer-moduleCodes" message={message('moduleCodes')} />
        </label>
        <label>
          {t('planning.trainers.maxLoad')}
          <input
            {...described('trainer-maxLoadHours', message('maxLoadHours'), 'hint')}
            type="number"
            inputMode="numeric"
            min={LIMITS.maxLoadHours.min}
            max={LIMITS.maxLoadHours.max}
            step={1}
            value={draft.maxLoadHours}
            onChange={(e) => change({ maxLoadHours: e.target.value })}
          />
          <Hint id="trainer-maxLoadHours">{t('planning.trainers.maxLoadHint', LIMITS.maxLoadHours)}</Hint>
          <FieldMessage id="trainer-maxLoadHours" message={message('maxLoadHours')} />
        </label>
        <RangesEditor id="trainer-availability" ranges={draft.availability} onChange={(availability) => change({ availability })} message={message('availability')} />
        <FormAlert local={Object.keys(problems).length > 0} server={serverMessage} />
        <div className="actions">
          <button type="submit" disabled={saving.loading}>
            {saving.loading ? t('common.saving') : t('planning.trainers.save')}
          </button>
          {draft.userId && (
            <button type="button" className="secondary" onClick={() => change({ userId: '' })}>
              {t('planning.cancelEdit')}
            </button>
          )}
        </div>
      </form>
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
      <h3>{t('planning.trainers.list')}</h3>
      <ListState loading={list.loading && !list.data} error={list.error} empty={!!list.data && profiles.length === 0} emptyText={t('planning.trainers.empty')} />
      <ul className="cards" aria-label={t('planning.trainers.list')}>
        {profiles.map((p) => (
          <li key={p.userId} className="card">
            <h4>{p.displayName}</h4>
            <p>
              {t(`schedule.provinceName.${p.homeProvinceCode}`)} · {t('planning.trainers.load', { hours: p.maxLoadHours ?? t('planning.trainers.noLimit') })}
            </p>
            <p className="code">{t('planning.trainers.modules', { list: p.moduleCodes.join(', ') || t('common.none') })}</p>
            <p>{rangesText(p.availability, t)}</p>
            <button type="button" className="secondary" onClick={() => startEdit(p.userId)}>
              {t('planning.edit', { name: p.displayName })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

// ---- province calendar rules -----------------------------------------------------------------------

const RULES_FIELDS = ['ramadanPolicy', 'prayerStart', 'prayerEnd', 'blackouts', 'extraHolidays'] as const;

function CalendarRulesForm({ provinceCode, initial, onSaved }: { provinceCode: string; initial: CalendarRulesDraft; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [save, saving] = useMutation(SAVE_CALENDAR_RULES, { refetchQueries: [CALENDAR_RULES], awaitRefetchQueries: true });
  const [draft, setDraft] = useState<CalendarRulesDraft>(initial);
  const [problems, setProblems] = useState<Problems>({});
  const form = useRef<HTMLFormElement>(null);
  const { message, serverMessage } = fieldMessagesOf(problems, saving.error, t);

  function change(patch: Partial<CalendarRulesDraft>) {
    saving.reset();
    setProblems((p) => Object.fromEntries(Object.entries(p).filter(([key]) => !(key in patch) && !(key === 'prayerEnd' && 'prayerStart' in patch))));
    setDraft((d) => ({ ...d, ...patch }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = calendarRulesProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirst(form.current, 'rules', RULES_FIELDS.filter((f) => found[f]));
      return;
    }
    const result = await save({
      variables: {
        input: {
          provinceCode,
          ramadanPolicy: draft.ramadanPolicy,
          prayerStart: draft.prayerStart.trim() || null,
          prayerEnd: draft.prayerEnd.trim() || null,
          blackouts: draft.blackouts.map((b) => ({ from: b.from, to: b.to, reason: b.reason.trim() })),
          extraHolidays: draft.extraHolidays.map((h) => ({ date: h.date, name: h.name.trim() })),
        },
      },
    }).catch(() => null);
    if (result?.data) onSaved(t('planning.rules.saved', { province: t(`schedule.provinceName.${provinceCode}`) }));
    else focusFirst(form.current, 'rules', RULES_FIELDS.filter((f) => message(f)));
  }

  const setBlackout = (index: number, patch: Partial<CalendarRulesDraft['blackouts'][number]>) => change({ blackouts: draft.blackouts.map((b, i) => (i === index ? { ...b, ...patch } : b)) });
  const setHoliday = (index: number, patch: Partial<CalendarRulesDraft['extraHolidays'][number]>) => change({ extraHolidays: draft.extraHolidays.map((h, i) => (i === index ? { ...h, ...patch } : h)) });
  return (
    <form ref={form} className="card form-grid" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="rules-form-title">
      <h3 id="rules-form-title">{t('planning.rules.formTitle', { province: t(`schedule.provinceName.${provinceCode}`) })}</h3>
      <label>
        {t('planning.rules.ramadan')}
        <select {...described('rules-ramadanPolicy', message('ramadanPolicy'))} value={draft.ramadanPolicy} onChange={(e) => change({ ramadanPolicy: e.target.value })}>
          {RAMADAN_POLICIES.map((p) => (
            <option key={p} value={p}>
              {t(`planning.rules.ramadanPolicy.${p}`)}
            </option>
          ))}
        </select>
        <FieldMessage id="rules-ramadanPolicy" message={message('ramadanPolicy')} />
      </label>
      <label>
        {t('planning.rules.prayerStart')}
        <input {...described('rules-prayerStart', message('prayerStart'), 'hint')} type="time" value={draft.prayerStart} onChange={(e) => change({ prayerStart: e.target.value })} />
        <Hint id="rules-prayerStart">{t('planning.rules.prayerHint')}</Hint>
        <FieldMessage id="rules-prayerStart" message={message('prayerStart')} />
      </label>
      <label>
        {t('planning.rules.prayerEnd')}
        <input {...described('rules-prayerEnd', message('prayerEnd'))} type="time" value={draft.prayerEnd} onChange={(e) => change({ prayerEnd: e.target.value })} />
        <FieldMessage id="rules-prayerEnd" message={message('prayerEnd')} />
      </label>
      <fieldset className="checks ranges" id="rules-blackouts" tabIndex={-1} aria-invalid={message('blackouts') ? true : undefined} aria-describedby={message('blackouts') ? 'rules-blackouts-error' : undefined}>
        <legend>{t('planning.rules.blackouts')}</legend>
        {draft.blackouts.map((b, i) => (
          <div className="range-row" key={i}>
            <label>
              {t('planning.availability.from', { row: i + 1 })}
              <input type="date" value={b.from} onChange={(e) => setBlackout(i, { from: e.target.value })} />
            </label>
            <label>
              {t('planning.availability.to', { row: i + 1 })}
              <input type="date" value={b.to} min={b.from || undefined} onChange={(e) => setBlackout(i, { to: e.target.value })} />
            </label>
            <label>
              {t('planning.rules.reason', { row: i + 1 })}
              <input value={b.reason} maxLength={LIMITS.reasonLength} onChange={(e) => setBlackout(i, { reason: e.target.value })} />
            </label>
            <button type="button" className="secondary" onClick={() => change({ blackouts: draft.blackouts.filter((_, j) => j !== i) })}>
              {t('planning.rules.removeBlackout', { row: i + 1 })}
            </button>
          </div>
        ))}
        {draft.blackouts.length < LIMITS.blackouts && (
          <button type="button" className="secondary" onClick={() => change({ blackouts: [...draft.blackouts, { from: '', to: '', reason: '' }] })}>
            {t('planning.rules.addBlackout')}
          </button>
        )}
        <FieldMessage id="rules-blackouts" message={message('blackouts')} />
      </fieldset>
      <fieldset className="checks ranges" id="rules-extraHolidays" tabIndex={-1} aria-invalid={message('extraHolidays') ? true : undefined} aria-describedby={message('extraHolidays') ? 'rules-extraHolidays-error' : undefined}>
        <legend>{t('planning.rules.holidays')}</legend>
        {draft.extraHolidays.map((h, i) => (
          <div className="range-row" key={i}>
            <label>
              {t('planning.rules.holidayDate', { row: i + 1 })}
              <input type="date" value={h.date} onChange={(e) => setHoliday(i, { date: e.target.value })} />
            </label>
            <label>
              {t('planning.rules.holidayName', { row: i + 1 })}
              <input value={h.name} maxLength={LIMITS.reasonLength} onChange={(e) => setHoliday(i, { name: e.target.value })} />
            </label>
            <button type="button" className="secondary" onClick={() => change({ extraHolidays: draft.extraHolidays.filter((_, j) => j !== i) })}>
              {t('planning.rules.removeHoliday', { row: i + 1 })}
            </button>
          </div>
        ))}
        {draft.extraHolidays.length < LIMITS.extraHolidays && (
          <button type="button" className="secondary" onClick={() => change({ extraHolidays: [...draft.extraHolidays, { date: '', name: '' }] })}>
            {t('planning.rules.addHoliday')}
          </button>
        )}
        <FieldMessage id="rules-extraHolidays" message={message('extraHolidays')} />
      </fieldset>
      <FormAlert local={Object.keys(problems).length > 0} server={serverMessage} />
      <div className="actions">
        <button type="submit" disabled={saving.loading}>
          {saving.loading ? t('common.saving') : t('planning.rules.save')}
        </button>
      </div>
    </form>
  );
}

function CalendarRulesSection({ provinces }: { provinces: readonly string[] }) {
  const { t } = useTranslation();
  const [provinceCode, setProvinceCode] = useState(provinces[0] ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const { data, loading, error } = useQuery(CALENDAR_RULES, { variables: { provinceCode }, skip: !provinceCode });
  const rules = data?.calendarRules.provinceCode === provinceCode ? data.calendarRules : null;
  const initial: CalendarRulesDraft | null = rules && {
    ramadanPolicy: rules.ramadanPolicy,
    prayerStart: rules.prayerStart ?? '',
    prayerEnd: rules.prayerEnd ?? '',
    blackouts: rules.blackouts.map((b) => ({ from: b.from, to: b.to, reason: b.reason })),
    extraHolidays: rules.extraHolidays.map((h) => ({ date: h.date, name: h.name })),
  };
  return (
    <section aria-labelledby="setup-rules" className="setup-section">
      <h2 id="setup-rules">{t('planning.rules.title')}</h2>
      <p className="muted">{t('planning.rules.intro')}</p>
      {provinces.length > 1 && (
        <label className="inline-select">
          {t('planning.province')}
          <select
            value={provinceCode}
            onChange={(e) => {
              setSaved(null);
              setProvinceCode(e.target.value);
            }}
          >
            {provinces.map((code) => (
              <option key={code} value={code}>
                {t(`schedule.provinceName.${code}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <ListState loading={loading && !initial} error={error} empty={false} emptyText="" />
      {/* A new form for each province and each stored version, so the fields start from what is saved. */}
      {initial && <CalendarRulesForm key={`${provinceCode}:${JSON.stringify(initial)}`} provinceCode={provinceCode} initial={initial} onSaved={setSaved} />}
      {saved && (
        <p className="notice" role="status">
          {saved}
        </p>
      )}
    </section>
  );
}

export default function PlanningSetupPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const provinces = provincesInScope(me);
  return (
    <section className="page planning-setup">
      <h1>{t('planning.title')}</h1>
      <p className="muted">{t('planning.intro')}</p>
      <p>
        <Link to="/schedule">{t('planning.backToSchedule')}</Link>
      </p>
      {provinces.length === 0 ? (
        <p className="empty">{t('planning.noProvinces')}</p>
      ) : (
        <>
          <CohortsSection provinces={provinces} />
          <VenuesSection provinces={provinces} />
          <TrainersSection provinces={provinces} />
          <CalendarRulesSection provinces={provinces} />
        </>
      )}
    </section>
  );
}
