import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CompetencyRatingSource } from '../entities/competency-rating.entity.js';
import { GapClosureGrouping, CompletionGrouping, PostRatingRuleName } from '../dto/tracking.input.js';

export enum CompetencyRatingKind {
  /** A rating in a needs-assessment campaign (the "pre" of gap closure). */
  NEEDS_ASSESSMENT = 'NEEDS_ASSESSMENT',
  /** A re-assessment or trainer evidence after a curriculum (`competency_rating`). */
  TRACKING = 'TRACKING',
}
registerEnumType(CompetencyRatingKind, { name: 'CompetencyRatingKind' });

export enum FunnelStageName {
  ASSESSED = 'ASSESSED',
  ENROLLED = 'ENROLLED',
  ATTENDED = 'ATTENDED',
  COMPLETED = 'COMPLETED',
  IMPROVED = 'IMPROVED',
}
registerEnumType(FunnelStageName, { name: 'FunnelStageName' });

@ObjectType({ description: 'One rating in a practitioner’s history: nothing is ever overwritten, each keeps its source and date' })
export class CompetencyHistoryEntry {
  @Field(() => ID) id!: string;
  @Field(() => CompetencyRatingKind) kind!: CompetencyRatingKind;
  @Field(() => CompetencyRatingSource) source!: CompetencyRatingSource;
  @Field(() => String) competencyCode!: string;
  @Field(() => String) competencyName!: string;
  @Field(() => Int, { description: 'Current ability (C)' }) level!: number;
  @Field(() => Int, { nullable: true, description: 'Importance / desired level (T), when given' }) target!: number | null;
  @Field(() => String, { nullable: true, description: 'Trainer evidence' }) evidence!: string | null;
  @Field(() => String, { nullable: true, description: 'Who rated (trainer ratings)' }) ratedByName!: string | null;
  @Field(() => Date) ratedAt!: Date;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => String, { nullable: true }) campaignTitle!: string | null;
  @Field(() => ID, { nullable: true }) curriculumId!: string | null;
  @Field(() => String, { nullable: true }) curriculumTitle!: string | null;
}

@ObjectType()
export class ReassessmentCompetency {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { nullable: true, description: 'Your needs-assessment T for it' }) preTarget!: number | null;
  @Field(() => Int, { nullable: true, description: 'Your needs-assessment C for it' }) preCurrent!: number | null;
  @Field(() => Int, { nullable: true, description: 'Your latest self re-assessment, if any' }) lastLevel!: number | null;
}

@ObjectType({ description: 'A curriculum you hold a seat in, with the competencies to re-assess after it' })
export class Reassessment {
  @Field(() => ID) curriculumId!: string;
  @Field(() => String) curriculumTitle!: string;
  @Field(() => ID) cohortId!: string;
  @Field(() => String) cohortName!: string;
  @Field(() => [ReassessmentCompetency]) competencies!: ReassessmentCompetency[];
}

@ObjectType()
export class RosterPractitioner {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
}

@ObjectType({ description: 'Who a trainer may add competency evidence for in one cohort, and for which competencies' })
export class EvidenceRoster {
  @Field(() => ID) cohortId!: string;
  @Field(() => String) cohortName!: string;
  @Field(() => ID) curriculumId!: string;
  @Field(() => String) curriculumTitle!: string;
  @Field(() => [RosterPractitioner]) practitioners!: RosterPractitioner[];
  @Field(() => [ReassessmentCompetency]) competencies!: ReassessmentCompetency[];
}

@ObjectType()
export class GapClosureFigure {
  @Field(() => String) competencyCode!: string;
  @Field(() => Int, { description: 'Paired practitioners (pre and post both present)' }) n!: number;
  @Field(() => Float, { nullable: true }) meanPreCurrent!: number | null;
  @Field(() => Float, { nullable: true }) meanPostCurrent!: number | null;
  @Field(() => Float, { nullable: true, description: 'mean(post C − pre C)' }) meanChange!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of pairs whose post C is above their pre C' }) shareImproved!: number | null;
  @Field(() => Float, { nullable: true, description: 'The campaign’s primary index on the pre ratings' }) preIndex!: number | null;
  @Field(() => Float, { nullable: true, description: 'The same index on post C with post T (or the pre T when the post rating has none)' }) postIndex!: number | null;
}

@ObjectType()
export class GapClosureGroup {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: 'Paired practitioners in the group' }) respondents!: number;
  @Field(() => Boolean) suppressed!: boolean;
  @Field(() => [GapClosureFigure]) figures!: GapClosureFigure[];
}

@ObjectType({ description: 'Pre vs post per competency and group, paired practitioners only, small groups suppressed as in the gap analysis' })
export class GapClosure {
  @Field(() => ID) campaignId!: string;
  @Field(() => ID, { nullable: true }) curriculumId!: string | null;
  @Field(() => GapClosureGrouping) groupBy!: GapClosureGrouping;
  @Field(() => PostRatingRuleName) postRule!: PostRatingRuleName;
  @Field(() => String, { description: 'The gap index compared: mwds, pniModified or meanGap' }) primaryIndex!: string;
  @Field(() => Int) minGroupSize!: number;
  @Field(() => [GapClosureGroup]) groups!: GapClosureGroup[];
}

@ObjectType()
export class CompletionGroup {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int, { description: 'People holding a seat in a cohort of the curriculum' }) enrolled!: number;
  @Field(() => Boolean) suppressed!: boolean;
  @Field(() => Int, { nullable: true }) completed!: number | null;
  @Field(() => Float, { nullable: true }) completionRate!: number | null;
}

@ObjectType()
export class CompletionDashboard {
  @Field(() => ID) curriculumId!: string;
  @Field(() => CompletionGrouping) groupBy!: CompletionGrouping;
  @Field(() => Int) minGroupSize!: number;
  @Field(() => [CompletionGroup]) groups!: CompletionGroup[];
}

@ObjectType()
export class FunnelStage {
  @Field(() => FunnelStageName) stage!: FunnelStageName;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Float, { nullable: true, description: 'count ÷ the previous stage' }) shareOfPrevious!: number | null;
}

@ObjectType({ description: 'assessed → enrolled → attended → completed → improved for one curriculum' })
export class TrainingFunnel {
  @Field(() => ID) curriculumId!: string;
  @Field(() => String, { nullable: true }) provinceCode!: string | null;
  @Field(() => Int) minGroupSize!: number;
  @Field(() => Int, { description: 'People in any stage (the group size the suppression rule looks at)' }) people!: number;
  @Field(() => Boolean) suppressed!: boolean;
  @Field(() => [FunnelStage]) stages!: FunnelStage[];
}
