import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AuthPayload } from '../../accounts/models/user.model.js';

export enum InvitationKind {
  CAMPAIGN = 'CAMPAIGN',
  COHORT = 'COHORT',
}
registerEnumType(InvitationKind, { name: 'InvitationKind' });

export enum InvitationStatusValue {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
  USED_UP = 'USED_UP',
}
registerEnumType(InvitationStatusValue, { name: 'InvitationStatus' });

@ObjectType({ description: 'A link by which practitioners create their own account in one province' })
export class Invitation {
  @Field(() => ID) id!: string;
  @Field(() => InvitationKind) kind!: InvitationKind;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => ID, { nullable: true }) cohortId!: string | null;
  @Field(() => String, { description: 'The campaign’s title or the cohort’s name' }) targetTitle!: string;
  @Field(() => String) provinceCode!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Int, { nullable: true }) maxUses!: number | null;
  @Field(() => Int) uses!: number;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => InvitationStatusValue) status!: InvitationStatusValue;
  @Field(() => String, { description: 'The web path /join/<token>; shown to those who may manage the invitation' }) path!: string;
  @Field(() => String, { description: 'The full link the QR code holds (PUBLIC_WEB_URL or the request’s origin)' }) url!: string;
}

@ObjectType({ description: 'What a signed-out person sees on opening an invitation link' })
export class InvitationPreview {
  @Field(() => InvitationKind) kind!: InvitationKind;
  @Field(() => String) targetTitle!: string;
  @Field(() => String, { nullable: true, description: 'The cohort’s curriculum' }) curriculumTitle!: string | null;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => ID, { nullable: true }) cohortId!: string | null;
  @Field(() => String) provinceCode!: string;
  @Field(() => Date) expiresAt!: Date;
}

@ObjectType()
export class JoinResult {
  @Field(() => AuthPayload) auth!: AuthPayload;
  @Field(() => ID, { nullable: true, description: 'Set for a campaign invitation: open its assessment' }) campaignId!: string | null;
  @Field(() => ID, { nullable: true }) cohortId!: string | null;
  @Field(() => String, { nullable: true, description: 'ENROLLED or WAITING for a cohort invitation' }) enrolmentStatus!: string | null;
}
