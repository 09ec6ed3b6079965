import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { AgeBand, Gender, LOCALES, ONBOARDING_LIMITS, Sector, TeachingLanguage } from '@ruamsang/shared';
import { PHONE_MAX_LENGTH } from '@ruamsang/shared/phone';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEmail, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

@InputType()
export class CreateInvitationInput {
  @Field(() => ID, { nullable: true, description: 'Invite to this campaign (they land on its assessment); give this or cohortId' })
  @IsOptional()
  @IsUUID()
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Invite to this cohort (they are enrolled or waitlisted); its province is used' })
  @IsOptional()
  @IsUUID()
  cohortId?: string | null;

  @Field(() => String, { nullable: true, description: 'The province people join in: one of the campaign’s (required for a campaign)' })
  @IsOptional()
  @Matches(/^\d{2}$/)
  provinceCode?: string | null;

  @Field(() => Int, { description: `Days the link works, 1–${ONBOARDING_LIMITS.invitationMaxDays}` })
  @IsInt()
  @Min(1)
  @Max(ONBOARDING_LIMITS.invitationMaxDays)
  expiresInDays!: number;

  @Field(() => Int, { nullable: true, description: `Accounts the link may create, 1–${ONBOARDING_LIMITS.invitationMaxUses}; absent = no limit` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(ONBOARDING_LIMITS.invitationMaxUses)
  maxUses?: number | null;
}

@ArgsType()
export class InvitationsArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() campaignId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() cohortId?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: 'Also list revoked and expired invitations' }) @IsBoolean() includeInactive = false;
}

@InputType()
export class JoinByInvitationInput {
  @Field(() => String) @MinLength(20) @MaxLength(100)
  token!: string;

  @Field(() => ID, { description: 'Chosen by the client once per form; a retry with the same key is answered, not repeated' })
  @IsUUID()
  clientKey!: string;

  @Field(() => String) @MinLength(1) @MaxLength(ONBOARDING_LIMITS.displayNameMax)
  displayName!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @IsEmail() @MaxLength(ONBOARDING_LIMITS.emailMax)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Thai mobile number, e.g. 081-234-5678' }) @IsOptional() @MaxLength(PHONE_MAX_LENGTH)
  phone?: string | null;

  @Field(() => String) @MinLength(ONBOARDING_LIMITS.passwordMin) @MaxLength(ONBOARDING_LIMITS.passwordMax)
  password!: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{4}$/)
  districtCode?: string | null;

  @Field(() => Sector, { nullable: true }) @IsOptional() @IsEnum(Sector)
  sector?: Sector | null;

  @Field(() => Gender, { nullable: true }) @IsOptional() @IsEnum(Gender)
  gender?: Gender | null;

  @Field(() => AgeBand, { nullable: true }) @IsOptional() @IsEnum(AgeBand)
  ageBand?: AgeBand | null;

  @Field(() => [TeachingLanguage], { nullable: true }) @IsOptional() @ArrayMaxSize(5) @ArrayUnique() @IsEnum(TeachingLanguage, { each: true })
  languages?: TeachingLanguage[] | null;

  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(LOCALES)
  preferredLocale?: string | null;
}
