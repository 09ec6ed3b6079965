import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  addDays,
  buildICalendar,
  daysBetween,
  defaultCalendarRules,
  formatTriCalendar,
  provinceScopeOf,
  scheduleAuto,
  scopeIncludes,
  validatePlan,
  type Actor,
  type Assignment,
  type CalendarRules,
  type CalendarSessionDay,
  type DateRange as DomainRange,
  type ScheduleResult,
  type SchedulingInput,
  type SessionRequest,
} from '@ruamsang/domain';
import { NotificationKind, Role, type Locale } from '@ruamsang/shared';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors.js';
import type { TrainingModuleEntity } from '../curricula/entities/training-module.entity.js';
import { CompletionService } from '../attendance/completion.service.js';
import { GeographyService } from '../geography/geography.service.js';
import { AuditService } from '../privacy/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { EnrolInput, SaveCalendarRulesInput, SaveCohortInput, SaveTrainerProfileInput, SaveVenueInput, ScheduleRequestInput, UpdateSessionInput } from './dto/scheduling.input.js';
import {
  type CohortEntity,
  type EnrolmentEntity,
  EnrolmentStatus,
  type ProvinceCalendarRuleEntity,
  SessionStatus,
  type TrainerProfileEntity,
  type TrainingSessionEntity,
  type VenueEntity,
} from './entities/scheduling.entity.js';
import { SchedulingMessages } from './scheduling.errors.js';
import { SchedulingRepository } from './scheduling.repository.js';

/** Teaching hours a session day holds at most (the FULL slot, 09:00–16:30, minus lunch). */
export const HOURS_PER_DAY = 6;
const MAX_WINDOW_DAYS = 366;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function daysFor(hours: number): number {
  return Math.max(1, Math.ceil(hours / HOURS_PER_DAY));
}

export function requestId(cohortId: string, moduleId: string): string {
  return `${cohortId}|${moduleId}`;
}

export function rulesOf(code: string, row: ProvinceCalendarRuleEntity | undefined): CalendarRules {
  if (!row) return defaultCalendarRules(code);
  return defaultCalendarRules(code, {
    ramadan: { policy: row.ramadanPolicy, halfDayEndsAt: '12:00' },
    fridayPrayer: row.prayerStart && row.prayerEnd ? { start: row.prayerStart, end: row.prayerEnd } : null,
    blackouts: row.blackouts,
    publicHolidays: { enabled: true, extra: row.extraHolidays },
  });
}

function ranges(list: readonly { from: string; to: string }[] | null | undefined, field: string): { from: string; to: string }[] {
  return (list ?? []).map((r, i) => {
    if (r.to < r.from) throw DomainError.badInput(`${field}.${i}`, SchedulingMessages['scheduling.rangeOrder']);
    return { from: r.from, to: r.to };
  });
}

export interface Proposal {
  readonly result: ScheduleResult;
  readonly cohorts: ReadonlyMap<string, CohortEntity>;
  readonly modules: ReadonlyMap<string, TrainingModuleEntity>;
  readonly venues: ReadonlyMap<string, VenueEntity>;
}

/** Where the cohort's scheduling inputs come from; shared by proposals and edit checks. */
interface PlanningContext {
  readonly input: SchedulingInput;
  readonly cohorts: Map<string, CohortEntity>;
  readonly modules: Map<string, TrainingModuleEntity>;
  readonly venues: Map<string, VenueEntity>;
}

@Injectable()
export class SchedulingService {
  constructor(
    private readonly repository: SchedulingRepository,
    private readonly audit: AuditService,
    private readonly completions: CompletionService,
    private readonly geography: GeographyService,
    private readonly notifications: NotificationsService,
  ) {}

  // ---- authorisation ---------------------------------------------------------------------------
  private requirePlanner(actor: Actor, provinceCode?: string): void {
    if (actor.role !== Role.ADMIN && actor.role !== Role.COORDINATOR) throw DomainError.forbidden(SchedulingMessages['scheduling.cannotPlan']);
    if (provinceCode !== undefined && !scopeIncludes(provinceScopeOf(actor), provinceCode))
      throw DomainError.forbidden(SchedulingMessages['scheduling.outsideScope'], { code: provinceCode });
  }

  // ---- reference data ----------------------------------------------------------------------------
  venues(provinceCode?: string | null): Promise<VenueEntity[]> {
    return this.repository.venues(provinceCode);
  }

  async saveVenue(actor: Actor, input: SaveVenueInput): Promise<VenueEntity> {
    this.requirePlanner(actor, input.provinceCode);
    if (input.id) {
      const existing = await this.repository.venue(input.id);
      if (!existing) throw DomainError.notFound(SchedulingMessages['scheduling.venueNotFound']);
      this.requirePlanner(actor, existing.provinceCode);
    }
    await this.geography.assertInProgramme([input.provinceCode], 'provinceCode');
    return this.repository.saveVenue({
      ...(input.id ? { id: input.id } : {}),
      provinceCode: input.provinceCode,
      name: input.name.trim(),
      capacity: input.capacity,
      availability: ranges(input.availability, 'availability'),
    });
  }

  trainers(): Promise<TrainerProfileEntity[]> {
    return this.repository.trainers();
  }

  async saveTrainerProfile(actor: Actor, input: SaveTrainerProfileInput): Promise<TrainerProfileEntity> {
    const self = actor.id === input.userId && actor.role === Role.TRAINER;
    if (!self) this.requirePlanner(actor, input.homeProvinceCode);
    const user = await this.repository.user(input.userId);
    if (user?.role !== Role.TRAINER) throw DomainError.badInput('userId', SchedulingMessages['scheduling.notTrainer']);
    await this.geography.assertInProgramme([input.homeProvinceCode], 'homeProvinceCode');
    return this.repository.saveTrainer({
      userId: input.userId,
      homeProvinceCode: input.homeProvinceCode,
      moduleCodes: [...input.moduleCodes].sort(),
      availability: ranges(input.availability, 'availability'),
      maxLoadHours: input.maxLoadHours ?? null,
    });
  }

  async calendarRules(provinceCode: string): Promise<ProvinceCalendarRuleEntity> {
    const [row] = await this.repository.rules([provinceCode]);
    const d = defaultCalendarRules(provinceCode);
    return (
      row ??
      ({
        provinceCode,
        ramadanPolicy: d.ramadan.policy,
        prayerStart: d.fridayPrayer?.start ?? null,
        prayerEnd: d.fridayPrayer?.end ?? null,
        blackouts: [],
        extraHolidays: [],
        updatedBy: null,
      } as unknown as ProvinceCalendarRuleEntity)
    );
  }

  async saveCalendarRules(actor: Actor, input: SaveCalendarRulesInput): Promise<ProvinceCalendarRuleEntity> {
    this.requirePlanner(actor, input.provinceCode);
    if ((input.prayerStart == null) !== (input.prayerEnd == null) || (input.prayerStart && input.prayerEnd && input.prayerEnd <= input.prayerStart))
      throw DomainError.badInput('prayerEnd', SchedulingMessages['scheduling.rangeOrder']);
    await this.geography.assertInProgramme([input.provinceCode], 'provinceCode');
    return this.repository.saveRules({
      provinceCode: input.provinceCode,
      ramadanPolicy: input.ramadanPolicy,
      prayerStart: input.prayerStart ?? null,
      prayerEnd: input.prayerEnd ?? null,
      blackouts: ranges(input.blackouts, 'blackouts').map((r, i) => ({ ...r, reason: input.blackouts[i]!.reason.trim() })),
      extraHolidays: (input.extraHolidays ?? []).map((h) => ({ date: h.date, name: h.name.trim() })),
      updatedBy: actor.id,
    });
  }

  cohorts(filter: { provinceCode?: string | null; curriculumId?: string | null }): Promise<CohortEntity[]> {
    return this.repository.cohorts(filter);
  }

  async saveCohort(actor: Actor, input: SaveCohortInput): Promise<CohortEntity> {
    this.requirePlanner(actor, input.provinceCode);
    await this.geography.assertInProgramme([input.provinceCode], 'provinceCode');
    if (!(await this.repository.curriculum(input.curriculumId))) throw DomainError.badInput('curriculumId', SchedulingMessages['scheduling.curriculumNotFound']);
    if (input.id) {
      const existing = await this.repository.cohort(input.id);
      if (!existing) throw DomainError.notFound(SchedulingMessages['scheduling.cohortNotFound']);
      this.requirePlanner(actor, existing.provinceCode);
    }
    return this.repository.saveCohort({
      ...(input.id ? { id: input.id } : {}),
      name: input.name.trim(),
      curriculumId: input.curriculumId,
      provinceCode: input.provinceCode,
      teachingLanguage: input.teachingLanguage,
      capacity: input.capacity,
    });
  }

  // ---- the scheduler -----------------------------------------------------------------------------

  /**
   * The scheduler's input for these cohorts in this window: one request per curriculum module
   * without a published session, in teaching order (each after the one before it, which also
   * honours every prerequisite); trainers and venues already booked by other cohorts' stored
   * sessions are unavailable on those days.
   */
  private async planningContext(cohortIds: readonly string[], window: DomainRange, options: { excludeSessionIds?: readonly string[]; includeStored?: boolean } = {}): Promise<PlanningContext> {
    const cohortRows = await this.repository.cohortsByIds(cohortIds);
    if (cohortRows.length !== new Set(cohortIds).size) throw DomainError.badInput('cohortIds', SchedulingMessages['scheduling.cohortNotFound']);
    const cohorts = new Map(cohortRows.map((c) => [c.id, c]));
    const plans = new Map((await this.repository.curriculumPlans([...new Set(cohortRows.map((c) => c.curriculumId))])).map((p) => [p.curriculumId, p]));
    const stored = await this.repository.sessions({});
    const modules = new Map<string, TrainingModuleEntity>();
    const sessions: SessionRequest[] = [];
    for (const cohort of cohortRows) {
      const plan = plans.get(cohort.curriculumId);
      if (!plan) continue;
      const published = new Set(stored.filter((s) => s.cohortId === cohort.id && s.status === SessionStatus.PUBLISHED).map((s) => s.moduleId));
      let previous: string | null = null;
      for (const module of plan.modules) {
        modules.set(module.id, module);
        const id = requestId(cohort.id, module.id);
        const include = options.includeStored || !published.has(module.id);
        if (include) {
          const prerequisites = plan.prerequisites.filter((p) => p.moduleId === module.id).map((p) => requestId(cohort.id, p.prerequisiteId));
          if (previous && !prerequisites.includes(previous)) prerequisites.push(previous);
          sessions.push({
            id,
            moduleCode: module.code,
            cohortId: cohort.id,
            hours: module.hours,
            days: daysFor(module.hours),
            prerequisiteSessionIds: prerequisites.filter((p) => options.includeStored || !published.has(p.split('|')[1]!)),
          });
        }
        previous = id;
      }
    }
    const cohortSet = new Set(cohortIds);
    const exclude = new Set(options.excludeSessionIds ?? []);
    const blocking = stored.filter((s) => !exclude.has(s.id) && (options.includeStored ? !cohortSet.has(s.cohortId) : !cohortSet.has(s.cohortId) || s.status === SessionStatus.PUBLISHED));
    const busy = (pick: (s: TrainingSessionEntity) => boolean): DomainRange[] => blocking.filter(pick).map((s) => ({ from: s.dates[0]!, to: s.dates[s.dates.length - 1]! }));
    const provinceCodes = [...new Set(cohortRows.map((c) => c.provinceCode))];
    const venueRows = (await this.repository.venues()).filter((v) => provinceCodes.includes(v.provinceCode));
    const trainerRows = await this.repository.trainers();
    const ruleRows = new Map((await this.repository.rules(provinceCodes)).map((r) => [r.provinceCode, r]));
    const input: SchedulingInput = {
      sessions,
      cohorts: cohortRows.map((c) => ({ id: c.id, provinceCode: c.provinceCode, language: c.teachingLanguage, size: c.capacity })),
      venues: venueRows.map((v) => ({
        id: v.id,
        name: v.name,
        provinceCode: v.provinceCode,
        capacity: v.capacity,
        ...(v.availability.length ? { availability: v.availability } : {}),
        unavailable: busy((s) => s.venueId === v.id),
      })),
      trainers: trainerRows.map((t) => ({
        id: t.userId,
        homeProvinceCode: t.homeProvinceCode,
        moduleCodes: t.moduleCodes,
        ...(t.availability.length ? { availability: t.availability } : {}),
        unavailable: busy((s) => s.trainerIds.includes(t.userId)),
        ...(t.maxLoadHours != null ? { maxLoadHours: t.maxLoadHours } : {}),
      })),
      window,
      calendarRules: Object.fromEntries(provinceCodes.map((code) => [code, rulesOf(code, ruleRows.get(code))])),
    };
    return { input, cohorts, modules, venues: new Map(venueRows.map((v) => [v.id, v])) };
  }

  private window(input: ScheduleRequestInput): DomainRange {
    if (input.to < input.from || daysBetween(input.from, input.to) > MAX_WINDOW_DAYS) throw DomainError.badInput('to', SchedulingMessages['scheduling.windowOrder']);
    return { from: input.from, to: input.to };
  }

  private async authoriseCohorts(actor: Actor, cohortIds: readonly string[]): Promise<void> {
    this.requirePlanner(actor);
    for (const c of await this.repository.cohortsByIds(cohortIds)) this.requirePlanner(actor, c.provinceCode);
  }

  /** Runs the scheduler (deterministic for the same stored data and request). */
  async proposeSchedule(actor: Actor, request: ScheduleRequestInput, options: { exact?: boolean } = {}): Promise<Proposal> {
    await this.authoriseCohorts(actor, request.cohortIds);
    const context = await this.planningContext(request.cohortIds, this.window(request));
    // exactMaxVariables 0 keeps to the deterministic heuristic; the exact HiGHS pass is time-limited.
    const result = await scheduleAuto(context.input, options.exact ? {} : { exactMaxVariables: 0 });
    return { result, cohorts: context.cohorts, modules: context.modules, venues: context.venues };
  }

  /** Stores the proposal as DRAFT sessions, replacing the cohorts' earlier drafts. */
  async applySchedule(actor: Actor, request: ScheduleRequestInput): Promise<TrainingSessionEntity[]> {
    const proposal = await this.proposeSchedule(actor, request);
    return this.repository.transaction((manager) =>
      this.repository.replaceDrafts(
        request.cohortIds,
        proposal.result.assignments.map((a) => this.sessionRow(a)),
        manager,
      ),
    );
  }

  private sessionRow(a: Assignment): Partial<TrainingSessionEntity> {
    const [cohortId, moduleId] = a.sessionId.split('|') as [string, string];
    return { cohortId, moduleId, venueId: a.venueId, trainerIds: [...a.trainerIds], dates: [...a.dates], startTime: a.start, endTime: a.end, status: SessionStatus.DRAFT };
  }

  async publishSessions(actor: Actor, ids: readonly string[]): Promise<TrainingSessionEntity[]> {
    if (ids.length === 0 || ids.length > 1000 || ids.some((id) => !UUID.test(id))) throw DomainError.badInput('ids', 'validation.isUuid');
    const sessions = await this.repository.sessions({ ids });
    if (sessions.length !== new Set(ids).size) throw DomainError.notFound(SchedulingMessages['scheduling.sessionNotFound']);
    const cohortIds = [...new Set(sessions.map((s) => s.cohortId))];
    await this.authoriseCohorts(actor, cohortIds);
    await this.repository.transaction(async (manager) => {
      await this.repository.publish(ids, manager);
      // Published hours join the completion rule's denominator: a completion may go, or come.
      await this.recomputeCompletions(manager, cohortIds, actor);
      await this.notifications.sessionsChanged(manager, NotificationKind.SESSION_SCHEDULED, ids);
    });
    return this.repository.sessions({ ids });
  }

  private async recomputeCompletions(manager: EntityManager, cohortIds: readonly string[], actor: Actor): Promise<void> {
    const curriculumIds = new Set((await this.repository.cohortsByIds(cohortIds, manager)).map((c) => c.curriculumId));
    for (const curriculumId of curriculumIds) await this.completions.recomputeMany(manager, curriculumId, null, actor.id);
  }

  /** A manual edit, checked with validatePlan against the same rules as the scheduler. */
  async updateSession(actor: Actor, input: UpdateSessionInput): Promise<TrainingSessionEntity> {
    const [session] = await this.repository.sessions({ ids: [input.id] });
    if (!session) throw DomainError.notFound(SchedulingMessages['scheduling.sessionNotFound']);
    await this.authoriseCohorts(actor, [session.cohortId]);
    const dates = input.startDate ? session.dates.map((_, i) => addDays(input.startDate!, i)) : session.dates;
    if (input.startDate) {
      // Moving a session away from days already marked would orphan that attendance.
      const orphaned = (await this.repository.markedDays(session.id)).filter((day) => !dates.includes(day));
      if (orphaned.length) throw DomainError.badInput('startDate', SchedulingMessages['scheduling.daysAlreadyMarked'], { dates: orphaned.join(', ') });
    }
    const edited: TrainingSessionEntity = {
      ...session,
      dates,
      startTime: input.startTime ?? session.startTime,
      endTime: input.endTime ?? session.endTime,
      venueId: input.venueId ?? session.venueId,
      trainerIds: input.trainerIds ?? session.trainerIds,
      sequence: session.sequence + 1,
    };
    const cohortSessions = await this.repository.sessions({ cohortIds: [session.cohortId] });
    const all = cohortSessions.map((s) => (s.id === session.id ? edited : s));
    const allDates = all.flatMap((s) => s.dates).sort();
    const window = { from: allDates[0]!, to: allDates[allDates.length - 1]! };
    const context = await this.planningContext([session.cohortId], window, { includeStored: true });
    const storedIds = new Set(all.map((s) => requestId(s.cohortId, s.moduleId)));
    const input2: SchedulingInput = {
      ...context.input,
      // Only the stored sessions are judged; requests of modules not yet scheduled are left out.
      sessions: context.input.sessions
        .filter((s) => storedIds.has(s.id))
        .map((s) => ({
          ...s,
          days: all.find((x) => requestId(x.cohortId, x.moduleId) === s.id)?.dates.length ?? s.days ?? 1,
          prerequisiteSessionIds: (s.prerequisiteSessionIds ?? []).filter((p) => storedIds.has(p)),
          eligibleTrainerIds: undefined,
        }))
        .map(({ eligibleTrainerIds: _e, ...rest }) => rest),
    };
    const editedId = requestId(session.cohortId, session.moduleId);
    const plan = {
      assignments: all.map((s) => ({
        sessionId: requestId(s.cohortId, s.moduleId),
        dates: s.dates,
        slotId: 'STORED',
        start: s.startTime,
        end: s.endTime,
        venueId: s.venueId,
        trainerIds: s.trainerIds,
      })),
    };
    const violations = validatePlan(plan, input2).filter((v) => v.sessionIds.includes(editedId) && v.constraint !== 'SLOT_TOO_SHORT');
    const first = violations[0];
    if (first) {
      const field = first.constraint.startsWith('VENUE') ? 'venueId' : first.constraint.startsWith('TRAINER') ? 'trainerIds' : 'startDate';
      throw DomainError.badInput(field, SchedulingMessages['scheduling.violation'], { rule: [...new Set(violations.map((v) => v.constraint))].join(', '), detail: first.message });
    }
    if (session.status !== SessionStatus.PUBLISHED) return this.repository.saveSession(edited);
    return this.repository.transaction(async (manager) => {
      const saved = await this.repository.saveSession(edited, manager);
      await this.recomputeCompletions(manager, [session.cohortId], actor);
      await this.notifications.sessionsChanged(manager, NotificationKind.SESSION_CHANGED, [saved.id]);
      return saved;
    });
  }

  /** Drafts are seen by admins and the coordinators of the cohort's province; everyone else sees published sessions. */
  async sessions(actor: Actor, filter: { provinceCode?: string | null; trainerId?: string | null; cohortId?: string | null; status?: SessionStatus | null }): Promise<TrainingSessionEntity[]> {
    const visible = await this.sessionsUnfiltered(filter);
    const scope = provinceScopeOf(actor);
    if (scope.kind === 'ALL') return visible;
    const provinces = new Map((await this.repository.cohortsByIds([...new Set(visible.map((s) => s.cohortId))])).map((c) => [c.id, c.provinceCode]));
    return visible.filter((s) => s.status === SessionStatus.PUBLISHED || scopeIncludes(scope, provinces.get(s.cohortId)));
  }

  private async sessionsUnfiltered(filter: { provinceCode?: string | null; trainerId?: string | null; cohortId?: string | null; status?: SessionStatus | null }): Promise<TrainingSessionEntity[]> {
    let rows: TrainingSessionEntity[];
    if (filter.trainerId) rows = (await this.repository.sessionsOfUser(filter.trainerId)).filter((s) => s.trainerIds.includes(filter.trainerId!));
    else if (filter.cohortId) rows = await this.repository.sessions({ cohortIds: [filter.cohortId] });
    else if (filter.provinceCode) rows = await this.repository.sessionsInProvince(filter.provinceCode, filter.status ?? SessionStatus.PUBLISHED);
    else rows = await this.repository.sessions({});
    return filter.status ? rows.filter((s) => s.status === filter.status) : rows;
  }

  /** Practitioners see their cohorts' published sessions; trainers also the drafts they are put on. */
  mySessions(actor: Actor): Promise<TrainingSessionEntity[]> {
    return this.repository.sessionsOfUser(actor.id, actor.role === Role.PRACTITIONER ? SessionStatus.PUBLISHED : undefined);
  }

  // ---- enrolment ---------------------------------------------------------------------------------
  private async targetPractitioner(actor: Actor, practitionerId: string | null | undefined, cohort: CohortEntity, manager: EntityManager): Promise<string> {
    const id = practitionerId ?? actor.id;
    if (id !== actor.id) {
      if (actor.role !== Role.ADMIN && !(actor.role === Role.COORDINATOR && scopeIncludes(provinceScopeOf(actor), cohort.provinceCode)))
        throw DomainError.forbidden(SchedulingMessages['scheduling.cannotEnrolOthers']);
    }
    const user = await this.repository.user(id, manager);
    if (user?.role !== Role.PRACTITIONER) throw DomainError.badInput('practitionerId', SchedulingMessages['scheduling.notPractitioner']);
    return id;
  }

  /** A seat while the cohort has one, else the end of the waiting list. Enrolling twice changes nothing. */
  async enrol(actor: Actor, input: EnrolInput): Promise<EnrolmentEntity> {
    // Everything inside the transaction, under the cohort row lock.
    return this.repository.transaction(async (manager) => {
      const locked = await this.repository.lockCohort(manager, input.cohortId);
      if (!locked) throw DomainError.notFound(SchedulingMessages['scheduling.cohortNotFound']);
      const cohort = locked;
      const practitionerId = await this.targetPractitioner(actor, input.practitionerId, cohort, manager);
      const existing = await this.repository.enrolment(cohort.id, practitionerId, manager);
      if (existing) return existing;
      const all = await this.repository.enrolmentsOfCohort(cohort.id, manager);
      const enrolled = all.filter((e) => e.status === EnrolmentStatus.ENROLLED).length;
      const last = all.reduce((max, e) => (e.queuedAt.getTime() > max ? e.queuedAt.getTime() : max), 0);
      const row = await this.repository.insertEnrolment(manager, {
        cohortId: cohort.id,
        practitionerId,
        status: enrolled < locked.capacity ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING,
        // Strictly after everyone already queued, whatever the clock does.
        queuedAt: new Date(Math.max(Date.now(), last + 1)),
      });
      await this.audit.record(manager, { actorId: actor.id, action: 'CREATE', entity: 'enrolment', entityId: row.id, subjectId: practitionerId, fields: ['status'] });
      await this.notifications.enrolmentChanged(manager, row.status === EnrolmentStatus.ENROLLED ? 'CONFIRMED' : 'WAITLISTED', cohort.id, practitionerId, { waitingPosition: all.filter((e) => e.status === EnrolmentStatus.WAITING).length + 1 });
      return row;
    });
  }

  /** Frees the seat and, in the same transaction under the cohort lock, promotes the first on the waiting list. */
  async withdraw(actor: Actor, input: EnrolInput): Promise<{ withdrawn: EnrolmentEntity; promoted: EnrolmentEntity | null }> {
    return this.repository.transaction(async (manager) => {
      const cohort = await this.repository.lockCohort(manager, input.cohortId);
      if (!cohort) throw DomainError.notFound(SchedulingMessages['scheduling.cohortNotFound']);
      const practitionerId = await this.targetPractitioner(actor, input.practitionerId, cohort, manager);
      const existing = await this.repository.enrolment(cohort.id, practitionerId, manager);
      if (!existing) throw DomainError.notFound(SchedulingMessages['scheduling.notEnrolled']);
      // A completed course stays on record: withdrawing would orphan the completion and its certificate.
      if (await this.repository.hasCompleted(cohort.id, practitionerId, manager)) throw DomainError.conflict(SchedulingMessages['scheduling.completedCohort']);
      await this.repository.deleteEnrolment(manager, existing.id);
      await this.audit.record(manager, { actorId: actor.id, action: 'DELETE', entity: 'enrolment', entityId: existing.id, subjectId: practitionerId, fields: ['status'] });
      let promoted: EnrolmentEntity | null = null;
      if (existing.status === EnrolmentStatus.ENROLLED) {
        const rest = await this.repository.enrolmentsOfCohort(cohort.id, manager);
        const seats = cohort.capacity - rest.filter((e) => e.status === EnrolmentStatus.ENROLLED).length;
        const first = rest.find((e) => e.status === EnrolmentStatus.WAITING);
        if (first && seats > 0) {
          await this.repository.promote(manager, first.id);
          await this.audit.record(manager, { actorId: actor.id, action: 'UPDATE', entity: 'enrolment', entityId: first.id, subjectId: first.practitionerId, fields: ['status'] });
          promoted = { ...first, status: EnrolmentStatus.ENROLLED };
        }
      }
      await this.notifications.enrolmentChanged(manager, 'WITHDRAWN', cohort.id, practitionerId, { hadSeat: existing.status === EnrolmentStatus.ENROLLED });
      if (promoted) await this.notifications.enrolmentChanged(manager, 'PROMOTED', cohort.id, promoted.practitionerId);
      return { withdrawn: existing, promoted };
    });
  }

  enrolmentsOfCohorts(cohortIds: readonly string[]): Promise<EnrolmentEntity[]> {
    return this.repository.enrolmentsOfCohorts(cohortIds);
  }

  myEnrolments(actor: Actor): Promise<EnrolmentEntity[]> {
    return this.repository.enrolmentsOfPractitioner(actor.id);
  }

  /** Cohorts in the practitioner's province and languages, most of their own gap covered first. */
  async cohortSuggestions(actor: Actor): Promise<{ cohort: CohortEntity; gapCovered: number; coveredCompetencies: string[] }[]> {
    const user = await this.repository.user(actor.id);
    if (!user?.provinceCode) return [];
    const gaps = await this.repository.latestGaps(actor.id);
    const cohorts = (await this.repository.cohorts({ provinceCode: user.provinceCode })).filter((c) => user.languages.length === 0 || user.languages.includes(c.teachingLanguage));
    const plans = new Map((await this.repository.curriculumPlans([...new Set(cohorts.map((c) => c.curriculumId))])).map((p) => [p.curriculumId, p]));
    const scored = cohorts.map((cohort) => {
      const covered = new Set<string>();
      for (const m of plans.get(cohort.curriculumId)?.modules ?? []) for (const t of m.competencyTargets) if ((gaps.get(t.competencyCode) ?? 0) > 0) covered.add(t.competencyCode);
      const coveredCompetencies = [...covered].sort();
      return { cohort, gapCovered: coveredCompetencies.reduce((sum, code) => sum + (gaps.get(code) ?? 0), 0), coveredCompetencies };
    });
    return scored.sort((a, b) => b.gapCovered - a.gapCovered || a.cohort.name.localeCompare(b.cohort.name) || a.cohort.id.localeCompare(b.cohort.id));
  }

  // ---- calendar feeds ----------------------------------------------------------------------------
  async rotateCalendarToken(actor: Actor): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.repository.saveToken(actor.id, createHash('sha256').update(token).digest('hex'));
    return token;
  }

  async provinceFeed(provinceCode: string, locale: Locale): Promise<string> {
    const sessions = await this.repository.sessionsInProvince(provinceCode, SessionStatus.PUBLISHED);
    return buildICalendar(await this.feedDays(sessions, locale), { name: `Ruamsang — ${provinceCode}`, uidDomain: 'ruamsang.org' });
  }

  /** The personal feed; null when the token matches nobody. */
  async personalFeed(token: string, locale: Locale): Promise<string | null> {
    if (!token) return null;
    const row = await this.repository.tokenByHash(createHash('sha256').update(token).digest('hex'));
    if (!row) return null;
    const sessions = await this.repository.sessionsOfUser(row.userId, SessionStatus.PUBLISHED);
    return buildICalendar(await this.feedDays(sessions, locale), { name: 'Ruamsang — my sessions', uidDomain: 'ruamsang.org' });
  }

  private async feedDays(sessions: readonly TrainingSessionEntity[], locale: Locale): Promise<CalendarSessionDay[]> {
    const modules = new Map((await this.repository.modulesByIds([...new Set(sessions.map((s) => s.moduleId))])).map((m) => [m.id, m]));
    const venues = new Map((await this.repository.venuesByIds([...new Set(sessions.map((s) => s.venueId))])).map((v) => [v.id, v]));
    const users = new Map((await this.repository.users([...new Set(sessions.flatMap((s) => s.trainerIds))])).map((u) => [u.id, u]));
    return sessions.flatMap((s) =>
      s.dates.map((date) => {
        const module = modules.get(s.moduleId);
        return {
          sessionId: s.id,
          date,
          start: s.startTime,
          end: s.endTime,
          title: module ? `${module.code} ${module.title[locale] ?? module.title.th}` : s.moduleId,
          location: venues.get(s.venueId)?.name ?? '',
          trainers: s.trainerIds.map((id) => ({ id, name: users.get(id)?.displayName ?? id })),
          sequence: s.sequence,
        };
      }),
    );
  }

  triDates(dates: readonly string[], locale: Locale): { date: string; gregorian: string; buddhist: string; hijri: string }[] {
    return dates.map((date) => ({ date, ...formatTriCalendar(date, locale) }));
  }
}
