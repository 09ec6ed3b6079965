import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, ValidateNested } from 'class-validator';
import { LocalizedNameInput, LocalizedTextInput } from '../../../graphql/localized-text.js';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

@InputType()
export class CompetencyInput {
  @Field(() => String) @Matches(CODE)
  code!: string;

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
  @Field(() => String) @Matches(CODE)
  code!: string;

  @Field(() => LocalizedNameInput) @ValidateNested() @Type(() => LocalizedNameInput)
  name!: LocalizedNameInput;

  @Field(() => [CompetencyInput]) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CompetencyInput)
  competencies!: CompetencyInput[];
}

@InputType()
export class CreateFrameworkInput {
  @Field(() => String) @Matches(CODE)
  code!: string;

  @Field(() => LocalizedNameInput) @ValidateNested() @Type(() => LocalizedNameInput)
  name!: LocalizedNameInput;

  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput | null;

  @Field(() => [CompetencyDomainInput]) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => CompetencyDomainInput)
  domains!: CompetencyDomainInput[];
}

@InputType()
export class UpdateFrameworkInput {
  @Field(() => LocalizedNameInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalizedNameInput)
  name?: LocalizedNameInput | null;

  @Field(() => LocalizedTextInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextInput)
  description?: LocalizedTextInput | null;

  @Field(() => [CompetencyDomainInput], { nullable: true, description: 'Replaces all domains and competencies' })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CompetencyDomainInput)
  domains?: CompetencyDomainInput[] | null;
}
