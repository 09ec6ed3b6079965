import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { AgeBand, Gender, LOCALES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, PersonaGroup, Role, Sector, TeachingLanguage } from '@ruamsang/shared';

export const PROVINCE_CODE = /^\d{2}$/;
export const DISTRICT_CODE = /^\d{4}$/;

@InputType()
export class CreateUserInput {
  @Field(() => String) @IsEmail() @MaxLength(254)
  email!: string;

  @Field(() => String) @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @Field(() => String) @MinLength(1) @MaxLength(200)
  displayName!: string;

  @Field(() => Role) @IsEnum(Role)
  role!: Role;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PROVINCE_CODE)
  provinceCode?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DISTRICT_CODE)
  districtCode?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID()
  organisationId?: string | null;

  @Field(() => Sector, { nullable: true }) @IsOptional() @IsEnum(Sector)
  sector?: Sector | null;

  @Field(() => Gender, { nullable: true }) @IsOptional() @IsEnum(Gender)
  gender?: Gender | null;

  @Field(() => AgeBand, { nullable: true }) @IsOptional() @IsEnum(AgeBand)
  ageBand?: AgeBand | null;

  @Field(() => [TeachingLanguage], { nullable: true }) @IsOptional() @ArrayMaxSize(5) @ArrayUnique() @IsEnum(TeachingLanguage, { each: true })
  languages?: TeachingLanguage[] | null;

  @Field(() => [PersonaGroup], { nullable: true }) @IsOptional() @ArrayMaxSize(7) @ArrayUnique() @IsEnum(PersonaGroup, { each: true })
  personaGroups?: PersonaGroup[] | null;

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(77) @ArrayUnique() @Matches(PROVINCE_CODE, { each: true })
  managedProvinceCodes?: string[] | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(LOCALES)
  preferredLocale?: string | null;
}

@ArgsType()
export class UsersArgs {
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role)
  role?: Role | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PROVINCE_CODE)
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Matches name or email, case-insensitive, or a mobile number in any usual writing' }) @IsOptional() @MaxLength(100)
  search?: string | null;

  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) @Max(1_000_000)
  offset = 0;

  @Field(() => Int, { defaultValue: 25 }) @IsInt() @Min(1) @Max(100)
  limit = 25;
}

@ArgsType()
export class LoginArgs {
  @Field(() => String, { description: 'An e-mail address, or the Thai mobile number of an account that has one (0812345678, 081-234-5678, +66812345678)' })
  @MaxLength(254)
  email!: string;

  @Field(() => String) @MaxLength(200)
  password!: string;
}
