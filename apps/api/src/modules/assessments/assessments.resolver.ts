import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import { LocalizedText } from '../../graphql/localized-text.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { FrameworkLoader } from '../frameworks/frameworks.loaders.js';
import { Framework } from '../frameworks/models/framework.model.js';
import { AssessmentsService } from './assessments.service.js';
import { CampaignsService } from './campaigns.service.js';
import { CURRENT_CONSENT } from './consent.js';
import { CampaignsArgs, CreateCampaignInput, SaveAssessmentDraftInput, SubmitAssessmentInput } from './dto/assessment.input.js';
import { AssessmentDraft, AssessmentResponse, Campaign, ConsentText } from './models/assessment.model.js';

@Resolver(() => Campaign)
export class CampaignsResolver {
  constructor(
    private readonly service: CampaignsService,
    private readonly frameworkLoader: FrameworkLoader,
  ) {}

  @Query(() => [Campaign])
  async campaigns(@CurrentActor() actor: Actor, @Args() args: CampaignsArgs): Promise<Campaign[]> {
    return (await this.service.list(actor, args.openToMe)).map((c) => Campaign.from(c));
  }

  @Query(() => Campaign)
  async campaign(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<Campaign> {
    return Campaign.from(await this.service.get(actor, id));
  }

  @Mutation(() => Campaign)
  async createCampaign(@CurrentActor() actor: Actor, @Args('input') input: CreateCampaignInput): Promise<Campaign> {
    return Campaign.from(await this.service.create(actor, input));
  }

  @ResolveField(() => Framework)
  async framework(@Parent() campaign: Campaign, @Context() ctx: RequestContext): Promise<Framework> {
    const framework = await ctx.loaders.get(this.frameworkLoader).load(campaign.frameworkId);
    if (!framework) throw new Error(`campaign ${campaign.id} points at a missing framework`);
    return Framework.from(framework);
  }
}

@Resolver()
export class AssessmentsResolver {
  constructor(private readonly assessments: AssessmentsService) {}

  @Mutation(() => AssessmentResponse, { description: 'Submits (or, while the campaign is open, replaces) the signed-in practitioner’s self-assessment' })
  async submitAssessment(@CurrentActor() actor: Actor, @Args('input') input: SubmitAssessmentInput): Promise<AssessmentResponse> {
    const { response, ratings } = await this.assessments.submit(actor, input);
    return AssessmentResponse.from(response, ratings);
  }

  @Query(() => AssessmentResponse, { nullable: true })
  async myAssessment(@CurrentActor() actor: Actor, @Args('campaignId', { type: () => ID }) campaignId: string): Promise<AssessmentResponse | null> {
    const mine = await this.assessments.myResponse(actor, campaignId);
    return mine ? AssessmentResponse.from(mine.response, mine.ratings) : null;
  }

  @Query(() => AssessmentDraft, { nullable: true })
  async myAssessmentDraft(@CurrentActor() actor: Actor, @Args('campaignId', { type: () => ID }) campaignId: string): Promise<AssessmentDraft | null> {
    const draft = await this.assessments.myDraft(actor, campaignId);
    return draft ? AssessmentDraft.from(draft) : null;
  }

  @Mutation(() => AssessmentDraft, { description: 'Autosave: keeps partial answers on the server, restorable on any device' })
  async saveAssessmentDraft(@CurrentActor() actor: Actor, @Args('input') input: SaveAssessmentDraftInput): Promise<AssessmentDraft> {
    return AssessmentDraft.from(await this.assessments.saveDraft(actor, input));
  }

  @Query(() => ConsentText, { description: 'The current PDPA consent text, and whether I accepted it' })
  async currentConsent(@CurrentActor() actor: Actor): Promise<ConsentText> {
    const record = await this.assessments.consentOf(actor);
    return Object.assign(new ConsentText(), { version: CURRENT_CONSENT.version, text: LocalizedText.from(CURRENT_CONSENT.text), acceptedAt: record?.givenAt ?? null });
  }

  @Mutation(() => ConsentText)
  async giveConsent(@CurrentActor() actor: Actor, @Args('version') version: string): Promise<ConsentText> {
    const record = await this.assessments.giveConsent(actor, version);
    return Object.assign(new ConsentText(), { version: CURRENT_CONSENT.version, text: LocalizedText.from(CURRENT_CONSENT.text), acceptedAt: record.givenAt });
  }
}
