import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import { CurrentActor, OptionalActor } from '../../common/auth/current-actor.decorator.js';
import { Public } from '../../common/auth/public.decorator.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { DistrictLoader, OrganisationLoader, ProvinceLoader } from '../geography/geography.loaders.js';
import { District, Organisation, Province } from '../geography/models/geography.model.js';
import { AccountsService } from './accounts.service.js';
import { CreateUserInput, LoginArgs, UsersArgs } from './dto/create-user.input.js';
import { ChangeMyPasswordArgs, IssuePasswordResetArgs, ResetPasswordArgs, SetMyLocaleArgs, SetUserActiveArgs, UpdateUserInput } from './dto/update-user.input.js';
import { AuthPayload, PasswordResetLink, User, UserPage } from './models/user.model.js';
import type { Locale } from '@ruamsang/shared';

/** The origin a reset link points at when PUBLIC_WEB_URL is not set. */
function requestOrigin(ctx: RequestContext): string {
  const host = ctx.req.get('x-forwarded-host') ?? ctx.req.get('host') ?? 'localhost';
  const proto = ctx.req.get('x-forwarded-proto') ?? ctx.req.protocol;
  return `${proto}://${host}`;
}

@Resolver(() => User)
export class AccountsResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly provinceLoader: ProvinceLoader,
    private readonly districtLoader: DistrictLoader,
    private readonly organisationLoader: OrganisationLoader,
  ) {}

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args() { email, password }: LoginArgs, @Context() context: RequestContext): Promise<AuthPayload> {
    const { token, expiresAt, user } = await this.accounts.login(email, password, context.req.ip ?? 'unknown');
    return Object.assign(new AuthPayload(), { token, expiresAt, user: User.from(user) });
  }

  @Public()
  @Query(() => User, { nullable: true, description: 'The signed-in person, or null' })
  async me(@OptionalActor() actor: Actor | undefined): Promise<User | null> {
    if (!actor) return null;
    const user = await this.accounts.findUser(actor.id);
    return user ? User.from(user) : null;
  }

  @Mutation(() => User)
  async createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<User> {
    return User.from(await this.accounts.createUser(actor, input));
  }

  @Mutation(() => User, { description: 'Admins: anyone; coordinators: practitioners and trainers of their provinces, kept inside them' })
  async updateUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateUserInput): Promise<User> {
    return User.from(await this.accounts.updateUser(actor, id, input));
  }

  @Mutation(() => User, { description: "A deactivated person's tokens are refused at once (UNAUTHENTICATED) and they cannot sign in" })
  async setUserActive(@CurrentActor() actor: Actor, @Args() { id, active }: SetUserActiveArgs): Promise<User> {
    return User.from(await this.accounts.setUserActive(actor, id, active));
  }

  @Mutation(() => Boolean, { description: 'Revokes every token issued so far except the caller’s own: other devices must sign in again' })
  async changeMyPassword(@CurrentActor() actor: Actor, @Args() { currentPassword, newPassword }: ChangeMyPasswordArgs, @Context() ctx: RequestContext): Promise<boolean> {
    return this.accounts.changeMyPassword(actor, currentPassword, newPassword, ctx.req.ip ?? 'unknown', ctx.req.sessionId ?? null);
  }

  @Mutation(() => PasswordResetLink, { description: 'A one-time link (and QR code) to set a password, valid 24 hours; a new one voids the previous' })
  async issuePasswordReset(@CurrentActor() actor: Actor, @Args() { userId }: IssuePasswordResetArgs, @Context() ctx: RequestContext): Promise<PasswordResetLink> {
    return Object.assign(new PasswordResetLink(), await this.accounts.issuePasswordReset(actor, userId, requestOrigin(ctx)));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with the token of a reset link; revokes earlier tokens' })
  async resetPassword(@Args() { token, newPassword }: ResetPasswordArgs, @Context() ctx: RequestContext): Promise<boolean> {
    return this.accounts.resetPassword(token, newPassword, ctx.req.ip ?? 'unknown');
  }

  @Mutation(() => User, { description: 'The interface language kept on the account (th, en or ms)' })
  async setMyLocale(@CurrentActor() actor: Actor, @Args() { locale }: SetMyLocaleArgs): Promise<User> {
    return User.from(await this.accounts.setMyLocale(actor, locale as Locale));
  }

  @Query(() => UserPage)
  async users(@CurrentActor() actor: Actor, @Args() args: UsersArgs): Promise<UserPage> {
    const { items, total } = await this.accounts.listUsers(actor, args);
    return Object.assign(new UserPage(), { items: items.map((u) => User.from(u)), total, offset: args.offset, limit: args.limit });
  }

  @ResolveField(() => Province, { nullable: true })
  async province(@Parent() user: User, @Context() ctx: RequestContext): Promise<Province | null> {
    if (!user.provinceCode) return null;
    const province = await ctx.loaders.get(this.provinceLoader).load(user.provinceCode);
    return province ? Province.from(province) : null;
  }

  @ResolveField(() => District, { nullable: true })
  async district(@Parent() user: User, @Context() ctx: RequestContext): Promise<District | null> {
    if (!user.districtCode) return null;
    const district = await ctx.loaders.get(this.districtLoader).load(user.districtCode);
    return district ? District.from(district) : null;
  }

  @ResolveField(() => Organisation, { nullable: true })
  async organisation(@Parent() user: User, @Context() ctx: RequestContext): Promise<Organisation | null> {
    if (!user.organisationId) return null;
    const organisation = await ctx.loaders.get(this.organisationLoader).load(user.organisationId);
    return organisation ? Organisation.from(organisation) : null;
  }
}
