import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { UserLoader } from '../accounts/accounts.loaders.js';
import { CommentAuthor } from '../priorities/models/priorities.model.js';
import {
  AddHopesFearsCardInput,
  CreateHopesFearsBoardInput,
  CreateIcebergInput,
  CreatePersonaInput,
  PersonaListArgs,
  WorkshopLinkInput,
  WorkshopListArgs,
} from './dto/workshop.args.js';
import { WorkshopItemKind } from './entities/workshop.entity.js';
import { HopesFearsBoard, HopesFearsBoardPage, HopesFearsCard, IcebergAnalysis, IcebergPage, Persona, PersonaPage, WorkshopLink } from './models/workshop.model.js';
import { BoardCardsLoader, WorkshopLinksLoader } from './workshop.loaders.js';
import { WorkshopService } from './workshop.service.js';

async function linksOf(loader: WorkshopLinksLoader, ctx: RequestContext, kind: WorkshopItemKind, id: string): Promise<WorkshopLink[]> {
  return (await ctx.loaders.get(loader).load(`${kind}:${id}`)).map((l) => WorkshopLink.from(l));
}

@Resolver()
export class WorkshopResolver {
  constructor(private readonly service: WorkshopService) {}

  @Query(() => HopesFearsBoardPage)
  async hopesFearsBoards(@CurrentActor() actor: Actor, @Args() args: WorkshopListArgs): Promise<HopesFearsBoardPage> {
    const page = await this.service.boards(actor, args);
    return Object.assign(new HopesFearsBoardPage(), { items: page.items.map((b) => HopesFearsBoard.from(b)), total: page.total });
  }

  @Query(() => HopesFearsBoard)
  async hopesFearsBoard(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<HopesFearsBoard> {
    return HopesFearsBoard.from(await this.service.visible(actor, WorkshopItemKind.HOPES_FEARS_BOARD, id));
  }

  @Mutation(() => HopesFearsBoard, { description: 'Trainers, coordinators (their provinces) and admins' })
  async createHopesFearsBoard(@CurrentActor() actor: Actor, @Args('input') input: CreateHopesFearsBoardInput): Promise<HopesFearsBoard> {
    return HopesFearsBoard.from(await this.service.createBoard(actor, input));
  }

  @Mutation(() => HopesFearsCard, { description: 'Anyone who sees the board adds a hope or a fear' })
  async addHopesFearsCard(@CurrentActor() actor: Actor, @Args('input') input: AddHopesFearsCardInput): Promise<HopesFearsCard> {
    return HopesFearsCard.from(await this.service.addCard(actor, input));
  }

  @Query(() => PersonaPage)
  async personas(@CurrentActor() actor: Actor, @Args() args: PersonaListArgs): Promise<PersonaPage> {
    const page = await this.service.personas(actor, args);
    return Object.assign(new PersonaPage(), { items: page.items.map((p) => Persona.from(p)), total: page.total });
  }

  @Query(() => Persona)
  async persona(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Persona> {
    return Persona.from(await this.service.visible(actor, WorkshopItemKind.PERSONA, id));
  }

  @Mutation(() => Persona)
  async createPersona(@CurrentActor() actor: Actor, @Args('input') input: CreatePersonaInput): Promise<Persona> {
    return Persona.from(await this.service.createPersona(actor, input));
  }

  @Query(() => IcebergPage)
  async icebergs(@CurrentActor() actor: Actor, @Args() args: WorkshopListArgs): Promise<IcebergPage> {
    const page = await this.service.icebergs(actor, args);
    return Object.assign(new IcebergPage(), { items: page.items.map((i) => IcebergAnalysis.from(i)), total: page.total });
  }

  @Query(() => IcebergAnalysis)
  async iceberg(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<IcebergAnalysis> {
    return IcebergAnalysis.from(await this.service.visible(actor, WorkshopItemKind.ICEBERG, id));
  }

  @Mutation(() => IcebergAnalysis)
  async createIceberg(@CurrentActor() actor: Actor, @Args('input') input: CreateIcebergInput): Promise<IcebergAnalysis> {
    return IcebergAnalysis.from(await this.service.createIceberg(actor, input));
  }

  @Mutation(() => WorkshopLink, { description: 'Links a workshop item to a competency or a gap (idempotent)' })
  async linkWorkshopItem(@CurrentActor() actor: Actor, @Args('input') input: WorkshopLinkInput): Promise<WorkshopLink> {
    return WorkshopLink.from(await this.service.link(actor, input));
  }

  @Mutation(() => Boolean, { description: 'Removes a link; false when there was none' })
  unlinkWorkshopItem(@CurrentActor() actor: Actor, @Args('input') input: WorkshopLinkInput): Promise<boolean> {
    return this.service.unlink(actor, input);
  }
}

@Resolver(() => HopesFearsBoard)
export class HopesFearsBoardResolver {
  constructor(
    private readonly cardsLoader: BoardCardsLoader,
    private readonly linksLoader: WorkshopLinksLoader,
  ) {}

  @ResolveField(() => [HopesFearsCard], { description: 'Oldest first' })
  async cards(@Parent() board: HopesFearsBoard, @Context() ctx: RequestContext): Promise<HopesFearsCard[]> {
    return (await ctx.loaders.get(this.cardsLoader).load(board.id)).map((c) => HopesFearsCard.from(c));
  }

  @ResolveField(() => [WorkshopLink])
  links(@Parent() board: HopesFearsBoard, @Context() ctx: RequestContext): Promise<WorkshopLink[]> {
    return linksOf(this.linksLoader, ctx, WorkshopItemKind.HOPES_FEARS_BOARD, board.id);
  }
}

@Resolver(() => HopesFearsCard)
export class HopesFearsCardResolver {
  constructor(private readonly users: UserLoader) {}

  @ResolveField(() => CommentAuthor, { nullable: true })
  async author(@Parent() card: HopesFearsCard, @Context() ctx: RequestContext): Promise<CommentAuthor | null> {
    if (!card.authorId) return null;
    const user = await ctx.loaders.get(this.users).load(card.authorId);
    return user ? Object.assign(new CommentAuthor(), { id: user.id, displayName: user.displayName, role: user.role }) : null;
  }
}

@Resolver(() => Persona)
export class PersonaResolver {
  constructor(private readonly linksLoader: WorkshopLinksLoader) {}

  @ResolveField(() => [WorkshopLink])
  links(@Parent() persona: Persona, @Context() ctx: RequestContext): Promise<WorkshopLink[]> {
    return linksOf(this.linksLoader, ctx, WorkshopItemKind.PERSONA, persona.id);
  }
}

@Resolver(() => IcebergAnalysis)
export class IcebergResolver {
  constructor(private readonly linksLoader: WorkshopLinksLoader) {}

  @ResolveField(() => [WorkshopLink])
  links(@Parent() iceberg: IcebergAnalysis, @Context() ctx: RequestContext): Promise<WorkshopLink[]> {
    return linksOf(this.linksLoader, ctx, WorkshopItemKind.ICEBERG, iceberg.id);
  }
}
