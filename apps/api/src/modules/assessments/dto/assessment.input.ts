import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsClientKey } from '../../../common/validation.js';
import { Instrument, NeedType, Sector } from '@ruamsang/shared';
import { LocalizedNameInput } from '../../../graphql/localized-text.js';

@InputType()
export class OpenQuestionInput {
  @Field(() => String) @Matches(/^[a-z][a-z0-9_]{0,39}$/)
  key!: string;

  @Field(() => LocalizedNameInput) @ValidateNested() @Type(() => LocalizedNameInput)
  prompt!: LocalizedNameInput;
}

@InputType()
export class CreateCampaignInput {
  @Field(() => ID) @IsUUID()
  frameworkId!: string;

  @Field(() => String) @MinLength(3) @MaxLength(200)
  title!: string;

  @Field(() => Instrument) @IsEnum(Instrument)
  instrument!: Instrument;

  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(77) @ArrayUnique() @Matches(/^\d{2}$/, { each: true })
  provinceCodes!: string[];

  @Field(() => [Sector], { nullable: true, description: 'Empty or absent: every sector' })
  @IsOptional()
  @ArrayUnique()
  @IsEnum(Sector, { each: true })
  sectors?: Sector[] | null;

  @Field(() => Date) @Type(() => Date) @IsDate()
  opensAt!: Date;

  @Field(() => Date) @Type(() => Date) @IsDate()
  closesAt!: Date;

  @Field(() => Int, { nullable: true, description: 'Small-cell suppression threshold k (default 5)' })
  @IsOptional()
  @IsInt()
  @Min(2)
  @Max(50)
  minGroupSize?: number | null;

  @Field(() => Int, { nullable: true, description: 'Dots per participant for prioritisation (default 10)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  voteBudget?: number | null;

  @Field(() => [OpenQuestionInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => OpenQuestionInput)
  openQuestions?: OpenQuestionInput[] | null;
}

@InputType()
export class RatingInput {
  @Field(() => String) @IsString() @MaxLength(40)
  competencyCode!: string;

  /** Range is checked against the campaign's instrument (1–5 or 1–7) by the service. */
  @Field(() => Int) @IsInt()
  target!: number;

  @Field(() => Int) @IsInt()
  current!: number;

  @Field(() => NeedType, { nullable: true }) @IsOptional() @IsEnum(NeedType)
  needType?: NeedType | null;
}

@InputType()
export class AnswerInput {
  @Field(() => String) @Matches(/^[a-z][a-z0-9_]{0,39}$/)
  key!: string;

  @Field(() => String) @MaxLength(4000)
  text!: string;
}

@InputType()
export class SubmitAssessmentInput {
  @Field(() => ID) @IsUUID()
  campaignId!: string;

  @Field(() => ID, {
    description: 'Chosen by the client once per submission: any 1–128 printable characters (a UUID, ODK/Kobo’s "uuid:…", "row-17"); a retry with the same key stores nothing twice',
  })
  @IsClientKey()
  clientSubmissionId!: string;

  @Field(() => [RatingInput]) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => RatingInput)
  ratings!: RatingInput[];

  @Field(() => [AnswerInput], { nullable: true }) @IsOptional() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => AnswerInput)
  answers?: AnswerInput[] | null;
}

@InputType()
export class DraftRatingInput {
  @Field(() => String) @IsString() @MaxLength(40)
  competencyCode!: string;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt()
  target?: number | null;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt()
  current?: number | null;

  @Field(() => NeedType, { nullable: true }) @IsOptional() @IsEnum(NeedType)
  needType?: NeedType | null;
}

@InputType()
export class SaveAssessmentDraftInput {
  @Field(() => ID) @IsUUID()
  campaignId!: string;

  @Field(() => [DraftRatingInput]) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => DraftRatingInput)
  ratings!: DraftRatingInput[];

  @Field(() => [AnswerInput], { nullable: true }) @IsOptional() @ArrayMaxSize(10) @ValidateNested({ each: true }) @Type(() => AnswerInput)
  answers?: AnswerInput[] | null;
}

@ArgsType()
export class CampaignsArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only campaigns the signed-in practitioner can answer now' })
  @IsBoolean()
  openToMe = false;
}
