import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Instrument, Role } from '@ruamsang/shared';
import { LocalizedText } from '../../../graphql/localized-text.js';
import { NeedRoute } from '../entities/priorities.entity.js';

registerEnumType(NeedRoute, { name: 'NeedRoute', description: 'Individual (training), organisational or policy (enabling environment) action' });

@ObjectType({ description: 'Why a gap has its rank, as figures the screen puts into words' })
export class PriorityWhy {
  @Field(() => String, { description: 'mwds, pniModified or meanGap' }) primaryIndex!: string;
  @Field(() => Float, { nullable: true, description: 'Null when nobody rated it or the ALL group is suppressed' }) indexValue!: number | null;
  @Field(() => Int, { nullable: true }) indexRank!: number | null;
  @Field(() => Int, { description: 'Competencies with an index' }) indexRanked!: number;
  @Field(() => Float) normalisedIndex!: number;
  @Field(() => Int) votes!: number;
  @Field(() => Int, { nullable: true, description: 'Rank by votes among gaps with votes; null without votes' }) voteRank!: number | null;
  @Field(() => Int) totalVotes!: number;
  @Field(() => Float) voteShare!: number;
  @Field(() => Float) normalisedVotes!: number;
  @Field(() => Float) weight!: number;
  @Field(() => Float) blended!: number;
  @Field(() => Int) rank!: number;
  @Field(() => Int, { description: 'Competencies ranked' }) ranked!: number;
}

@ObjectType({ description: 'One gap (campaign × competency) as participants prioritise it' })
export class GapPriority {
  @Field(() => String) competencyCode!: string;
  @Field(() => String) domainCode!: string;
  @Field(() => LocalizedText) competencyName!: LocalizedText;
  @Field(() => Float, { nullable: true }) indexValue!: number | null;
  @Field(() => Int, { nullable: true }) indexRank!: number | null;
  @Field(() => Int) votes!: number;
  @Field(() => Int, { description: 'My dots on this gap' }) myVotes!: number;
  @Field(() => Float, { description: 'In [0, 1]' }) blended!: number;
  @Field(() => Int, { description: 'Ties share a rank' }) rank!: number;
  @Field(() => PriorityWhy) why!: PriorityWhy;
  @Field(() => NeedRoute, { nullable: true }) route!: NeedRoute | null;
  @Field(() => String, { nullable: true }) routeNote!: string | null;
  @Field(() => Date, { nullable: true }) routedAt!: Date | null;
  @Field(() => Int) commentCount!: number;
}

@ObjectType()
export class GapPriorities {
  @Field(() => ID) campaignId!: string;
  @Field(() => Instrument) instrument!: Instrument;
  @Field(() => String) primaryIndex!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Int) voteBudget!: number;
  @Field(() => Int) maxVotesPerGap!: number;
  @Field(() => Int) myVotesUsed!: number;
  @Field(() => Int) myVotesRemaining!: number;
  @Field(() => Boolean, { description: 'Whether I may place votes (practitioners and trainers)' }) canVote!: boolean;
  @Field(() => Boolean, { description: 'Whether I may set the weight and route needs' }) canManage!: boolean;
  @Field(() => Boolean, { description: 'The ALL group is below the minimum group size: no index figures' }) indexSuppressed!: boolean;
  @Field(() => [GapPriority], { description: 'Highest priority first' }) items!: GapPriority[];
}

@ObjectType()
export class MyVote {
  @Field(() => String) competencyCode!: string;
  @Field(() => Int) votes!: number;
}

@ObjectType()
export class MyVotes {
  @Field(() => ID) campaignId!: string;
  @Field(() => Int) budget!: number;
  @Field(() => Int) maxVotesPerGap!: number;
  @Field(() => Int) used!: number;
  @Field(() => Int) remaining!: number;
  @Field(() => [MyVote]) votes!: MyVote[];
}

@ObjectType({ description: 'Who wrote a comment: a name and role only' })
export class CommentAuthor {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: Role;
}

@ObjectType()
export class GapComment {
  @Field(() => ID) id!: string;
  @Field(() => ID) campaignId!: string;
  @Field(() => String) competencyCode!: string;
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;
  /** Resolved through a DataLoader; null once the author was erased. */
  authorId!: string | null;
}

@ObjectType()
export class GapCommentPage {
  @Field(() => [GapComment]) items!: GapComment[];
  @Field(() => Int) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
}

@ObjectType()
export class PrioritySettings {
  @Field(() => ID) campaignId!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Int) maxVotesPerGap!: number;
}

@ObjectType()
export class GapRoute {
  @Field(() => ID) campaignId!: string;
  @Field(() => String) competencyCode!: string;
  @Field(() => NeedRoute) route!: NeedRoute;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => Date) routedAt!: Date;
}
