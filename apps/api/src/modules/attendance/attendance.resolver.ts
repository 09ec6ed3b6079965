import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { AttendanceService } from './attendance.service.js';
import { CorrectAttendanceInput, MarkAttendanceInput, SetCompletionRuleInput } from './dto/attendance.input.js';
import {
  AttendanceCorrection,
  AttendanceMark,
  Certificate,
  CheckInCode,
  CheckInResult,
  CompletionProgress,
  CompletionRule,
  SessionRoster,
} from './models/attendance.model.js';

/** The origin the check-in QR code points at when PUBLIC_WEB_URL is not set. */
function requestOrigin(ctx: RequestContext): string {
  const host = ctx.req.get('x-forwarded-host') ?? ctx.req.get('host') ?? 'localhost';
  const proto = ctx.req.get('x-forwarded-proto') ?? ctx.req.protocol;
  return `${proto}://${host}`;
}

/** Attendance, completion and certificates: thin; rules and authorisation are in AttendanceService. */
@Resolver()
export class AttendanceResolver {
  constructor(private readonly service: AttendanceService) {}

  @Query(() => SessionRoster, { description: 'One session day’s roster; the session’s trainers, coordinators of its province, admins' })
  async sessionRoster(
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('sessionDate', { type: () => String }) sessionDate: string,
  ): Promise<SessionRoster> {
    return Object.assign(new SessionRoster(), await this.service.roster(actor, sessionId, sessionDate, ctx.locale));
  }

  @Query(() => [AttendanceCorrection], { description: 'Every logged change of the session’s marks, newest first' })
  async attendanceCorrections(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }) sessionId: string): Promise<AttendanceCorrection[]> {
    return (await this.service.corrections(actor, sessionId)).map((c) => Object.assign(new AttendanceCorrection(), c));
  }

  @Query(() => CheckInCode, { description: 'The check-in code and QR of one session day' })
  async sessionCheckInCode(
    @CurrentActor() actor: Actor,
    @Context() ctx: RequestContext,
    @Args('sessionId', { type: () => ID }) sessionId: string,
    @Args('sessionDate', { type: () => String }) sessionDate: string,
  ): Promise<CheckInCode> {
    return Object.assign(new CheckInCode(), await this.service.checkInCode(actor, sessionId, sessionDate, requestOrigin(ctx)));
  }

  @Query(() => CompletionRule, { description: 'A curriculum’s completion rule (80 % / no post-assessment when none is stored)' })
  async completionRule(@Args('curriculumId', { type: () => ID }) curriculumId: string): Promise<CompletionRule> {
    return Object.assign(new CompletionRule(), await this.service.completionRule(curriculumId));
  }

  @Query(() => [CompletionProgress], { description: 'Each SEATED person’s progress; the cohort’s trainers, coordinators of its province, admins' })
  async cohortProgress(@CurrentActor() actor: Actor, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<CompletionProgress[]> {
    return (await this.service.cohortProgress(actor, cohortId)).map((p) => Object.assign(new CompletionProgress(), p));
  }

  @Query(() => [Certificate], { description: 'Your certificates (not revoked)' })
  async myCertificates(@CurrentActor() actor: Actor): Promise<Certificate[]> {
    return (await this.service.myCertificates(actor)).map((c) => Object.assign(new Certificate(), c));
  }

  @Mutation(() => SessionRoster, { description: 'Marks a session day; a retried clientBatchId is answered, not re-applied' })
  async markAttendance(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args('input') input: MarkAttendanceInput): Promise<SessionRoster> {
    return Object.assign(new SessionRoster(), await this.service.markAttendance(actor, input, ctx.locale));
  }

  @Mutation(() => AttendanceMark, { description: 'Changes one mark, with a reason (logged)' })
  async correctAttendance(@CurrentActor() actor: Actor, @Args('input') input: CorrectAttendanceInput): Promise<AttendanceMark> {
    return Object.assign(new AttendanceMark(), await this.service.correctAttendance(actor, input));
  }

  @Mutation(() => CheckInResult, { description: 'A practitioner’s check-in with a session day’s code' })
  async checkIn(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args('code', { type: () => String }) code: string): Promise<CheckInResult> {
    return Object.assign(new CheckInResult(), await this.service.checkIn(actor, code, ctx.locale));
  }

  @Mutation(() => CompletionRule, { description: 'Sets a curriculum’s completion rule and recomputes its completions' })
  async setCompletionRule(@CurrentActor() actor: Actor, @Args('input') input: SetCompletionRuleInput): Promise<CompletionRule> {
    return Object.assign(new CompletionRule(), await this.service.setCompletionRule(actor, input));
  }
}
