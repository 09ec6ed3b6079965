import { Field, InputType } from '@nestjs/graphql';
import { FRAMEWORK_CODE_MAX, MAX_DOMAIN_COMPETENCIES, MAX_FRAMEWORK_DOMAINS } from '@ruamsang/shared';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { LocalizedNameInput, LocalizedTextInput } from '../../../graphql/localized-text.js';

// Codes are checked against FRAMEWORK_CODE_PATTERN by the service, whose refusal says what a
// code may hold (class-validator's @Matches could only say "has the wrong format").

@InputType()
export class CompetencyInput {
  @Field(() => String, { description: '1–40 letters, digits, dot, dash or underscore; unique in the framework' })
  @IsString()
  @MaxLength(FRAMEWORK_CODE_MAX)
  code!: string;

  @Field(() => String, { nullable: true, description: 'An earlier competency of the same domain that this one refines (a deeper tree)' })
  @IsOptional()
  @IsString()
  @MaxLength(FRAMEWORK_CODE_MAX)
  parentCode?: string | null;

  @Field(() => LocalizedNameInput) @ValidateNested() @Type(() => LocalizedNameInput)
  name!: LocalizedNameInput;

  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput | null;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Five descriptors, levels 1 to 5' })
  @IsOptional()
  @ArrayMinSize(5)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => LocalizedTextInput)
  levelDescriptors?: LocalizedTextInput[] | null;
}

@InputType()
export class CompetencyDomainInput {
  @Field(() => String) @IsString() @MaxLength(FRAMEWORK_CODE_MAX)
  code!: string;

  @Field(() => LocalizedNameInput) @ValidateNested() @Type(() => LocalizedNameInput)
  name!: LocalizedNameInput;

  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput | null;

  @Field(() => [CompetencyInput], { description: 'In teaching order' })
  @ArrayMaxSize(MAX_DOMAIN_COMPETENCIES)
  @ValidateNested({ each: true })
  @Type(() => CompetencyInput)
  competencies!: CompetencyInput[];
}

@InputType()
export class CreateFrameworkInput {
  @Field(() => String) @IsString() @MaxLength(FRAMEWORK_CODE_MAX)
  code!: string;

  @Field(() => LocalizedNameInput) @ValidateNested() @Type(() => LocalizedNameInput)
  name!: LocalizedNameInput;

  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput | null;

  @Field(() => [CompetencyDomainInput], { description: 'In order' })
  @ArrayMaxSize(MAX_FRAMEWORK_DOMAINS)
  @ValidateNested({ each: true })
  @Type(() => CompetencyDomainInput)
  domains!: CompetencyDomainInput[];
}

@InputType()
export class UpdateFrameworkInput {
  @Field(() => LocalizedNameInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalizedNameInput)
  name?: LocalizedNameInput | null;

  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput | null;

  @Field(() => [CompetencyDomainInput], { nullable: true, description: 'Replaces all domains and competencies, in the order given' })
  @IsOptional()
  @ArrayMaxSize(MAX_FRAMEWORK_DOMAINS)
  @ValidateNested({ each: true })
  @Type(() => CompetencyDomainInput)
  domains?: CompetencyDomainInput[] | null;
}
