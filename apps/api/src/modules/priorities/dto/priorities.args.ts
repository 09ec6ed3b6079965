import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { NeedRoute } from '../entities/priorities.entity.js';

/** Competency codes as frameworks define them (e.g. AGR-01). */
export const COMPETENCY_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

@InputType()
export class VoteInput {
  @Field(() => String) @Matches(COMPETENCY_CODE)
  competencyCode!: string;

  @Field(() => Int, { description: 'Dots on this gap; 0 withdraws them' }) @IsInt() @Min(0) @Max(100)
  votes!: number;
}

@ArgsType()
export class SetMyVotesArgs {
  @Field(() => ID) @IsUUID()
  campaignId!: string;

  @Field(() => [VoteInput], { description: 'My whole allocation for the campaign; it replaces the previous one' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => VoteInput)
  votes!: VoteInput[];
}

@ArgsType()
export class CampaignGapArgs {
  @Field(() => ID) @IsUUID()
  campaignId!: string;

  @Field(() => String) @Matches(COMPETENCY_CODE)
  competencyCode!: string;
}

@ArgsType()
export class AddGapCommentArgs extends CampaignGapArgs {
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(1000)
  body!: string;
}

@ArgsType()
export class GapCommentsArgs extends CampaignGapArgs {
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(100_000)
  offset!: number;

  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(50)
  limit!: number;
}

@ArgsType()
export class SetPriorityWeightArgs {
  @Field(() => ID) @IsUUID()
  campaignId!: string;

  @Field(() => Float, { description: 'w in [0, 1]: blended = w × normalised index + (1 − w) × normalised votes' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  weight!: number;

  @Field(() => Int, { nullable: true, description: 'Most dots one participant may put on one gap (kept when absent)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxVotesPerGap?: number | null;
}

@ArgsType()
export class RouteNeedArgs extends CampaignGapArgs {
  @Field(() => NeedRoute) @IsEnum(NeedRoute)
  route!: NeedRoute;

  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000)
  note?: string | null;
}
