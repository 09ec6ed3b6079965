import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsOptional,
  IsPositive,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DeliveryMode, MAX_MODULE_HOURS, MAX_TARGET_LEVEL, MIN_TARGET_LEVEL, MODULE_CODE_PATTERN, ModuleStatus, PersonaGroup, Sector, TeachingLanguage } from '@ruamsang/shared';
import { LocalizedNameInput, LocalizedTextInput } from '../../../graphql/localized-text.js';
import { ModuleCommentKind } from '../entities/training-module.entity.js';

registerEnumType(DeliveryMode, { name: 'DeliveryMode', description: 'Classroom, field or farm visit, online, or blended' });
registerEnumType(ModuleStatus, { name: 'ModuleStatus', description: 'DRAFT → REVIEW → APPROVED' });
registerEnumType(ModuleCommentKind, { name: 'ModuleCommentKind' });

@InputType({ description: 'A learning outcome: the competency it builds and the proficiency level (1–5) it brings learners to' })
export class CompetencyTargetInput {
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(40)
  competencyCode!: string;

  @Field(() => Int) @IsInt() @Min(MIN_TARGET_LEVEL) @Max(MAX_TARGET_LEVEL)
  targetLevel!: number;

  @Field(() => LocalizedTextInput, { nullable: true, description: 'The outcome’s wording in th/en/ms' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  outcome?: LocalizedTextInput | null;
}

@InputType()
export class MaterialInput {
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(200)
  label!: string;

  @Field(() => String) @MaxLength(2000) @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  url!: string;
}

@InputType({ description: 'A gap (campaign × competency) the module addresses' })
export class AddressedGapInput {
  @Field(() => ID) @IsUUID()
  campaignId!: string;

  @Field(() => String) @IsString() @MinLength(1) @MaxLength(40)
  competencyCode!: string;
}

@InputType()
export class UpdateTrainingModuleInput {
  @Field(() => LocalizedNameInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalizedNameInput)
  title?: LocalizedNameInput | null;

  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextInput)
  summary?: LocalizedTextInput | null;

  @Field(() => Float, { nullable: true, description: `Contact hours, more than 0 and at most ${MAX_MODULE_HOURS}` })
  @IsOptional()
  @IsPositive()
  @Max(MAX_MODULE_HOURS)
  hours?: number | null;

  @Field(() => [CompetencyTargetInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CompetencyTargetInput)
  competencyTargets?: CompetencyTargetInput[] | null;

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ArrayUnique() @Matches(MODULE_CODE_PATTERN, { each: true })
  prerequisiteCodes?: string[] | null;

  @Field(() => DeliveryMode, { nullable: true }) @IsOptional() @IsEnum(DeliveryMode)
  deliveryMode?: DeliveryMode | null;

  @Field(() => TeachingLanguage, { nullable: true }) @IsOptional() @IsEnum(TeachingLanguage)
  teachingLanguage?: TeachingLanguage | null;

  @Field(() => [MaterialInput], { nullable: true }) @IsOptional() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => MaterialInput)
  materials?: MaterialInput[] | null;

  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true })
  coAuthorIds?: string[] | null;

  @Field(() => [AddressedGapInput], { nullable: true }) @IsOptional() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => AddressedGapInput)
  addressedGaps?: AddressedGapInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Personas (workshop tools) the module serves: free references, not checked' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  personaIds?: string[] | null;
}

@InputType()
export class CreateTrainingModuleInput extends UpdateTrainingModuleInput {
  @Field(() => String, { description: 'e.g. "AGR-101": 2–6 capital letters, a dash, 2–4 digits' })
  @Matches(MODULE_CODE_PATTERN)
  code!: string;

  @Field(() => LocalizedNameInput) @ValidateNested() @Type(() => LocalizedNameInput)
  declare title: LocalizedNameInput;

  @Field(() => Float, { description: `Contact hours, more than 0 and at most ${MAX_MODULE_HOURS}` }) @IsPositive() @Max(MAX_MODULE_HOURS)
  declare hours: number;
}

@InputType()
export class AddModuleCommentInput {
  @Field(() => String) @Matches(MODULE_CODE_PATTERN)
  moduleCode!: string;

  @Field(() => String) @IsString() @MinLength(1) @MaxLength(2000)
  body!: string;

  @Field(() => ModuleCommentKind, { defaultValue: ModuleCommentKind.COMMENT }) @IsEnum(ModuleCommentKind)
  kind: ModuleCommentKind = ModuleCommentKind.COMMENT;
}

@InputType()
export class UpdateCurriculumInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(3) @MaxLength(200)
  title?: string | null;

  @Field(() => [String], { nullable: true, description: 'Module codes in teaching order' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(MODULE_CODE_PATTERN, { each: true })
  moduleCodes?: string[] | null;

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(77) @ArrayUnique() @Matches(/^\d{2}$/, { each: true })
  provinceCodes?: string[] | null;

  @Field(() => [Sector], { nullable: true }) @IsOptional() @ArrayUnique() @IsEnum(Sector, { each: true })
  sectors?: Sector[] | null;

  @Field(() => [PersonaGroup], { nullable: true }) @IsOptional() @ArrayUnique() @IsEnum(PersonaGroup, { each: true })
  personaGroups?: PersonaGroup[] | null;
}

@InputType()
export class CreateCurriculumInput extends UpdateCurriculumInput {
  @Field(() => String) @IsString() @MinLength(3) @MaxLength(200)
  declare title: string;

  @Field(() => ID) @IsUUID()
  campaignId!: string;

  @Field(() => [String], { description: 'Module codes in teaching order' }) @ArrayMaxSize(50) @Matches(MODULE_CODE_PATTERN, { each: true })
  declare moduleCodes: string[];
}

@ArgsType()
export class TrainingModulesArgs {
  @Field(() => String, { nullable: true, description: 'Matches code or title in any language' }) @IsOptional() @MaxLength(100)
  search?: string | null;

  @Field(() => ModuleStatus, { nullable: true }) @IsOptional() @IsEnum(ModuleStatus)
  status?: ModuleStatus | null;

  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(1_000_000)
  offset = 0;

  @Field(() => Int, { defaultValue: 20 }) @IsInt() @Min(1) @Max(100)
  limit = 20;
}

@ArgsType()
export class SuggestModulesArgs {
  @Field(() => ID) @IsUUID()
  campaignId!: string;

  @Field(() => Float, { description: 'Hours available, more than 0 and at most 2000' }) @IsPositive() @Max(2000)
  hoursBudget!: number;
}
