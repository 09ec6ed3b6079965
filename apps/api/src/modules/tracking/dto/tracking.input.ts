import { ArgsType, Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsClientKey } from '../../../common/validation.js';
import { POST_RATING_RULES, type PostRatingRule } from '@ruamsang/domain';
import { CompetencyRatingSource } from '../entities/competency-rating.entity.js';

registerEnumType(CompetencyRatingSource, { name: 'CompetencyRatingSource', description: 'SELF (the practitioner), TRAINER (verified with evidence) or IMPORTED' });

export enum PostRatingRuleName {
  TRAINER_ELSE_SELF = 'TRAINER_ELSE_SELF',
  SELF = 'SELF',
  TRAINER = 'TRAINER',
  LATEST = 'LATEST',
}
registerEnumType(PostRatingRuleName, {
  name: 'PostRatingRule',
  description:
    'Which post-training rating counts: TRAINER_ELSE_SELF (latest trainer-verified, else latest self, else latest imported), SELF, TRAINER, or LATEST whatever its source',
});
// The GraphQL enum and the domain's rule list are the same words.
export const toPostRatingRule = (rule: PostRatingRuleName): PostRatingRule => POST_RATING_RULES.find((r) => r === (rule as string)) ?? 'TRAINER_ELSE_SELF';

export enum GapClosureGrouping {
  ALL = 'ALL',
  PROVINCE = 'PROVINCE',
  COHORT = 'COHORT',
  CURRICULUM = 'CURRICULUM',
}
registerEnumType(GapClosureGrouping, { name: 'GapClosureGrouping' });

export enum CompletionGrouping {
  ALL = 'ALL',
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  SECTOR = 'SECTOR',
  GENDER = 'GENDER',
}
registerEnumType(CompletionGrouping, { name: 'CompletionGrouping' });

const PROVINCE = /^\d{2}$/;

@InputType()
export class ReassessmentRatingInput {
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(40) competencyCode!: string;
  @Field(() => Int, { description: 'Current ability after the training, 1–5' }) @IsInt() @Min(1) @Max(5) level!: number;
  @Field(() => Int, { nullable: true, description: 'How important the competency is to your work now, 1–5 (optional)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  target?: number | null;
}

@InputType()
export class SubmitReassessmentInput {
  @Field(() => ID) @IsUUID() curriculumId!: string;
  @Field(() => ID, { description: 'Chosen by the client: 1–128 printable characters; sending the same key again stores nothing new' }) @IsClientKey() clientSubmissionId!: string;
  @Field(() => [ReassessmentRatingInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReassessmentRatingInput)
  ratings!: ReassessmentRatingInput[];
}

@InputType()
export class AddCompetencyEvidenceInput {
  @Field(() => ID) @IsUUID() practitionerId!: string;
  @Field(() => ID) @IsUUID() cohortId!: string;
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(40) competencyCode!: string;
  @Field(() => Int, { description: 'The verified level, 1–5' }) @IsInt() @Min(1) @Max(5) level!: number;
  @Field(() => String, { description: 'What the trainer saw (10–2000 characters)' }) @IsString() @MinLength(10) @MaxLength(2000) evidence!: string;
  @Field(() => ID, { description: 'Chosen by the client: 1–128 printable characters; sending the same key again stores nothing new' }) @IsClientKey() clientSubmissionId!: string;
}

@ArgsType()
export class GapClosureArgs {
  @Field(() => ID, { description: 'The needs-assessment campaign the pre ratings come from' }) @IsUUID() campaignId!: string;
  @Field(() => ID, { nullable: true, description: 'Only this curriculum (of the campaign); absent: all its curricula' }) @IsOptional() @IsUUID() curriculumId?: string | null;
  @Field(() => GapClosureGrouping, { defaultValue: GapClosureGrouping.ALL }) @IsIn(Object.values(GapClosureGrouping)) groupBy!: GapClosureGrouping;
  @Field(() => PostRatingRuleName, { defaultValue: PostRatingRuleName.TRAINER_ELSE_SELF }) @IsIn(Object.values(PostRatingRuleName)) postRule!: PostRatingRuleName;
}

@ArgsType()
export class CompletionDashboardArgs {
  @Field(() => ID) @IsUUID() curriculumId!: string;
  @Field(() => CompletionGrouping, { defaultValue: CompletionGrouping.PROVINCE }) @IsIn(Object.values(CompletionGrouping)) groupBy!: CompletionGrouping;
}

@ArgsType()
export class TrainingFunnelArgs {
  @Field(() => ID) @IsUUID() curriculumId!: string;
  @Field(() => String, { nullable: true, description: 'Only practitioners of this province (2-digit code)' }) @IsOptional() @Matches(PROVINCE) provinceCode?: string | null;
}
