import { Injectable } from '@nestjs/common';
import {
  blendPriorities,
  effectiveRule,
  prioritisedGapWeights,
  mayDo,
  remainingVotes,
  voteAllocationProblems,
  type Actor,
  type BlendedPriority,
  type PrimaryIndex,
  type VoteRule,
} from '@ruamsang/domain';
import { GapGrouping, type Instrument, type Locale } from '@ruamsang/shared';
import { DomainError, ErrorCode, type FieldProblem } from '../../common/errors.js';
import type { LocalizedTextValue } from '../../graphql/localized-text.js';
import type { CampaignEntity } from '../assessments/entities/campaign.entity.js';
import { FrameworksRepository } from '../frameworks/frameworks.repository.js';
import { AuditService } from '../privacy/audit.service.js';
import { GapsService, type Analysis } from '../gaps/gaps.service.js';
import { CampaignAccess } from './campaign-access.js';
import type { AddGapCommentArgs, GapCommentsArgs, RouteNeedArgs, SetMyVotesArgs, SetPriorityWeightArgs } from './dto/priorities.args.js';
import type { GapCommentEntity, GapRouteEntity, NeedRoute, PrioritySettingEntity } from './entities/priorities.entity.js';
import { PriorityMessages } from './priorities.errors.js';
import { PrioritiesRepository } from './priorities.repository.js';

export const DEFAULT_PRIORITY_WEIGHT = 0.5;
/** A voter id no one has, for tallies that need no "mine". */
const NOBODY = '00000000-0000-0000-0000-000000000000';

export interface PrioritisedGap extends BlendedPriority {
  readonly domainCode: string;
  readonly competencyName: LocalizedTextValue;
  readonly myVotes: number;
  readonly route: NeedRoute | null;
  readonly routeNote: string | null;
  readonly routedAt: Date | null;
  readonly commentCount: number;
}

export interface PriorityBoard {
  readonly campaignId: string;
  readonly instrument: Instrument;
  readonly primaryIndex: PrimaryIndex;
  readonly weight: number;
  readonly voteBudget: number;
  readonly maxVotesPerGap: number;
  readonly myVotesUsed: number;
  readonly myVotesRemaining: number;
  readonly canVote: boolean;
  readonly canManage: boolean;
  readonly indexSuppressed: boolean;
  readonly items: PrioritisedGap[];
}

export interface MyVoteAllocation {
  readonly campaignId: string;
  readonly budget: number;
  readonly maxVotesPerGap: number;
  readonly used: number;
  readonly remaining: number;
  readonly votes: { competencyCode: string; votes: number }[];
}

@Injectable()
export class PrioritiesService {
  constructor(
    private readonly repository: PrioritiesRepository,
    private readonly access: CampaignAccess,
    private readonly frameworks: FrameworksRepository,
    private readonly gaps: GapsService,
    private readonly audit: AuditService,
  ) {}

  private ruleOf(campaign: CampaignEntity, settings: PrioritySettingEntity | null): VoteRule {
    return effectiveRule(campaign.voteBudget, settings?.maxVotesPerGap);
  }

  /**
   * The campaign's gaps ranked by the blended priority. Index figures come from the ALL group of
   * the gap analysis (maintained rollups), so a suppressed ALL group contributes no index at all;
   * votes and comment counts are aggregated in SQL. A fixed number of statements per request.
   */
  async priorities(actor: Actor, campaignId: string, locale: Locale): Promise<PriorityBoard> {
    const campaign = await this.access.visibleCampaign(actor, campaignId);
    const [analysis, competencies, tallies, commentCounts, routes, settings] = await Promise.all([
      this.gaps.analyse(campaign.id, GapGrouping.ALL, locale),
      this.frameworks.competenciesOf([campaign.frameworkId]),
      this.repository.voteTallies(campaign.id, actor.id),
      this.repository.commentCounts(campaign.id),
      this.repository.routes(campaign.id),
      this.repository.settings(campaign.id),
    ]);
    const domains = new Map((await this.frameworks.domainsOf([campaign.frameworkId])).map((d) => [d.id, d.code]));
    const all = analysis.groups.find((g) => g.key === 'ALL');
    const indexSuppressed = !all || all.suppressed;
    const primaryIndex = analysis.primaryIndex as PrimaryIndex;
    const figures = new Map((indexSuppressed ? [] : all.figures).map((f) => [f.competencyCode, f[primaryIndex]]));
    const tally = new Map(tallies.map((t) => [t.competencyCode, t]));
    const routeOf = new Map<string, GapRouteEntity>(routes.map((r) => [r.competencyCode, r]));
    const weight = settings?.weight ?? DEFAULT_PRIORITY_WEIGHT;
    const blended = blendPriorities(
      competencies.map((c) => ({ competencyCode: c.code, indexValue: figures.get(c.code) ?? null, votes: tally.get(c.code)?.total ?? 0 })),
      weight,
      primaryIndex,
    );
    const rule = this.ruleOf(campaign, settings);
    const used = tallies.reduce((sum, t) => sum + t.mine, 0);
    const items = blended.map((p, i): PrioritisedGap => {
      const competency = competencies[i];
      const route = routeOf.get(p.competencyCode);
      return {
        ...p,
        domainCode: (competency && domains.get(competency.domainId)) ?? '',
        competencyName: competency?.name ?? { th: p.competencyCode },
        myVotes: tally.get(p.competencyCode)?.mine ?? 0,
        route: route?.route ?? null,
        routeNote: route?.note ?? null,
        routedAt: route?.routedAt ?? null,
        commentCount: commentCounts.get(p.competencyCode) ?? 0,
      };
    });
    // Highest priority first; ties keep framework order.
    items.sort((a, b) => a.rank - b.rank);
    return {
      campaignId: campaign.id,
      instrument: campaign.instrument,
      primaryIndex,
      weight,
      voteBudget: rule.budget,
      maxVotesPerGap: rule.maxPerGap,
      myVotesUsed: used,
      myVotesRemaining: Math.max(0, rule.budget - used),
      canVote: mayDo(actor.role, 'VOTE'),
      canManage: mayDo(actor.role, 'SET_PRIORITY_WEIGHT') && this.access.manages(actor, campaign),
      indexSuppressed,
      items,
    };
  }

  /**
   * The prioritised gap weight of every competency of a campaign (its blended priority, ≥ 0),
   * for curriculum gap coverage. Reads the same inputs as `gapPriorities` (ALL-group index with
   * suppression, vote totals, the coordinator's weight), and hands back the ALL-group analysis it
   * was computed from so callers need not analyse again. No caller check: the caller authorises.
   */
  async gapWeights(campaignId: string): Promise<{ weights: Map<string, number>; analysis: Analysis }> {
    const campaign = await this.access.campaign(campaignId);
    const [analysis, competencies, tallies, settings] = await Promise.all([
      this.gaps.analyse(campaign.id, GapGrouping.ALL, 'en'),
      this.frameworks.competenciesOf([campaign.frameworkId]),
      this.repository.voteTallies(campaign.id, NOBODY),
      this.repository.settings(campaign.id),
    ]);
    const all = analysis.groups.find((g) => g.key === 'ALL');
    const index = analysis.primaryIndex as PrimaryIndex;
    const figures = new Map((!all || all.suppressed ? [] : all.figures).map((f) => [f.competencyCode, f[index]]));
    const votes = new Map(tallies.map((t) => [t.competencyCode, t.total]));
    const weights = prioritisedGapWeights(
      competencies.map((c) => ({ competencyCode: c.code, indexValue: figures.get(c.code) ?? null, votes: votes.get(c.code) ?? 0 })),
      settings?.weight ?? DEFAULT_PRIORITY_WEIGHT,
    );
    return { weights, analysis };
  }

  async myVotes(actor: Actor, campaignId: string): Promise<MyVoteAllocation> {
    const campaign = await this.access.visibleCampaign(actor, campaignId);
    const [settings, votes] = await Promise.all([this.repository.settings(campaign.id), this.repository.myVotes(campaign.id, actor.id)]);
    return this.allocationOf(campaign, settings, votes);
  }

  private allocationOf(campaign: CampaignEntity, settings: PrioritySettingEntity | null, votes: readonly { competencyCode: string; votes: number }[]): MyVoteAllocation {
    const rule = this.ruleOf(campaign, settings);
    const used = votes.reduce((sum, v) => sum + v.votes, 0);
    return {
      campaignId: campaign.id,
      budget: rule.budget,
      maxVotesPerGap: rule.maxPerGap,
      used,
      remaining: remainingVotes(votes, rule.budget),
      votes: votes.map((v) => ({ competencyCode: v.competencyCode, votes: v.votes })),
    };
  }

  /** Replaces my whole allocation (idempotent). Practitioners and trainers only, within the campaigns they see. */
  async setMyVotes(actor: Actor, args: SetMyVotesArgs): Promise<MyVoteAllocation> {
    if (!mayDo(actor.role, 'VOTE')) throw DomainError.forbidden(PriorityMessages['priorities.cannotVote']);
    const campaign = await this.access.visibleCampaign(actor, args.campaignId);
    const [settings, competencies] = await Promise.all([this.repository.settings(campaign.id), this.frameworks.competenciesOf([campaign.frameworkId])]);
    const rule = this.ruleOf(campaign, settings);
    const problems: FieldProblem[] = voteAllocationProblems(args.votes, rule, new Set(competencies.map((c) => c.code))).map((p) => ({
      field: p.field,
      reason: PriorityMessages[`priorities.${p.reason}`],
      params: p.params,
    }));
    const first = problems[0];
    if (first) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, PriorityMessages['priorities.voteProblem'], { field: first.field, detailKey: first.reason }, problems);
    }
    await this.repository.replaceVotes(campaign.id, actor.id, args.votes);
    await this.audit.record(null, { actorId: actor.id, action: 'UPDATE', entity: 'gap_vote', entityId: campaign.id, subjectId: actor.id, fields: ['votes'] });
    return this.allocationOf(
      campaign,
      settings,
      args.votes.filter((v) => v.votes > 0).sort((a, b) => a.competencyCode.localeCompare(b.competencyCode)),
    );
  }

  private async assertCompetency(campaign: CampaignEntity, code: string): Promise<void> {
    const competencies = await this.frameworks.competenciesOf([campaign.frameworkId]);
    if (!competencies.some((c) => c.code === code)) throw DomainError.badInput('competencyCode', PriorityMessages['priorities.unknownCompetency'], { code });
  }

  async addComment(actor: Actor, args: AddGapCommentArgs): Promise<GapCommentEntity> {
    const campaign = await this.access.visibleCampaign(actor, args.campaignId);
    await this.assertCompetency(campaign, args.competencyCode);
    const body = args.body.trim();
    if (!body) throw DomainError.badInput('body', PriorityMessages['priorities.blankComment']);
    const comment = await this.repository.addComment({ campaignId: campaign.id, competencyCode: args.competencyCode, authorId: actor.id, body });
    await this.audit.record(null, { actorId: actor.id, action: 'CREATE', entity: 'gap_comment', entityId: comment.id, subjectId: actor.id, fields: ['body'] });
    return comment;
  }

  async comments(actor: Actor, args: GapCommentsArgs): Promise<{ items: GapCommentEntity[]; total: number }> {
    const campaign = await this.access.visibleCampaign(actor, args.campaignId);
    return this.repository.comments(campaign.id, args.competencyCode, args.offset, args.limit);
  }

  /** The author, or whoever manages the campaign, may remove a comment. */
  async deleteComment(actor: Actor, id: string): Promise<boolean> {
    const comment = await this.repository.findComment(id);
    if (!comment) throw DomainError.notFound(PriorityMessages['priorities.commentNotFound']);
    const campaign = await this.access.campaign(comment.campaignId);
    const mayDelete = comment.authorId === actor.id || (mayDo(actor.role, 'ROUTE_NEED') && this.access.manages(actor, campaign));
    if (!mayDelete) throw DomainError.forbidden(PriorityMessages['priorities.cannotDeleteComment']);
    await this.repository.deleteComment(id);
    await this.audit.record(null, { actorId: actor.id, action: 'DELETE', entity: 'gap_comment', entityId: id, subjectId: comment.authorId, fields: ['body'] });
    return true;
  }

  async setWeight(actor: Actor, args: SetPriorityWeightArgs): Promise<PrioritySettingEntity> {
    const campaign = await this.access.managedCampaign(actor, args.campaignId, 'SET_PRIORITY_WEIGHT');
    const current = await this.repository.settings(campaign.id);
    const cap = args.maxVotesPerGap ?? current?.maxVotesPerGap ?? effectiveRule(campaign.voteBudget, null).maxPerGap;
    return this.repository.saveSettings(campaign.id, args.weight, cap, actor.id);
  }

  async routeNeed(actor: Actor, args: RouteNeedArgs): Promise<GapRouteEntity> {
    const campaign = await this.access.managedCampaign(actor, args.campaignId, 'ROUTE_NEED');
    await this.assertCompetency(campaign, args.competencyCode);
    return this.repository.saveRoute(campaign.id, args.competencyCode, args.route, args.note?.trim() || null, actor.id);
  }
}
