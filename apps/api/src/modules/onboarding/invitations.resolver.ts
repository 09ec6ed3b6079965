import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import { MaxLength, MinLength } from 'class-validator';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import { Public } from '../../common/auth/public.decorator.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { AuthPayload, User } from '../accounts/models/user.model.js';
import { CreateInvitationInput, InvitationsArgs, JoinByInvitationInput } from './dto/invitation.input.js';
import { InvitationsService } from './invitations.service.js';
import { Invitation, InvitationPreview, JoinResult } from './models/invitation.model.js';

@ArgsType()
class TokenArgs {
  @Field(() => String) @MinLength(20) @MaxLength(100) token!: string;
}

/** Where the QR code points when PUBLIC_WEB_URL is not set. */
function requestOrigin(ctx: RequestContext): string {
  const host = ctx.req.get('x-forwarded-host') ?? ctx.req.get('host') ?? 'localhost';
  return `${ctx.req.get('x-forwarded-proto') ?? ctx.req.protocol}://${host}`;
}

/** Invitation links: thin; rules and authorisation are in InvitationsService. */
@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(private readonly service: InvitationsService) {}

  @ResolveField(() => String, { description: 'The link as an SVG QR code, to print or share' })
  qrSvg(@Parent() invitation: Invitation): Promise<string> {
    return this.service.qrSvg(invitation.url);
  }

  @Mutation(() => Invitation, { description: 'A join link for a campaign or cohort; admins anywhere, coordinators in their provinces' })
  createInvitation(@CurrentActor() actor: Actor, @Args('input') input: CreateInvitationInput, @Context() ctx: RequestContext): Promise<Invitation> {
    return this.service.create(actor, input, requestOrigin(ctx));
  }

  @Query(() => [Invitation], { description: 'Invitations of the caller’s provinces (admins: all), newest first' })
  invitations(@CurrentActor() actor: Actor, @Args() args: InvitationsArgs, @Context() ctx: RequestContext): Promise<Invitation[]> {
    return this.service.list(actor, args, requestOrigin(ctx));
  }

  @Mutation(() => Invitation, { description: 'The link stops working at once; revoking twice changes nothing' })
  revokeInvitation(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext): Promise<Invitation> {
    return this.service.revoke(actor, id, requestOrigin(ctx));
  }

  @Public()
  @Query(() => InvitationPreview, { description: 'Public: what an invitation link is for; refused when unknown, expired, revoked or used up' })
  invitationPreview(@Args() { token }: TokenArgs): Promise<InvitationPreview> {
    return this.service.preview(token);
  }

  @Public()
  @Mutation(() => JoinResult, { description: 'Public, rate limited: creates a practitioner account through an invitation and signs it in' })
  async joinByInvitation(@Args('input') input: JoinByInvitationInput, @Context() ctx: RequestContext): Promise<JoinResult> {
    const outcome = await this.service.join(input, ctx.req.ip ?? 'unknown');
    return Object.assign(new JoinResult(), {
      auth: Object.assign(new AuthPayload(), { token: outcome.token, expiresAt: outcome.expiresAt, user: User.from(outcome.user) }),
      campaignId: outcome.invitation.campaignId,
      cohortId: outcome.invitation.cohortId,
      enrolmentStatus: outcome.enrolmentStatus,
    });
  }
}
