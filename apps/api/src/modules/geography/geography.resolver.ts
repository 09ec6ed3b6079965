import { cacheControlFromInfo, type CacheHint } from '@apollo/cache-control-types';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Sector } from '@ruamsang/shared';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import { Public } from '../../common/auth/public.decorator.js';
import type { Actor } from '@ruamsang/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { CreateOrganisationInput } from './dto/organisation.input.js';
import { DistrictsOfProvinceLoader } from './geography.loaders.js';
import { GeographyService } from './geography.service.js';
import { District, Organisation, Programme, Province } from './models/geography.model.js';

/**
 * Provinces and districts are the official dataset shipped with the product; nothing changes them
 * while it runs, so whole answers made only of them may be served from the response cache.
 */
// Root fields that set it are listed in graphql/cache-policy.plugin.ts (CACHEABLE_ROOT_FIELDS).
const REFERENCE_DATA: CacheHint = { maxAge: 3600, scope: 'PUBLIC' };

@Resolver(() => Province)
export class ProvinceResolver {
  constructor(
    private readonly geography: GeographyService,
    private readonly districtsOfProvince: DistrictsOfProvinceLoader,
  ) {}

  /** Reference data, needed on the sign-in and sign-up screens. */
  @Public()
  @Query(() => [Province], { description: 'All 77 provinces with their official codes' })
  async provinces(@Info() info: GraphQLResolveInfo): Promise<Province[]> {
    cacheControlFromInfo(info).setCacheHint(REFERENCE_DATA);
    return (await this.geography.listProvinces()).map((p) => Province.from(p));
  }

  @ResolveField(() => [District])
  async districts(@Parent() province: Province, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<District[]> {
    cacheControlFromInfo(info).setCacheHint(REFERENCE_DATA);
    return (await ctx.loaders.get(this.districtsOfProvince).load(province.code)).map((d) => District.from(d));
  }
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  constructor(private readonly geography: GeographyService) {}

  /** Public: the web draws its province choices and map from it, the sign-up screen included. */
  @Public()
  @Query(() => Programme, { description: 'The programme area (PROGRAMME_PROVINCES)' })
  async programme(): Promise<Programme> {
    const provinces = await this.geography.programmeProvinces();
    return Object.assign(new Programme(), { provinceCodes: provinces.map((p) => p.code), provinces: provinces.map((p) => Province.from(p)) });
  }
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly geography: GeographyService) {}

  @Query(() => [Organisation])
  async organisations(
    @Args('provinceCode', { type: () => String, nullable: true }) provinceCode?: string,
    @Args('sector', { type: () => Sector, nullable: true }) sector?: Sector,
  ): Promise<Organisation[]> {
    return (await this.geography.listOrganisations(provinceCode ?? undefined, sector ?? undefined)).map((o) => Organisation.from(o));
  }

  @Mutation(() => Organisation)
  async createOrganisation(@CurrentActor() actor: Actor, @Args('input') input: CreateOrganisationInput): Promise<Organisation> {
    return Organisation.from(await this.geography.createOrganisation(actor, input));
  }
}
