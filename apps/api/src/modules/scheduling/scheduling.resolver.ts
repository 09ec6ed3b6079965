import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import type { Locale } from '@ruamsang/shared';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import type { RequestContext } from '../../graphql/request-context.js';
import type { CohortEntity, EnrolmentEntity, TrainerProfileEntity, TrainingSessionEntity, VenueEntity } from './entities/scheduling.entity.js';
import { EnrolmentStatus, SessionStatus } from './entities/scheduling.entity.js';
import {
  EnrolInput,
  SaveCalendarRulesInput,
  SaveCohortInput,
  SaveTrainerProfileInput,
  SaveVenueInput,
  ScheduleRequestInput,
  UpdateSessionInput,
} from './dto/scheduling.input.js';
import {
  CalendarFeedToken,
  Cohort,
  CohortSuggestion,
  Enrolment,
  ProvinceCalendarRules,
  ScheduleProposal,
  TrainerProfile,
  TrainingSession,
  Venue,
} from './models/scheduling.model.js';
import { SchedulingRepository } from './scheduling.repository.js';
import { SchedulingService, type Proposal } from './scheduling.service.js';


function waitingPosition(e: EnrolmentEntity, all: readonly EnrolmentEntity[]): number | null {
  if (e.status === EnrolmentStatus.ENROLLED) return null;
  return all.filter((x) => x.cohortId === e.cohortId && x.status === EnrolmentStatus.WAITING && (x.queuedAt < e.queuedAt || (x.queuedAt.getTime() === e.queuedAt.getTime() && x.id <= e.id))).length;
}

function toEnrolment(e: EnrolmentEntity, all: readonly EnrolmentEntity[]): Enrolment {
  return Object.assign(new Enrolment(), { id: e.id, cohortId: e.cohortId, practitionerId: e.practitionerId, status: e.status, waitingPosition: waitingPosition(e, all) });
}

@Resolver()
export class SchedulingResolver {
  constructor(
    private readonly service: SchedulingService,
    private readonly repository: SchedulingRepository,
  ) {}

  // ---- mapping (batched per call: one query per kind) -----------------------------------------
  private async toSessions(rows: readonly TrainingSessionEntity[], locale: Locale): Promise<TrainingSession[]> {
    const cohorts = new Map((await this.repository.cohortsByIds([...new Set(rows.map((s) => s.cohortId))])).map((c) => [c.id, c]));
    const modules = new Map((await this.repository.modulesByIds([...new Set(rows.map((s) => s.moduleId))])).map((m) => [m.id, m]));
    const venues = new Map((await this.repository.venuesByIds([...new Set(rows.map((s) => s.venueId))])).map((v) => [v.id, v]));
    const users = new Map((await this.repository.users([...new Set(rows.flatMap((s) => s.trainerIds))])).map((u) => [u.id, u]));
    return rows.map((s) => {
      const module = modules.get(s.moduleId);
      const cohort = cohorts.get(s.cohortId);
      return Object.assign(new TrainingSession(), {
        id: s.id,
        cohortId: s.cohortId,
        cohortName: cohort?.name ?? '',
        provinceCode: cohort?.provinceCode ?? '',
        moduleCode: module?.code ?? '',
        moduleTitle: module ? (module.title[locale] ?? module.title.th) : '',
        venueId: s.venueId,
        venueName: venues.get(s.venueId)?.name ?? '',
        trainers: s.trainerIds.map((id) => ({ id, displayName: users.get(id)?.displayName ?? '' })),
        dates: this.service.triDates(s.dates, locale),
        startTime: s.startTime,
        endTime: s.endTime,
        status: s.status,
      });
    });
  }

  private async toCohorts(rows: readonly CohortEntity[], actor: Actor): Promise<Cohort[]> {
    const enrolments = await this.service.enrolmentsOfCohorts(rows.map((c) => c.id));
    const curricula = new Map((await this.repository.curriculaByIds([...new Set(rows.map((c) => c.curriculumId))])).map((c) => [c.id, c.title]));
    const ofCohort = new Map<string, typeof enrolments>();
    for (const e of enrolments) {
      const list = ofCohort.get(e.cohortId);
      if (list) list.push(e);
      else ofCohort.set(e.cohortId, [e]);
    }
    return rows.map((c) => {
      const seats = ofCohort.get(c.id) ?? [];
      const mine = seats.find((e) => e.practitionerId === actor.id);
      return Object.assign(new Cohort(), {
        id: c.id,
        name: c.name,
        curriculumId: c.curriculumId,
        curriculumTitle: curricula.get(c.curriculumId) ?? '',
        provinceCode: c.provinceCode,
        teachingLanguage: c.teachingLanguage,
        capacity: c.capacity,
        enrolled: seats.filter((e) => e.status === EnrolmentStatus.ENROLLED).length,
        waiting: seats.filter((e) => e.status === EnrolmentStatus.WAITING).length,
        myEnrolment: mine ? toEnrolment(mine, enrolments) : null,
      });
    });
  }

  private async toTrainers(rows: readonly TrainerProfileEntity[]): Promise<TrainerProfile[]> {
    const users = new Map((await this.repository.users(rows.map((t) => t.userId))).map((u) => [u.id, u]));
    return rows.map((t) =>
      Object.assign(new TrainerProfile(), {
        userId: t.userId,
        displayName: users.get(t.userId)?.displayName ?? '',
        homeProvinceCode: t.homeProvinceCode,
        moduleCodes: t.moduleCodes,
        availability: t.availability,
        maxLoadHours: t.maxLoadHours,
      }),
    );
  }

  private toVenue(v: VenueEntity): Venue {
    return Object.assign(new Venue(), { id: v.id, provinceCode: v.provinceCode, name: v.name, capacity: v.capacity, availability: v.availability });
  }

  private async toProposal(p: Proposal, locale: Locale): Promise<ScheduleProposal> {
    const users = new Map((await this.repository.users([...new Set(p.result.assignments.flatMap((a) => a.trainerIds))])).map((u) => [u.id, u]));
    const split = (id: string) => {
      const [cohortId, moduleId] = id.split('|') as [string, string];
      const cohort = p.cohorts.get(cohortId);
      const module = p.modules.get(moduleId);
      return {
        cohortId,
        cohortName: cohort?.name ?? '',
        provinceCode: cohort?.provinceCode ?? '',
        moduleCode: module?.code ?? '',
        moduleTitle: module ? (module.title[locale] ?? module.title.th) : '',
      };
    };
    return {
      method: p.result.method,
      objective: p.result.objective.total,
      sessions: p.result.assignments.map((a) => ({
        ...split(a.sessionId),
        venueId: a.venueId,
        venueName: p.venues.get(a.venueId)?.name ?? '',
        trainers: a.trainerIds.map((id) => ({ id, displayName: users.get(id)?.displayName ?? '' })),
        dates: this.service.triDates(a.dates, locale),
        startTime: a.start,
        endTime: a.end,
      })),
      unplaced: p.result.unplaced.map((u) => {
        const { provinceCode: _p, ...rest } = split(u.sessionId);
        return { ...rest, blockers: u.blockers.map((b) => ({ constraint: b.constraint, count: b.count, of: b.of, message: b.message })) };
      }),
    };
  }

  // ---- queries -------------------------------------------------------------------------------
  @Query(() => [Venue])
  async venues(@Args('provinceCode', { type: () => String, nullable: true }) provinceCode: string | null): Promise<Venue[]> {
    return (await this.service.venues(provinceCode)).map((v) => this.toVenue(v));
  }

  @Query(() => [TrainerProfile])
  async trainerProfiles(): Promise<TrainerProfile[]> {
    return this.toTrainers(await this.service.trainers());
  }

  @Query(() => [Cohort])
  async cohorts(
    @CurrentActor() actor: Actor,
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode: string | null,
    @Args('curriculumId', { type: () => ID, nullable: true }) curriculumId: string | null,
  ): Promise<Cohort[]> {
    return this.toCohorts(await this.service.cohorts({ provinceCode, curriculumId }), actor);
  }

  @Query(() => [CohortSuggestion], { description: 'Cohorts in your province and languages, ranked by how much of your own gap they cover' })
  async cohortSuggestions(@CurrentActor() actor: Actor): Promise<CohortSuggestion[]> {
    const rows = await this.service.cohortSuggestions(actor);
    const cohorts = await this.toCohorts(
      rows.map((r) => r.cohort),
      actor,
    );
    return rows.map((r, i) => ({ cohort: cohorts[i]!, gapCovered: r.gapCovered, coveredCompetencies: r.coveredCompetencies }));
  }

  @Query(() => [Enrolment])
  async myEnrolments(@CurrentActor() actor: Actor): Promise<Enrolment[]> {
    const mine = await this.service.myEnrolments(actor);
    const all = await this.service.enrolmentsOfCohorts([...new Set(mine.map((e) => e.cohortId))]);
    return mine.map((e) => toEnrolment(e, all));
  }

  @Query(() => ProvinceCalendarRules)
  async calendarRules(@Args('provinceCode', { type: () => String }) provinceCode: string): Promise<ProvinceCalendarRules> {
    const r = await this.service.calendarRules(provinceCode);
    return { provinceCode: r.provinceCode, ramadanPolicy: r.ramadanPolicy, prayerStart: r.prayerStart, prayerEnd: r.prayerEnd, blackouts: r.blackouts, extraHolidays: r.extraHolidays };
  }

  @Query(() => [TrainingSession], { description: 'Sessions by province (published by default), trainer or cohort' })
  async trainingSessions(
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode: string | null,
    @Args('trainerId', { type: () => ID, nullable: true }) trainerId: string | null,
    @Args('cohortId', { type: () => ID, nullable: true }) cohortId: string | null,
    @Args('status', { type: () => SessionStatus, nullable: true }) status: SessionStatus | null,
  ): Promise<TrainingSession[]> {
    return this.toSessions(await this.service.sessions(actor, { provinceCode, trainerId, cohortId, status }), ctx.locale);
  }

  @Query(() => [TrainingSession], { description: 'Your own sessions: as a trainer, or in cohorts you hold a seat in' })
  async mySessions(@CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<TrainingSession[]> {
    return this.toSessions(await this.service.mySessions(actor), ctx.locale);
  }

  @Query(() => ScheduleProposal, { description: 'The scheduler’s plan for these cohorts in this window, with why any session found no place' })
  async proposeSchedule(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args('input') input: ScheduleRequestInput): Promise<ScheduleProposal> {
    return this.toProposal(await this.service.proposeSchedule(actor, input), ctx.locale);
  }

  // ---- mutations -----------------------------------------------------------------------------
  @Mutation(() => Venue)
  async saveVenue(@CurrentActor() actor: Actor, @Args('input') input: SaveVenueInput): Promise<Venue> {
    return this.toVenue(await this.service.saveVenue(actor, input));
  }

  @Mutation(() => TrainerProfile)
  async saveTrainerProfile(@CurrentActor() actor: Actor, @Args('input') input: SaveTrainerProfileInput): Promise<TrainerProfile> {
    const [t] = await this.toTrainers([await this.service.saveTrainerProfile(actor, input)]);
    return t!;
  }

  @Mutation(() => Cohort)
  async saveCohort(@CurrentActor() actor: Actor, @Args('input') input: SaveCohortInput): Promise<Cohort> {
    const [c] = await this.toCohorts([await this.service.saveCohort(actor, input)], actor);
    return c!;
  }

  @Mutation(() => ProvinceCalendarRules)
  async saveCalendarRules(@CurrentActor() actor: Actor, @Args('input') input: SaveCalendarRulesInput): Promise<ProvinceCalendarRules> {
    const r = await this.service.saveCalendarRules(actor, input);
    return { provinceCode: r.provinceCode, ramadanPolicy: r.ramadanPolicy, prayerStart: r.prayerStart, prayerEnd: r.prayerEnd, blackouts: r.blackouts, extraHolidays: r.extraHolidays };
  }

  @Mutation(() => [TrainingSession], { description: 'Stores the scheduler’s plan as DRAFT sessions (replacing the cohorts’ drafts)' })
  async applySchedule(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args('input') input: ScheduleRequestInput): Promise<TrainingSession[]> {
    return this.toSessions(await this.service.applySchedule(actor, input), ctx.locale);
  }

  @Mutation(() => [TrainingSession])
  async publishSessions(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args('ids', { type: () => [ID] }) ids: string[]): Promise<TrainingSession[]> {
    return this.toSessions(await this.service.publishSessions(actor, ids), ctx.locale);
  }

  @Mutation(() => TrainingSession, { description: 'A manual edit, refused (BAD_USER_INPUT naming the rule) when it breaks a scheduling rule' })
  async updateSession(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args('input') input: UpdateSessionInput): Promise<TrainingSession> {
    const [s] = await this.toSessions([await this.service.updateSession(actor, input)], ctx.locale);
    return s!;
  }

  @Mutation(() => Enrolment, { description: 'A seat, or a place on the waiting list; enrolling twice changes nothing' })
  async enrol(@CurrentActor() actor: Actor, @Args('input') input: EnrolInput): Promise<Enrolment> {
    const e = await this.service.enrol(actor, input);
    return toEnrolment(e, await this.service.enrolmentsOfCohorts([e.cohortId]));
  }

  @Mutation(() => Enrolment, { nullable: true, description: 'Frees the seat; returns whoever was promoted from the waiting list, if anyone' })
  async withdraw(@CurrentActor() actor: Actor, @Args('input') input: EnrolInput): Promise<Enrolment | null> {
    const { promoted } = await this.service.withdraw(actor, input);
    return promoted ? toEnrolment(promoted, []) : null;
  }

  @Mutation(() => CalendarFeedToken, { description: 'A new personal calendar-feed token; the old one stops working' })
  async rotateCalendarToken(@CurrentActor() actor: Actor): Promise<CalendarFeedToken> {
    const token = await this.service.rotateCalendarToken(actor);
    return { token, path: `/calendar/me.ics?token=${encodeURIComponent(token)}` };
  }
}
