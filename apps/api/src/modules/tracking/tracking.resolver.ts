import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { AddCompetencyEvidenceInput, CompletionDashboardArgs, GapClosureArgs, SubmitReassessmentInput, TrainingFunnelArgs } from './dto/tracking.input.js';
import {
  CompetencyHistoryEntry,
  CompletionDashboard,
  EvidenceRoster,
  GapClosure,
  Reassessment,
  TrainingFunnel,
  type CompetencyRatingKind,
  type FunnelStageName,
} from './models/tracking.model.js';
import { TrackingService, type HistoryEntry } from './tracking.service.js';

const toEntry = (e: HistoryEntry): CompetencyHistoryEntry => Object.assign(new CompetencyHistoryEntry(), { ...e, kind: e.kind as CompetencyRatingKind });

/** Competency tracking: thin; rules and authorisation are in TrackingService. */
@Resolver()
export class TrackingResolver {
  constructor(private readonly service: TrackingService) {}

  @Query(() => [CompetencyHistoryEntry], { description: 'Every rating you have, newest first: campaign ratings (SELF/IMPORTED) and re-assessments and trainer evidence' })
  async myCompetencyHistory(@CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<CompetencyHistoryEntry[]> {
    return (await this.service.history(actor, ctx.locale)).map(toEntry);
  }

  @Query(() => [Reassessment], { description: 'Curricula you hold a seat in, with the competencies to re-assess' })
  async myReassessments(@CurrentActor() actor: Actor, @Context() ctx: RequestContext): Promise<Reassessment[]> {
    return (await this.service.reassessments(actor, ctx.locale)).map((r) => Object.assign(new Reassessment(), r));
  }

  @Query(() => EvidenceRoster, { description: 'The people and competencies of a cohort, for trainer evidence' })
  async evidenceRoster(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args('cohortId', { type: () => ID }) cohortId: string): Promise<EvidenceRoster> {
    return Object.assign(new EvidenceRoster(), await this.service.roster(actor, cohortId, ctx.locale));
  }

  @Query(() => GapClosure, { description: 'Pre vs post per competency and group; coordinators (their provinces) and admins' })
  async gapClosure(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args() args: GapClosureArgs): Promise<GapClosure> {
    const c = await this.service.gapClosure(actor, args, ctx.locale);
    return Object.assign(new GapClosure(), {
      campaignId: c.campaignId,
      curriculumId: c.curriculumId,
      groupBy: c.groupBy,
      postRule: args.postRule,
      primaryIndex: c.primaryIndex,
      minGroupSize: c.minGroupSize,
      groups: c.groups,
    });
  }

  @Query(() => CompletionDashboard, { description: 'Completion rate per group of a curriculum’s enrolled people; coordinators (their provinces) and admins' })
  async completionDashboard(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args() args: CompletionDashboardArgs): Promise<CompletionDashboard> {
    const c = await this.service.completion(actor, args.curriculumId, args.groupBy, ctx.locale);
    return Object.assign(new CompletionDashboard(), { curriculumId: c.curriculum.id, groupBy: c.groupBy, minGroupSize: c.minGroupSize, groups: c.groups });
  }

  @Query(() => TrainingFunnel, { description: 'assessed → enrolled → attended → completed → improved; coordinators (their provinces) and admins' })
  async trainingFunnel(@CurrentActor() actor: Actor, @Args() args: TrainingFunnelArgs): Promise<TrainingFunnel> {
    const f = await this.service.funnel(actor, args.curriculumId, args.provinceCode ?? null);
    return Object.assign(new TrainingFunnel(), {
      curriculumId: f.curriculum.id,
      provinceCode: f.provinceCode,
      minGroupSize: f.minGroupSize,
      people: f.people,
      suppressed: f.suppressed,
      stages: f.stages.map((s) => ({ ...s, stage: s.stage as FunnelStageName })),
    });
  }

  @Mutation(() => [CompetencyHistoryEntry], { description: 'Your re-assessment after a curriculum you hold a seat in; stored as new ratings, never overwriting' })
  async submitReassessment(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args('input') input: SubmitReassessmentInput): Promise<CompetencyHistoryEntry[]> {
    return (await this.service.submitReassessment(actor, input, ctx.locale)).map(toEntry);
  }

  @Mutation(() => CompetencyHistoryEntry, { description: 'A trainer’s verified level with evidence, for someone enrolled in a cohort they teach' })
  async addCompetencyEvidence(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args('input') input: AddCompetencyEvidenceInput): Promise<CompetencyHistoryEntry> {
    return toEntry(await this.service.addEvidence(actor, input, ctx.locale));
  }
}
