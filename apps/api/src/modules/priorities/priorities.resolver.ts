import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import { LocalizedText } from '../../graphql/localized-text.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { UserLoader } from '../accounts/accounts.loaders.js';
import { AddGapCommentArgs, GapCommentsArgs, RouteNeedArgs, SetMyVotesArgs, SetPriorityWeightArgs } from './dto/priorities.args.js';
import type { GapCommentEntity, GapRouteEntity, PrioritySettingEntity } from './entities/priorities.entity.js';
import {
  CommentAuthor,
  GapComment,
  GapCommentPage,
  GapPriorities,
  GapPriority,
  GapRoute,
  MyVote,
  MyVotes,
  PrioritySettings,
  PriorityWhy,
} from './models/priorities.model.js';
import { PrioritiesService, type MyVoteAllocation, type PriorityBoard } from './priorities.service.js';

function toMyVotes(a: MyVoteAllocation): MyVotes {
  return Object.assign(new MyVotes(), { ...a, votes: a.votes.map((v) => Object.assign(new MyVote(), v)) });
}

function toComment(c: GapCommentEntity): GapComment {
  return Object.assign(new GapComment(), {
    id: c.id,
    campaignId: c.campaignId,
    competencyCode: c.competencyCode,
    body: c.body,
    createdAt: c.createdAt,
    authorId: c.authorId,
  });
}

function toBoard(board: PriorityBoard): GapPriorities {
  return Object.assign(new GapPriorities(), {
    ...board,
    items: board.items.map((p) =>
      Object.assign(new GapPriority(), {
        competencyCode: p.competencyCode,
        domainCode: p.domainCode,
        competencyName: LocalizedText.from(p.competencyName),
        indexValue: p.indexValue,
        indexRank: p.indexRank,
        votes: p.votes,
        myVotes: p.myVotes,
        blended: p.blended,
        rank: p.rank,
        why: Object.assign(new PriorityWhy(), {
          primaryIndex: p.primaryIndex,
          indexValue: p.indexValue,
          indexRank: p.indexRank,
          indexRanked: p.indexRanked,
          normalisedIndex: p.normalisedIndex,
          votes: p.votes,
          voteRank: p.voteRank,
          totalVotes: p.totalVotes,
          voteShare: p.voteShare,
          normalisedVotes: p.normalisedVotes,
          weight: p.weight,
          blended: p.blended,
          rank: p.rank,
          ranked: p.ranked,
        }),
        route: p.route,
        routeNote: p.routeNote,
        routedAt: p.routedAt,
        commentCount: p.commentCount,
      }),
    ),
  });
}

@Resolver()
export class PrioritiesResolver {
  constructor(private readonly service: PrioritiesService) {}

  @Query(() => GapPriorities, { description: 'A campaign’s gaps ranked by the blended priority, with the reason for every rank' })
  async gapPriorities(@CurrentActor() actor: Actor, @Args('campaignId', { type: () => ID }) campaignId: string, @Context() ctx: RequestContext): Promise<GapPriorities> {
    return toBoard(await this.service.priorities(actor, campaignId, ctx.locale));
  }

  @Query(() => MyVotes, { description: 'My dot-vote allocation for a campaign and the budget left' })
  async myVotes(@CurrentActor() actor: Actor, @Args('campaignId', { type: () => ID }) campaignId: string): Promise<MyVotes> {
    return toMyVotes(await this.service.myVotes(actor, campaignId));
  }

  @Mutation(() => MyVotes, { description: 'Replaces my whole dot-vote allocation for a campaign (idempotent); the budget is enforced' })
  async setMyVotes(@CurrentActor() actor: Actor, @Args() args: SetMyVotesArgs): Promise<MyVotes> {
    return toMyVotes(await this.service.setMyVotes(actor, args));
  }

  @Query(() => GapCommentPage, { description: 'One page of the comment thread on a gap, oldest first' })
  async gapComments(@CurrentActor() actor: Actor, @Args() args: GapCommentsArgs): Promise<GapCommentPage> {
    const page = await this.service.comments(actor, args);
    return Object.assign(new GapCommentPage(), { items: page.items.map(toComment), total: page.total, offset: args.offset, limit: args.limit });
  }

  @Mutation(() => GapComment)
  async addGapComment(@CurrentActor() actor: Actor, @Args() args: AddGapCommentArgs): Promise<GapComment> {
    return toComment(await this.service.addComment(actor, args));
  }

  @Mutation(() => Boolean, { description: 'Removes a comment: its author, a coordinator of the campaign or an admin' })
  deleteGapComment(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.deleteComment(actor, id);
  }

  @Mutation(() => PrioritySettings, { description: 'Coordinator of the campaign’s provinces or admin: the weight of the index in the blended priority' })
  async setPriorityWeight(@CurrentActor() actor: Actor, @Args() args: SetPriorityWeightArgs): Promise<PrioritySettings> {
    const s: PrioritySettingEntity = await this.service.setWeight(actor, args);
    return Object.assign(new PrioritySettings(), { campaignId: s.campaignId, weight: s.weight, maxVotesPerGap: s.maxVotesPerGap });
  }

  @Mutation(() => GapRoute, { description: 'Coordinators and admins: route a need to training, organisational or policy action' })
  async routeNeed(@CurrentActor() actor: Actor, @Args() args: RouteNeedArgs): Promise<GapRoute> {
    const r: GapRouteEntity = await this.service.routeNeed(actor, args);
    return Object.assign(new GapRoute(), { campaignId: r.campaignId, competencyCode: r.competencyCode, route: r.route, note: r.note, routedAt: r.routedAt });
  }
}

@Resolver(() => GapComment)
export class GapCommentResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => CommentAuthor, { nullable: true, description: 'Null once the author’s account was erased' })
  async author(@Parent() comment: GapComment, @Context() ctx: RequestContext): Promise<CommentAuthor | null> {
    if (!comment.authorId) return null;
    const user = await ctx.loaders.get(this.users).load(comment.authorId);
    return user ? Object.assign(new CommentAuthor(), { id: user.id, displayName: user.displayName, role: user.role }) : null;
  }
}
