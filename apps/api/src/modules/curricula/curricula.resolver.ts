import { Args, Context, Field, Float, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { checkCurriculumOrder, type Actor, type PrerequisiteNode } from '@ruamsang/domain';
import { ModuleStatus, Role } from '@ruamsang/shared';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { UserLoader } from '../accounts/accounts.loaders.js';
import type { AppUserEntity } from '../accounts/entities/app-user.entity.js';
import { CurriculumModulesLoader, GapWeightsLoader, ModuleCommentsLoader, ModulePrerequisitesLoader } from './curricula.loaders.js';
import { coverageModuleOf, CurriculaService, warningMessage } from './curricula.service.js';
import {
  AddModuleCommentInput,
  CreateCurriculumInput,
  CreateTrainingModuleInput,
  SuggestModulesArgs,
  TrainingModulesArgs,
  UpdateCurriculumInput,
  UpdateTrainingModuleInput,
} from './dto/curricula.input.js';
import {
  AddressedGap,
  CompetencyCoverage,
  Curriculum,
  CurriculumWarning,
  GapWeightEntry,
  ModuleComment,
  ModuleSuggestion,
  ModuleVersion,
  SuggestionPickEntry,
  TrainingModule,
  TrainingModulePage,
} from './models/curricula.model.js';

/** Who wrote or changed something: a name and a role, never contact details. */
@ObjectType()
export class ModulePerson {
  @Field(() => ID) id!: string;
  @Field(() => String) displayName!: string;
  @Field(() => Role) role!: Role;

  static from(user: AppUserEntity): ModulePerson {
    return Object.assign(new ModulePerson(), { id: user.id, displayName: user.displayName, role: user.role });
  }
}

async function people(ctx: RequestContext, loader: UserLoader, ids: readonly string[]): Promise<ModulePerson[]> {
  const users = await ctx.loaders.get(loader).loadMany([...ids]);
  return users.filter((u): u is AppUserEntity => u !== null && !(u instanceof Error)).map((u) => ModulePerson.from(u));
}

@Resolver(() => TrainingModule)
export class TrainingModulesResolver {
  constructor(
    private readonly service: CurriculaService,
    private readonly prerequisitesLoader: ModulePrerequisitesLoader,
    private readonly commentsLoader: ModuleCommentsLoader,
    private readonly weightsLoader: GapWeightsLoader,
    private readonly userLoader: UserLoader,
  ) {}

  @Query(() => TrainingModule)
  async trainingModule(@Args('code') code: string): Promise<TrainingModule> {
    return TrainingModule.from(await this.service.module(code));
  }

  @Query(() => TrainingModulePage)
  async trainingModules(@Args() args: TrainingModulesArgs): Promise<TrainingModulePage> {
    const { items, total } = await this.service.listModules(args);
    return Object.assign(new TrainingModulePage(), { items: items.map((m) => TrainingModule.from(m)), total, offset: args.offset, limit: args.limit });
  }

  @Query(() => [ModuleVersion], { description: 'Every version of a module, newest first, with what changed, who and when' })
  async moduleHistory(@Args('code') code: string): Promise<ModuleVersion[]> {
    return (await this.service.history(code)).map((v) => ModuleVersion.from(v));
  }

  @Mutation(() => TrainingModule)
  async createTrainingModule(@CurrentActor() actor: Actor, @Args('input') input: CreateTrainingModuleInput): Promise<TrainingModule> {
    return TrainingModule.from(await this.service.createModule(actor, input));
  }

  @Mutation(() => TrainingModule, { description: 'Trainers (creator or co-author), coordinators and admins; a prerequisite cycle is refused naming the modules' })
  async updateTrainingModule(@CurrentActor() actor: Actor, @Args('code') code: string, @Args('input') input: UpdateTrainingModuleInput): Promise<TrainingModule> {
    return TrainingModule.from(await this.service.updateModule(actor, code, input));
  }

  @Mutation(() => TrainingModule, { description: 'DRAFT → REVIEW (authors), REVIEW → APPROVED (coordinators, admins), REVIEW → DRAFT, APPROVED → DRAFT' })
  async changeModuleStatus(
    @CurrentActor() actor: Actor,
    @Args('code') code: string,
    @Args('status', { type: () => ModuleStatus }) status: ModuleStatus,
  ): Promise<TrainingModule> {
    return TrainingModule.from(await this.service.changeStatus(actor, code, status));
  }

  @Mutation(() => ModuleComment, { description: 'Any signed-in person, practitioners included, may comment or suggest' })
  async addModuleComment(@CurrentActor() actor: Actor, @Args('input') input: AddModuleCommentInput): Promise<ModuleComment> {
    return ModuleComment.from(await this.service.addComment(actor, input));
  }

  @ResolveField(() => [TrainingModule])
  async prerequisites(@Parent() module: TrainingModule, @Context() ctx: RequestContext): Promise<TrainingModule[]> {
    return (await ctx.loaders.get(this.prerequisitesLoader).load(module.id)).map((m) => TrainingModule.from(m));
  }

  @ResolveField(() => [String])
  async prerequisiteCodes(@Parent() module: TrainingModule, @Context() ctx: RequestContext): Promise<string[]> {
    return (await ctx.loaders.get(this.prerequisitesLoader).load(module.id)).map((m) => m.code);
  }

  @ResolveField(() => [ModulePerson])
  async coAuthors(@Parent() module: TrainingModule, @Context() ctx: RequestContext): Promise<ModulePerson[]> {
    return people(ctx, this.userLoader, module.coAuthorIds);
  }

  @ResolveField(() => ModulePerson, { nullable: true })
  async createdBy(@Parent() module: TrainingModule, @Context() ctx: RequestContext): Promise<ModulePerson | null> {
    return module.createdBy ? ((await people(ctx, this.userLoader, [module.createdBy]))[0] ?? null) : null;
  }

  @ResolveField(() => [ModuleComment])
  async comments(@Parent() module: TrainingModule, @Context() ctx: RequestContext): Promise<ModuleComment[]> {
    return (await ctx.loaders.get(this.commentsLoader).load(module.id)).map((c) => ModuleComment.from(c));
  }

  @ResolveField(() => [AddressedGap])
  async addressedGaps(@Parent() module: TrainingModule, @Context() ctx: RequestContext): Promise<AddressedGap[]> {
    return Promise.all(
      module.addressedGapKeys.map(async (key) => {
        const weight = (await ctx.loaders.get(this.weightsLoader).load(key.campaignId)).get(key.competencyCode);
        return Object.assign(new AddressedGap(), {
          campaignId: key.campaignId,
          competencyCode: key.competencyCode,
          suppressed: !weight,
          index: weight?.index ?? null,
          rank: weight?.rank ?? null,
          n: weight?.n ?? null,
          votes: null,
          weight: weight?.weight ?? null,
        });
      }),
    );
  }
}

@Resolver(() => ModuleVersion)
export class ModuleVersionsResolver {
  constructor(private readonly userLoader: UserLoader) {}

  @ResolveField(() => ModulePerson, { nullable: true })
  async changedBy(@Parent() version: ModuleVersion, @Context() ctx: RequestContext): Promise<ModulePerson | null> {
    return version.changedBy ? ((await people(ctx, this.userLoader, [version.changedBy]))[0] ?? null) : null;
  }
}

@Resolver(() => ModuleComment)
export class ModuleCommentsResolver {
  constructor(private readonly userLoader: UserLoader) {}

  @ResolveField(() => ModulePerson, { nullable: true })
  async author(@Parent() comment: ModuleComment, @Context() ctx: RequestContext): Promise<ModulePerson | null> {
    return comment.authorId ? ((await people(ctx, this.userLoader, [comment.authorId]))[0] ?? null) : null;
  }
}

@Resolver(() => Curriculum)
export class CurriculaResolver {
  constructor(
    private readonly service: CurriculaService,
    private readonly modulesLoader: CurriculumModulesLoader,
    private readonly prerequisitesLoader: ModulePrerequisitesLoader,
    private readonly weightsLoader: GapWeightsLoader,
  ) {}

  @Query(() => Curriculum)
  async curriculum(@Args('id', { type: () => ID }) id: string): Promise<Curriculum> {
    return Curriculum.from(await this.service.curriculum(id));
  }

  @Query(() => [Curriculum])
  async curricula(@Args('campaignId', { type: () => ID, nullable: true }) campaignId?: string | null): Promise<Curriculum[]> {
    return (await this.service.curricula(campaignId)).map((c) => Curriculum.from(c));
  }

  @Mutation(() => Curriculum, { description: 'Modules in teaching order; one taught before its prerequisite is refused naming both' })
  async createCurriculum(@CurrentActor() actor: Actor, @Args('input') input: CreateCurriculumInput): Promise<Curriculum> {
    return Curriculum.from(await this.service.createCurriculum(actor, input));
  }

  @Mutation(() => Curriculum, { description: 'Reorder, add or remove modules (moduleCodes replaces the order), with the same checks' })
  async updateCurriculum(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateCurriculumInput): Promise<Curriculum> {
    return Curriculum.from(await this.service.updateCurriculum(actor, id, input));
  }

  @Query(() => [GapWeightEntry], { description: 'The prioritised gap weights gapCoverage uses (empty when the ALL group is suppressed)' })
  async gapWeights(@CurrentActor() actor: Actor, @Args('campaignId', { type: () => ID }) campaignId: string): Promise<GapWeightEntry[]> {
    const weights = await this.service.weightsVisibleTo(actor, campaignId);
    return [...weights.entries()].map(([competencyCode, w]) => Object.assign(new GapWeightEntry(), { competencyCode, ...w }));
  }

  @Query(() => ModuleSuggestion, { description: 'Modules covering the most gap weight per hour within the budget, prerequisites included, each pick explained' })
  async suggestModules(@CurrentActor() actor: Actor, @Args() args: SuggestModulesArgs): Promise<ModuleSuggestion> {
    const s = await this.service.suggest(actor, args.campaignId, args.hoursBudget);
    return Object.assign(new ModuleSuggestion(), {
      campaignId: args.campaignId,
      moduleCodes: s.moduleCodes,
      picks: s.picks.map((p) => Object.assign(new SuggestionPickEntry(), p)),
      totalHours: s.totalHours,
      gapCoverage: s.gapCoverage,
      hoursBudget: s.hoursBudget,
      strategy: s.strategy,
    });
  }

  @ResolveField(() => [TrainingModule], { description: 'In teaching order' })
  async modules(@Parent() curriculum: Curriculum, @Context() ctx: RequestContext): Promise<TrainingModule[]> {
    return (await ctx.loaders.get(this.modulesLoader).load(curriculum.id)).map((m) => TrainingModule.from(m));
  }

  @ResolveField(() => Float)
  async totalHours(@Parent() curriculum: Curriculum, @Context() ctx: RequestContext): Promise<number> {
    return this.service.totalHours(await ctx.loaders.get(this.modulesLoader).load(curriculum.id));
  }

  @ResolveField(() => Float, { description: 'Share (0–1) of the campaign’s prioritised gap weight its modules address up to their target levels' })
  async gapCoverage(@Parent() curriculum: Curriculum, @Context() ctx: RequestContext): Promise<number> {
    return (await this.coverageOf(curriculum, ctx)).gapCoverage;
  }

  @ResolveField(() => [CompetencyCoverage])
  async coverage(@Parent() curriculum: Curriculum, @Context() ctx: RequestContext): Promise<CompetencyCoverage[]> {
    return (await this.coverageOf(curriculum, ctx)).competencies.map((c) => Object.assign(new CompetencyCoverage(), c));
  }

  @ResolveField(() => [CurriculumWarning], { description: 'Prerequisites the curriculum does not hold (learners must bring them)' })
  async warnings(@Parent() curriculum: Curriculum, @Context() ctx: RequestContext): Promise<CurriculumWarning[]> {
    const modules = await ctx.loaders.get(this.modulesLoader).load(curriculum.id);
    const prerequisites = await ctx.loaders.get(this.prerequisitesLoader).loadMany(modules.map((m) => m.id));
    const nodes = new Map<string, PrerequisiteNode>(
      modules.map((m, i) => {
        const p = prerequisites[i];
        return [m.code, { code: m.code, prerequisiteCodes: Array.isArray(p) ? p.map((x) => x.code) : [] }];
      }),
    );
    return checkCurriculumOrder(
      modules.map((m) => m.code),
      nodes,
    ).warnings.map((w) => CurriculumWarning.from(w, warningMessage(w, ctx.locale)));
  }

  private async coverageOf(curriculum: Curriculum, ctx: RequestContext) {
    const [modules, weights] = await Promise.all([ctx.loaders.get(this.modulesLoader).load(curriculum.id), ctx.loaders.get(this.weightsLoader).load(curriculum.campaignId)]);
    return this.service.coverage(
      weights,
      modules.map((m) => coverageModuleOf(m, [])),
    );
  }
}
