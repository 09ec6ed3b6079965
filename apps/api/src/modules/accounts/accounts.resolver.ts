import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import { CurrentActor, OptionalActor } from '../../common/auth/current-actor.decorator.js';
import { Public } from '../../common/auth/public.decorator.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { DistrictLoader, OrganisationLoader, ProvinceLoader } from '../geography/geography.loaders.js';
import { District, Organisation, Province } from '../geography/models/geography.model.js';
import { AccountsService } from './accounts.service.js';
import { CreateUserInput, LoginArgs, UsersArgs } from './dto/create-user.input.js';
import { AuthPayload, User, UserPage } from './models/user.model.js';

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
