import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsIn, IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Gender, LOCALES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, Role, Sector } from '@ruamsang/shared';
import { PHONE_MAX_LENGTH } from '@ruamsang/shared/phone';
import { DISTRICT_CODE, PROVINCE_CODE } from './create-user.input.js';

/** A field left out stays as it is; a nullable field sent as null is cleared. */
@InputType()
export class UpdateUserInput {
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role)
  role?: Role | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MinLength(1) @MaxLength(200)
  displayName?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PROVINCE_CODE)
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Must lie in the province; cleared when the province changes and no district is sent' })
  @IsOptional()
  @Matches(DISTRICT_CODE)
  districtCode?: string | null;

  @Field(() => [String], { nullable: true, description: 'Kept only for coordinators' })
  @IsOptional()
  @ArrayMaxSize(77)
  @ArrayUnique()
  @Matches(PROVINCE_CODE, { each: true })
  managedProvinceCodes?: string[] | null;

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID()
  organisationId?: string | null;

  @Field(() => Sector, { nullable: true }) @IsOptional() @IsEnum(Sector)
  sector?: Sector | null;

  @Field(() => Gender, { nullable: true }) @IsOptional() @IsEnum(Gender)
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'A Thai mobile number in any usual writing; stored as +66…; empty or null clears it' })
  @IsOptional()
  @MaxLength(PHONE_MAX_LENGTH)
  phone?: string | null;
}

@ArgsType()
export class SetUserActiveArgs {
  @Field(() => ID) @IsUUID()
  id!: string;

  @Field(() => Boolean) @IsBoolean()
  active!: boolean;
}

@ArgsType()
export class ChangeMyPasswordArgs {
  @Field(() => String) @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @Field(() => String) @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

@ArgsType()
export class IssuePasswordResetArgs {
  @Field(() => ID) @IsUUID()
  userId!: string;
}

@ArgsType()
export class ResetPasswordArgs {
  @Field(() => String, { description: 'The token from the reset link' }) @MinLength(20) @MaxLength(100)
  token!: string;

  @Field(() => String) @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

@ArgsType()
export class SetMyLocaleArgs {
  @Field(() => String, { description: 'th, en or ms' }) @IsIn(LOCALES)
  locale!: string;
}
