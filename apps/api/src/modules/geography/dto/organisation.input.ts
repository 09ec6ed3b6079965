import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Sector } from '@ruamsang/shared';

@InputType()
export class CreateOrganisationInput {
  @Field(() => String) @MinLength(2) @MaxLength(200)
  name!: string;

  @Field(() => Sector) @IsEnum(Sector)
  sector!: Sector;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{2}$/)
  provinceCode?: string | null;
}
