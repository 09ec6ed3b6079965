import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { PersonaGroup } from '@ruamsang/shared';
import { COMPETENCY_CODE } from '../../priorities/dto/priorities.args.js';
import { HopeOrFear, WorkshopItemKind } from '../entities/workshop.entity.js';

const PROVINCE_CODE = /^\d{2}$/;

@InputType()
export class CreateHopesFearsBoardInput {
  @Field(() => String) @IsString() @MinLength(3) @MaxLength(200)
  title!: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID()
  campaignId?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PROVINCE_CODE)
  provinceCode?: string | null;
}

@InputType()
export class AddHopesFearsCardInput {
  @Field(() => ID) @IsUUID()
  boardId!: string;

  @Field(() => HopeOrFear) @IsEnum(HopeOrFear)
  kind!: HopeOrFear;

  @Field(() => String) @IsString() @MinLength(1) @MaxLength(500)
  text!: string;
}

@InputType()
export class CreatePersonaInput {
  @Field(() => String) @IsString() @MinLength(2) @MaxLength(120)
  name!: string;

  @Field(() => String) @IsString() @MinLength(1) @MaxLength(2000)
  description!: string;

  @Field(() => PersonaGroup) @IsEnum(PersonaGroup)
  group!: PersonaGroup;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PROVINCE_CODE)
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID()
  campaignId?: string | null;
}

@InputType()
export class CreateIcebergInput {
  @Field(() => String) @IsString() @MinLength(3) @MaxLength(200)
  title!: string;

  @Field(() => String, { description: 'What happened: the visible event' }) @IsString() @MinLength(1) @MaxLength(2000)
  event!: string;

  @Field(() => String, { description: 'Trends over time' }) @IsString() @MinLength(1) @MaxLength(2000)
  patterns!: string;

  @Field(() => String, { description: 'Rules, institutions and resources that produce the patterns' }) @IsString() @MinLength(1) @MaxLength(2000)
  structures!: string;

  @Field(() => String, { description: 'Beliefs and assumptions that keep the structures in place' }) @IsString() @MinLength(1) @MaxLength(2000)
  mentalModels!: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID()
  campaignId?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PROVINCE_CODE)
  provinceCode?: string | null;
}

@InputType({ description: 'A link to a competency (frameworkId) or to a gap (campaignId × competency); give exactly one of the two' })
export class WorkshopLinkInput {
  @Field(() => WorkshopItemKind) @IsEnum(WorkshopItemKind)
  itemKind!: WorkshopItemKind;

  @Field(() => ID) @IsUUID()
  itemId!: string;

  @Field(() => String) @Matches(COMPETENCY_CODE)
  competencyCode!: string;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID()
  frameworkId?: string | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID()
  campaignId?: string | null;
}

@ArgsType()
export class WorkshopListArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID()
  campaignId?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PROVINCE_CODE)
  provinceCode?: string | null;

  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(100_000)
  offset!: number;

  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100)
  limit!: number;
}

@ArgsType()
export class PersonaListArgs extends WorkshopListArgs {
  @Field(() => PersonaGroup, { nullable: true }) @IsOptional() @IsEnum(PersonaGroup)
  group?: PersonaGroup | null;
}
