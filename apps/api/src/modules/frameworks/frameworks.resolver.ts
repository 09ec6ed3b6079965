import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { CreateFrameworkInput, UpdateFrameworkInput } from './dto/framework.input.js';
import { FrameworkCompetenciesLoader, FrameworkDomainsLoader } from './frameworks.loaders.js';
import { FrameworksService } from './frameworks.service.js';
import { Competency, CompetencyDomain, Framework } from './models/framework.model.js';

@Resolver(() => Framework)
export class FrameworksResolver {
  constructor(
    private readonly service: FrameworksService,
    private readonly domainsLoader: FrameworkDomainsLoader,
    private readonly competenciesLoader: FrameworkCompetenciesLoader,
  ) {}

  @Query(() => [Framework], { description: 'Every version of every framework, newest version first' })
  async frameworks(): Promise<Framework[]> {
    return (await this.service.list()).map((f) => Framework.from(f));
  }

  @Query(() => Framework)
  async framework(@Args('id', { type: () => ID }) id: string): Promise<Framework> {
    return Framework.from(await this.service.get(id));
  }

  @Mutation(() => Framework)
  async createFramework(@CurrentActor() actor: Actor, @Args('input') input: CreateFrameworkInput): Promise<Framework> {
    return Framework.from(await this.service.create(actor, input));
  }

  @Mutation(() => Framework, { description: 'Edits a draft; a published version is frozen' })
  async updateFramework(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UpdateFrameworkInput,
  ): Promise<Framework> {
    return Framework.from(await this.service.update(actor, id, input));
  }

  @Mutation(() => Framework, { description: 'Freezes this version so campaigns can use it' })
  async publishFramework(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Framework> {
    return Framework.from(await this.service.publish(actor, id));
  }

  @Mutation(() => Framework, { description: 'Starts a new draft version as a copy of this one' })
  async createFrameworkVersion(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Framework> {
    return Framework.from(await this.service.newVersion(actor, id));
  }

  @ResolveField(() => [CompetencyDomain])
  async domains(@Parent() framework: Framework, @Context() ctx: RequestContext): Promise<CompetencyDomain[]> {
    const [domains, competencies] = await Promise.all([
      ctx.loaders.get(this.domainsLoader).load(framework.id),
      ctx.loaders.get(this.competenciesLoader).load(framework.id),
    ]);
    return domains.map((d) => CompetencyDomain.from(d, competencies.filter((c) => c.domainId === d.id)));
  }

  @ResolveField(() => [Competency], { description: 'All competencies in teaching order, across domains' })
  async competencies(@Parent() framework: Framework, @Context() ctx: RequestContext): Promise<Competency[]> {
    const [domains, competencies] = await Promise.all([
      ctx.loaders.get(this.domainsLoader).load(framework.id),
      ctx.loaders.get(this.competenciesLoader).load(framework.id),
    ]);
    const codeOf = new Map(domains.map((d) => [d.id, d.code]));
    return competencies.map((c) => Competency.from(c, codeOf.get(c.domainId) ?? ''));
  }
}
