import { useMutation, useQuery } from '@apollo/client/react';
import { TEACHING_LANGUAGES } from '@ruamsang/shared';
import { useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { errorsOf } from '../../app/errors';
import { useProgramme } from '../../app/programme';
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

/**
 * The state every set-up form shares: the draft, the form's own problems, the API's refusal and
 * the saved confirmation. What to say beside a field: the form's own check first, else the API's
 * refusal; a refusal naming a field the form does not draw goes to the form's alert, so nothing
 * is lost.
 */
function useSetupForm<D extends object>(form: RefObject<HTMLFormElement | null>, blank: D, check: (draft: D) => Problems, prefix: string, fields: readonly string[]) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<D>(blank);
  const [problems, setProblems] = useState<Problems>({});
  const [refusal, setRefusal] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const server = serverFieldMessages(errorsOf(refusal).fields);
  const message = (field: string): string | null => {
    const problem = problems[field];
    if (problem) return t(`planning.errors.${problem.key}`, problem.params ?? {});
    return server[field] ?? null;
  };

  /** Edits the draft; the messages of the edited fields (and of `alsoClear`) go. */
  function change(patch: Partial<D>, alsoClear: readonly string[] = []) {
    setRefusal(null);
    setSaved(null);
    setProblems((p) => Object.fromEntries(Object.entries(p).filter(([key]) => !(key in patch) && !alsoClear.includes(key))));
    setDraft((d) => ({ ...d, ...patch }));
  }

  /** Starts from another draft (an item to edit, or the blank form), optionally focusing a field. */
  function load(next: D, focusField?: string) {
    setRefusal(null);
    setSaved(null);
    setProblems({});
    setDraft(next);
    if (focusField) {
      form.current?.scrollIntoView({ block: 'start' });
      form.current?.querySelector<HTMLElement>(`#${prefix}-${focusField}`)?.focus();
    }
  }

  /**
   * Checks, then sends; `send` answers the saved confirmation, and the form then starts from
   * `afterSave` when given (a new item). True when it was saved.
   */
  async function submit(event: FormEvent, send: (draft: D) => Promise<string>, afterSave?: D): Promise<boolean> {
    event.preventDefault();
    setSaved(null);
    setRefusal(null);
    const found = check(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      focusFirst(form.current, prefix, fields.filter((f) => found[f]));
      return false;
    }
    try {
      setSaved(await send(draft));
      if (afterSave) setDraft(afterSave);
      return true;
    } catch (error) {
      setRefusal(error);
      const refused = serverFieldMessages(errorsOf(error).fields);
      focusFirst(form.current, prefix, fields.filter((f) => refused[f]));
      return false;
    }
  }

  const alert = Object.keys(problems).length > 0 ? t('planning.fixFields') : errorsOf(refusal).message;
  return { draft, message, alert, saved, change, load, submit };
}

function ProvinceSelect({ id, value, provinces, onChange, label, message }: { id: string; value: string; provinces: readonly string[]; onChange: (v: string) => void; label: string; message: string | null }) {
  const { t } = useTranslation();
  const { nameOf } = useProgramme();
  return (
    <label>
      {label}
      <select {...described(id, message)} value={value} onChange={(e) => onChange(e.target.value)} required>
        {provinces.length !== 1 && <option value="">{t('planning.choose')}</option>}
        {provinces.map((code) => (
          <option key={code} value={code}>
            {nameOf(code)}
          </option>
        ))}
      </select>
      <FieldMessage id={id} message={message} />
    </label>
  );
}

function TextField({ id, label, value, onChange, message, maxLength = LIMITS.nameLength }: { id: string; label: string; value: string; onChange: (v: string) => void; message: string | null; maxLength?: number }) {
  return (
    <label>
      {label}
      <input {...described(id, message)} value={value} maxLength={maxLength} required onChange={(e) => onChange(e.target.value)} />
      <FieldMessage id={id} message={message} />
    </label>
  );
}

function WholeNumberField(props: { id: string; label: string; hint: string; value: string; limits: { min: number; max: number }; required?: boolean; onChange: (v: string) => void; message: string | null }) {
  const { id, label, hint, value, limits, required = true, onChange, message } = props;
  return (
    <label>
      {label}
      <input
        {...described(id, message, 'hint')}
        type="number"
        inputMode="numeric"
        min={limits.min}
        max={limits.max}
        step={1}
        required={required}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <Hint id={id}>{hint}</Hint>
      <FieldMessage id={id} message={message} />
    </label>
  );
}

/**
 * A list of rows the user adds to and removes from (availability ranges, blackout periods, extra
 * holidays), with its one message for the whole list.
 */
function RowsFieldset<R>(props: {
  id: string;
  legend: string;
  rows: readonly R[];
  max: number;
  empty: R;
  addLabel: string;
  removeLabel: (row: number) => string;
  onChange: (rows: R[]) => void;
  message: string | null;
  children: (row: R, set: (patch: Partial<R>) => void, index: number) => ReactNode;
}) {
  const { id, legend, rows, max, empty, addLabel, removeLabel, onChange, message, children } = props;
  return (
    <fieldset className="checks ranges" id={id} tabIndex={-1} aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {rows.map((row, i) => (
        <div className="range-row" key={i}>
          {children(row, (patch) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r))), i)}
          <button type="button" className="secondary" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            {removeLabel(i + 1)}
          </button>
        </div>
      ))}
      {rows.length < max && (
        <button type="button" className="secondary" onClick={() => onChange([...rows, empty])}>
          {addLabel}
        </button>
      )}
      <FieldMessage id={id} message={message} />
    </fieldset>
  );
}

/** From and to dates of one row of a RowsFieldset. */
function RangeInputs({ row, set, index }: { row: RangeDraft; set: (patch: Partial<RangeDraft>) => void; index: number }) {
  const { t } = useTranslation();
  return (
    <>
      <label>
        {t('planning.availability.from', { row: index + 1 })}
        <input type="date" value={row.from} onChange={(e) => set({ from: e.target.value })} />
      </label>
      <label>
        {t('planning.availability.to', { row: index + 1 })}
        <input type="date" value={row.to} min={row.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </label>
    </>
  );
}

function RangesEditor({ id, ranges, onChange, message }: { id: string; ranges: readonly RangeDraft[]; onChange: (r: RangeDraft[]) => void; message: string | null }) {
  const { t } = useTranslation();
  return (
    <RowsFieldset
      id={id}
      legend={t('planning.availability.legend')}
      rows={ranges}
      max={LIMITS.ranges}
      empty={{ from: '', to: '' }}
      addLabel={t('planning.availability.add')}
      removeLabel={(row) => t('planning.availability.remove', { row })}
      onChange={onChange}
      message={message}
    >
      {(row, set, i) => <RangeInputs row={row} set={set} index={i} />}
    </RowsFieldset>
  );
}

function rangesText(ranges: readonly { from: string; to: string }[], t: Translate): string {
  return ranges.length === 0 ? t('planning.availability.always') : t('planning.availability.ranges', { list: ranges.map((r) => (r.from === r.to ? r.from : `${r.from} – ${r.to}`)).join(', ') });
}

/** The list, loading and empty states shared by the sections. */
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

/** The end of every form: its alert (the form's own "fix the marked fields", or the API's refusal), save and cancel. */
function FormFooter({ alert, saving, saveLabel, onCancel }: { alert: string | null; saving: boolean; saveLabel: string; onCancel?: (() => void) | null }) {
  const { t } = useTranslation();
  return (
    <>
      {alert && (
        <p className="error" role="alert">
          {alert}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={saving}>
          {saving ? t('common.saving') : saveLabel}
        </button>
        {onCancel && (
          <button type="button" className="secondary" onClick={onCancel}>
            {t('planning.cancelEdit')}
          </button>
        )}
      </div>
    </>
  );
}

function SavedNotice({ saved }: { saved: string | null }) {
  return saved ? (
    <p className="notice" role="status">
      {saved}
    </p>
  ) : null;
}

/** A card of the list with its edit button. */
function ItemCard({ title, onEdit, children }: { title: string; onEdit: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <li className="card">
      <h4>{title}</h4>
      {children}
      <button type="button" className="secondary" onClick={onEdit}>
        {t('planning.edit', { name: title })}
      </button>
    </li>
  );
}

const byProvinceThenName = (a: { provinceCode: string; name: string }, b: { provinceCode: string; name: string }) => a.provinceCode.localeCompare(b.provinceCode) || a.name.localeCompare(b.name, 'th');

// ---- cohorts ---------------------------------------------------------------------------------------

const COHORT_FIELDS = ['name', 'curriculumId', 'provinceCode', 'teachingLanguage', 'capacity'] as const;

function CohortsSection({ provinces }: { provinces: readonly string[] }) {
  const { t } = useTranslation();
  const { nameOf } = useProgramme();
  const list = useQuery(SETUP_COHORTS);
  const curricula = useQuery(SETUP_CURRICULA);
  const [save, saving] = useMutation(SAVE_COHORT, { refetchQueries: [SETUP_COHORTS], awaitRefetchQueries: true });
  const blank: CohortDraft = { name: '', curriculumId: '', provinceCode: provinces.length === 1 ? provinces[0]! : '', teachingLanguage: 'THAI', capacity: '' };
  const form = useRef<HTMLFormElement>(null);
  const f = useSetupForm(form, blank, cohortProblems, 'cohort', COHORT_FIELDS);
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const cohorts = (list.data?.cohorts ?? []).filter((c) => provinces.includes(c.provinceCode)).sort(byProvinceThenName);
  const set = (key: keyof CohortDraft) => (value: string) => f.change({ [key]: value });

  function edit(c: (typeof cohorts)[number]) {
    setEditing({ id: c.id, name: c.name });
    f.load({ name: c.name, curriculumId: c.curriculumId, provinceCode: c.provinceCode, teachingLanguage: c.teachingLanguage, capacity: String(c.capacity) }, 'name');
  }

  function cancelEdit() {
    setEditing(null);
    f.load(blank);
  }

  async function submit(event: FormEvent) {
    const done = await f.submit(event, async (draft) => {
      const { data } = await save({
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
      });
      return t('planning.cohorts.saved', { name: data?.saveCohort.name ?? draft.name.trim() });
    }, blank);
    if (done) setEditing(null);
  }

  const curriculumOptions = curricula.data?.curricula ?? [];
  return (
    <section aria-labelledby="setup-cohorts" className="setup-section">
      <h2 id="setup-cohorts">{t('planning.cohorts.title')}</h2>
      <form ref={form} className="card form-grid" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="cohort-form-title">
        <h3 id="cohort-form-title">{editing ? t('planning.cohorts.editing', { name: editing.name }) : t('planning.cohorts.new')}</h3>
        <TextField id="cohort-name" label={t('planning.cohorts.name')} value={f.draft.name} onChange={set('name')} message={f.message('name')} />
        <label>
          {t('planning.cohorts.curriculum')}
          <select {...described('cohort-curriculumId', f.message('curriculumId'))} value={f.draft.curriculumId} required onChange={(e) => set('curriculumId')(e.target.value)}>
            <option value="">{curricula.loading && !curricula.data ? t('common.loading') : t('planning.choose')}</option>
            {curriculumOptions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
          <FieldMessage id="cohort-curriculumId" message={f.message('curriculumId')} />
          {curricula.data && curriculumOptions.length === 0 && <span className="hint">{t('planning.cohorts.noCurricula')}</span>}
        </label>
        <ProvinceSelect id="cohort-provinceCode" label={t('planning.province')} value={f.draft.provinceCode} provinces={provinces} onChange={set('provinceCode')} message={f.message('provinceCode')} />
        <label>
          {t('planning.cohorts.language')}
          <select {...described('cohort-teachingLanguage', f.message('teachingLanguage'))} value={f.draft.teachingLanguage} required onChange={(e) => set('teachingLanguage')(e.target.value)}>
            {TEACHING_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`modules.languages.${l}`)}
              </option>
            ))}
          </select>
          <FieldMessage id="cohort-teachingLanguage" message={f.message('teachingLanguage')} />
        </label>
        <WholeNumberField
          id="cohort-capacity"
          label={t('planning.capacity')}
          hint={t('planning.between', LIMITS.cohortCapacity)}
          limits={LIMITS.cohortCapacity}
          value={f.draft.capacity}
          onChange={set('capacity')}
          message={f.message('capacity')}
        />
        <FormFooter alert={f.alert} saving={saving.loading} saveLabel={t('planning.cohorts.save')} onCancel={editing ? cancelEdit : null} />
      </form>
      <SavedNotice saved={f.saved} />
      <h3>{t('planning.cohorts.list')}</h3>
      <ListState loading={list.loading && !list.data} error={list.error} empty={!!list.data && cohorts.length === 0} emptyText={t('planning.cohorts.empty')} />
      <ul className="cards" aria-label={t('planning.cohorts.list')}>
        {cohorts.map((c) => (
          <ItemCard key={c.id} title={c.name} onEdit={() => edit(c)}>
            <p>
              {nameOf(c.provinceCode)} · {c.curriculumTitle} · {t(`modules.languages.${c.teachingLanguage}`)}
            </p>
            <p>{t('planning.cohorts.seats', { capacity: c.capacity, enrolled: c.enrolled })}</p>
          </ItemCard>
        ))}
      </ul>
    </section>
  );
}

// ---- venues ----------------------------------------------------------------------------------------

const VENUE_FIELDS = ['name', 'provinceCode', 'capacity', 'availability'] as const;

function VenuesSection({ provinces }: { provinces: readonly string[] }) {
  const { t } = useTranslation();
  const { nameOf } = useProgramme();
  const list = useQuery(SETUP_VENUES);
  const [save, saving] = useMutation(SAVE_VENUE, { refetchQueries: [SETUP_VENUES], awaitRefetchQueries: true });
  const blank: VenueDraft = { name: '', provinceCode: provinces.length === 1 ? provinces[0]! : '', capacity: '', availability: [] };
  const form = useRef<HTMLFormElement>(null);
  const f = useSetupForm(form, blank, venueProblems, 'venue', VENUE_FIELDS);
  const [editing, setEditing] = useState<{ id: string; name: string } | null>(null);
  const venues = (list.data?.venues ?? []).filter((v) => provinces.includes(v.provinceCode)).sort(byProvinceThenName);

  function edit(v: (typeof venues)[number]) {
    setEditing({ id: v.id, name: v.name });
    f.load({ name: v.name, provinceCode: v.provinceCode, capacity: String(v.capacity), availability: v.availability.map((r) => ({ from: r.from, to: r.to })) }, 'name');
  }

  function cancelEdit() {
    setEditing(null);
    f.load(blank);
  }

  async function submit(event: FormEvent) {
    const done = await f.submit(event, async (draft) => {
      const { data } = await save({
        variables: {
          input: {
            ...(editing ? { id: editing.id } : {}),
            name: draft.name.trim(),
            provinceCode: draft.provinceCode,
            capacity: wholeNumber(draft.capacity) ?? 0,
            availability: draft.availability.map((r) => ({ from: r.from, to: r.to })),
          },
        },
      });
      return t('planning.venues.saved', { name: data?.saveVenue.name ?? draft.name.trim() });
    }, blank);
    if (done) setEditing(null);
  }

  return (
    <section aria-labelledby="setup-venues" className="setup-section">
      <h2 id="setup-venues">{t('planning.venues.title')}</h2>
      <form ref={form} className="card form-grid" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="venue-form-title">
        <h3 id="venue-form-title">{editing ? t('planning.venues.editing', { name: editing.name }) : t('planning.venues.new')}</h3>
        <TextField id="venue-name" label={t('planning.venues.name')} value={f.draft.name} onChange={(name) => f.change({ name })} message={f.message('name')} />
        <ProvinceSelect id="venue-provinceCode" label={t('planning.province')} value={f.draft.provinceCode} provinces={provinces} onChange={(provinceCode) => f.change({ provinceCode })} message={f.message('provinceCode')} />
        <WholeNumberField
          id="venue-capacity"
          label={t('planning.capacity')}
          hint={t('planning.between', LIMITS.venueCapacity)}
          limits={LIMITS.venueCapacity}
          value={f.draft.capacity}
          onChange={(capacity) => f.change({ capacity })}
          message={f.message('capacity')}
        />
        <RangesEditor id="venue-availability" ranges={f.draft.availability} onChange={(availability) => f.change({ availability })} message={f.message('availability')} />
        <FormFooter alert={f.alert} saving={saving.loading} saveLabel={t('planning.venues.save')} onCancel={editing ? cancelEdit : null} />
      </form>
      <SavedNotice saved={f.saved} />
      <h3>{t('planning.venues.list')}</h3>
      <ListState loading={list.loading && !list.data} error={list.error} empty={!!list.data && venues.length === 0} emptyText={t('planning.venues.empty')} />
      <ul className="cards" aria-label={t('planning.venues.list')}>
        {venues.map((v) => (
          <ItemCard key={v.id} title={v.name} onEdit={() => edit(v)}>
            <p>
              {nameOf(v.provinceCode)} · {t('planning.venues.seats', { capacity: v.capacity })}
            </p>
            <p>{rangesText(v.availability, t)}</p>
          </ItemCard>
        ))}
      </ul>
    </section>
  );
}

// ---- trainer profiles ------------------------------------------------------------------------------

const TRAINER_FIELDS = ['userId', 'homeProvinceCode', 'moduleCodes', 'maxLoadHours', 'availability'] as const;

function TrainersSection({ provinces }: { provinces: readonly string[] }) {
  const { t } = useTranslation();
  const { nameOf } = useProgramme();
  const list = useQuery(SETUP_TRAINERS);
  const users = useQuery(TRAINER_USERS);
  const [save, saving] = useMutation(SAVE_TRAINER, { refetchQueries: [SETUP_TRAINERS], awaitRefetchQueries: true });
  const blank: TrainerDraft = { userId: '', homeProvinceCode: provinces.length === 1 ? provinces[0]! : '', moduleCodes: '', maxLoadHours: '', availability: [] };
  const form = useRef<HTMLFormElement>(null);
  const f = useSetupForm(form, blank, trainerProblems, 'trainer', TRAINER_FIELDS);
  const all = list.data?.trainerProfiles ?? [];
  const profiles = all.filter((p) => provinces.includes(p.homeProvinceCode)).sort((a, b) => a.displayName.localeCompare(b.displayName, 'th'));
  // Who can be given a profile: trainers with one in these provinces, and trainers living here without one yet.
  const people = new Map<string, string>(profiles.map((p) => [p.userId, p.displayName]));
  for (const u of users.data?.users.items ?? []) if (!all.some((p) => p.userId === u.id) && (!u.provinceCode || provinces.includes(u.provinceCode))) people.set(u.id, u.displayName);
  const editing = all.find((p) => p.userId === f.draft.userId);

  /** The draft for a trainer: their stored profile, or a new one in their home province. */
  function draftOf(userId: string): TrainerDraft {
    const profile = all.find((p) => p.userId === userId);
    if (profile) {
      return { userId, homeProvinceCode: profile.homeProvinceCode, moduleCodes: profile.moduleCodes.join(', '), maxLoadHours: profile.maxLoadHours == null ? '' : String(profile.maxLoadHours), availability: profile.availability.map((r) => ({ from: r.from, to: r.to })) };
    }
    const home = users.data?.users.items.find((u) => u.id === userId)?.provinceCode;
    return { ...blank, userId, homeProvinceCode: home && provinces.includes(home) ? home : blank.homeProvinceCode };
  }

  async function submit(event: FormEvent) {
    await f.submit(event, async (draft) => {
      const { data } = await save({
        variables: {
          input: {
            userId: draft.userId,
            homeProvinceCode: draft.homeProvinceCode,
            moduleCodes: moduleCodesFrom(draft.moduleCodes),
            maxLoadHours: wholeNumber(draft.maxLoadHours),
            availability: draft.availability.map((r) => ({ from: r.from, to: r.to })),
          },
        },
      });
      return t('planning.trainers.saved', { name: data?.saveTrainerProfile.displayName ?? '' });
    }, blank);
  }

  return (
    <section aria-labelledby="setup-trainers" className="setup-section">
      <h2 id="setup-trainers">{t('planning.trainers.title')}</h2>
      <form ref={form} className="card form-grid" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="trainer-form-title">
        <h3 id="trainer-form-title">{editing ? t('planning.trainers.editing', { name: editing.displayName }) : t('planning.trainers.form')}</h3>
        <label>
          {t('planning.trainers.trainer')}
          <select {...described('trainer-userId', f.message('userId'))} value={f.draft.userId} required onChange={(e) => f.change(draftOf(e.target.value))}>
            <option value="">{users.loading && !users.data ? t('common.loading') : t('planning.choose')}</option>
            {[...people].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
          <FieldMessage id="trainer-userId" message={f.message('userId')} />
        </label>
        <ProvinceSelect
          id="trainer-homeProvinceCode"
          label={t('planning.trainers.homeProvince')}
          value={f.draft.homeProvinceCode}
          provinces={provinces}
          onChange={(homeProvinceCode) => f.change({ homeProvinceCode })}
          message={f.message('homeProvinceCode')}
        />
        <label className="wide">
          {t('planning.trainers.moduleCodes')}
          <input
            {...described('trainer-moduleCodes', f.message('moduleCodes'), 'hint')}
            value={f.draft.moduleCodes}
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(e) => f.change({ moduleCodes: e.target.value })}
          />
          <Hint id="trainer-moduleCodes">{t('planning.trainers.moduleCodesHint')}</Hint>
          <FieldMessage id="trainer-moduleCodes" message={f.message('moduleCodes')} />
        </label>
        <WholeNumberField
          id="trainer-maxLoadHours"
          label={t('planning.trainers.maxLoad')}
          hint={t('planning.trainers.maxLoadHint', LIMITS.maxLoadHours)}
          limits={LIMITS.maxLoadHours}
          required={false}
          value={f.draft.maxLoadHours}
          onChange={(maxLoadHours) => f.change({ maxLoadHours })}
          message={f.message('maxLoadHours')}
        />
        <RangesEditor id="trainer-availability" ranges={f.draft.availability} onChange={(availability) => f.change({ availability })} message={f.message('availability')} />
        <FormFooter alert={f.alert} saving={saving.loading} saveLabel={t('planning.trainers.save')} onCancel={f.draft.userId ? () => f.load(blank) : null} />
      </form>
      <SavedNotice saved={f.saved} />
      <h3>{t('planning.trainers.list')}</h3>
      <ListState loading={list.loading && !list.data} error={list.error} empty={!!list.data && profiles.length === 0} emptyText={t('planning.trainers.empty')} />
      <ul className="cards" aria-label={t('planning.trainers.list')}>
        {profiles.map((p) => (
          <ItemCard key={p.userId} title={p.displayName} onEdit={() => f.load(draftOf(p.userId), 'homeProvinceCode')}>
            <p>
              {nameOf(p.homeProvinceCode)} · {t('planning.trainers.load', { hours: p.maxLoadHours ?? t('planning.trainers.noLimit') })}
            </p>
            <p className="code">{t('planning.trainers.modules', { list: p.moduleCodes.join(', ') || t('common.none') })}</p>
            <p>{rangesText(p.availability, t)}</p>
          </ItemCard>
        ))}
      </ul>
    </section>
  );
}

// ---- province calendar rules -----------------------------------------------------------------------

const RULES_FIELDS = ['ramadanPolicy', 'prayerStart', 'prayerEnd', 'blackouts', 'extraHolidays'] as const;

function CalendarRulesForm({ provinceCode, initial, onSaved }: { provinceCode: string; initial: CalendarRulesDraft; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const { nameOf } = useProgramme();
  const [save, saving] = useMutation(SAVE_CALENDAR_RULES, { refetchQueries: [CALENDAR_RULES], awaitRefetchQueries: true });
  const form = useRef<HTMLFormElement>(null);
  const f = useSetupForm(form, initial, calendarRulesProblems, 'rules', RULES_FIELDS);
  // The prayer pair is judged on its end field: a new start clears that message too.
  const change = (patch: Partial<CalendarRulesDraft>) => f.change(patch, 'prayerStart' in patch ? ['prayerEnd'] : []);
  const province = nameOf(provinceCode);

  async function submit(event: FormEvent) {
    await f.submit(event, async (draft) => {
      await save({
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
      });
      const message = t('planning.rules.saved', { province });
      onSaved(message);
      return message;
    });
  }

  return (
    <form ref={form} className="card form-grid" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="rules-form-title">
      <h3 id="rules-form-title">{t('planning.rules.formTitle', { province })}</h3>
      <label>
        {t('planning.rules.ramadan')}
        <select {...described('rules-ramadanPolicy', f.message('ramadanPolicy'))} value={f.draft.ramadanPolicy} onChange={(e) => change({ ramadanPolicy: e.target.value })}>
          {RAMADAN_POLICIES.map((p) => (
            <option key={p} value={p}>
              {t(`planning.rules.ramadanPolicy.${p}`)}
            </option>
          ))}
        </select>
        <FieldMessage id="rules-ramadanPolicy" message={f.message('ramadanPolicy')} />
      </label>
      <label>
        {t('planning.rules.prayerStart')}
        <input {...described('rules-prayerStart', f.message('prayerStart'), 'hint')} type="time" value={f.draft.prayerStart} onChange={(e) => change({ prayerStart: e.target.value })} />
        <Hint id="rules-prayerStart">{t('planning.rules.prayerHint')}</Hint>
        <FieldMessage id="rules-prayerStart" message={f.message('prayerStart')} />
      </label>
      <label>
        {t('planning.rules.prayerEnd')}
        <input {...described('rules-prayerEnd', f.message('prayerEnd'))} type="time" value={f.draft.prayerEnd} onChange={(e) => change({ prayerEnd: e.target.value })} />
        <FieldMessage id="rules-prayerEnd" message={f.message('prayerEnd')} />
      </label>
      <RowsFieldset
        id="rules-blackouts"
        legend={t('planning.rules.blackouts')}
        rows={f.draft.blackouts}
        max={LIMITS.blackouts}
        empty={{ from: '', to: '', reason: '' }}
        addLabel={t('planning.rules.addBlackout')}
        removeLabel={(row) => t('planning.rules.removeBlackout', { row })}
        onChange={(blackouts) => change({ blackouts })}
        message={f.message('blackouts')}
      >
        {(row, set, i) => (
          <>
            <RangeInputs row={row} set={set} index={i} />
            <label>
              {t('planning.rules.reason', { row: i + 1 })}
              <input value={row.reason} maxLength={LIMITS.reasonLength} onChange={(e) => set({ reason: e.target.value })} />
            </label>
          </>
        )}
      </RowsFieldset>
      <RowsFieldset
        id="rules-extraHolidays"
        legend={t('planning.rules.holidays')}
        rows={f.draft.extraHolidays}
        max={LIMITS.extraHolidays}
        empty={{ date: '', name: '' }}
        addLabel={t('planning.rules.addHoliday')}
        removeLabel={(row) => t('planning.rules.removeHoliday', { row })}
        onChange={(extraHolidays) => change({ extraHolidays })}
        message={f.message('extraHolidays')}
      >
        {(row, set, i) => (
          <>
            <label>
              {t('planning.rules.holidayDate', { row: i + 1 })}
              <input type="date" value={row.date} onChange={(e) => set({ date: e.target.value })} />
            </label>
            <label>
              {t('planning.rules.holidayName', { row: i + 1 })}
              <input value={row.name} maxLength={LIMITS.reasonLength} onChange={(e) => set({ name: e.target.value })} />
            </label>
          </>
        )}
      </RowsFieldset>
      <FormFooter alert={f.alert} saving={saving.loading} saveLabel={t('planning.rules.save')} />
    </form>
  );
}

function CalendarRulesSection({ provinces }: { provinces: readonly string[] }) {
  const { t } = useTranslation();
  const { nameOf } = useProgramme();
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
                {nameOf(code)}
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
  const programme = useProgramme();
  const provinces = provincesInScope(me, programme.codes);
  return (
    <section className="page planning-setup">
      <h1>{t('planning.title')}</h1>
      <p className="muted">{t('planning.intro')}</p>
      <p>
        <Link to="/schedule">{t('planning.backToSchedule')}</Link>
      </p>
      {programme.loading && programme.codes.length === 0 ? (
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      ) : provinces.length === 0 ? (
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
