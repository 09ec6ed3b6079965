import { Injectable } from '@nestjs/common';
import { campaignStatus, eligibilityRefusal, provinceScopeOf, type Actor } from '@ruamsang/domain';
import { Role } from '@ruamsang/shared';
import { DomainError } from '../../common/errors.js';
import { cleanText } from '../../graphql/localized-text.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { FrameworkStatus } from '../frameworks/entities/framework.entity.js';
import { FrameworksRepository } from '../frameworks/frameworks.repository.js';
import { GeographyService } from '../geography/geography.service.js';
import { PriorityMessages } from '../priorities/priorities.errors.js';
import { AssessmentMessages } from './assessments.errors.js';
import { AssessmentsRepository } from './assessments.repository.js';
import type { CreateCampaignInput } from './dto/assessment.input.js';
import type { CampaignEntity } from './entities/campaign.entity.js';

@Injectable()
export class CampaignsService {
  constructor(
    private readonly repository: AssessmentsRepository,
    private readonly frameworks: FrameworksRepository,
    private readonly geography: GeographyService,
    private readonly accounts: AccountsRepository,
  ) {}

  async create(actor: Actor, input: CreateCampaignInput): Promise<CampaignEntity> {
    const scope = provinceScopeOf(actor);
    if (scope.kind === 'NONE') throw DomainError.forbidden(AssessmentMessages['assessments.cannotManageCampaigns']);
    if (scope.kind === 'SOME' && !input.provinceCodes.every((code) => scope.provinceCodes.includes(code))) {
      throw DomainError.forbidden(AssessmentMessages['assessments.provincesOutsideScope']);
    }
    await this.geography.assertInProgramme(input.provinceCodes, 'provinceCodes');
    if (input.closesAt.getTime() <= input.opensAt.getTime()) throw DomainError.badInput('closesAt', AssessmentMessages['assessments.closesBeforeOpens']);
    const framework = await this.frameworks.findById(input.frameworkId);
    if (!framework || framework.status !== FrameworkStatus.PUBLISHED) {
      throw DomainError.badInput('frameworkId', AssessmentMessages['assessments.frameworkNotPublished']);
    }
    return this.repository.saveCampaign({
      frameworkId: framework.id,
      title: input.title.trim(),
      instrument: input.instrument,
      provinceCodes: [...input.provinceCodes].sort(),
      sectors: input.sectors ?? [],
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      minGroupSize: input.minGroupSize ?? 5,
      voteBudget: input.voteBudget ?? 10,
      openQuestions: (input.openQuestions ?? []).map((q) => ({ key: q.key, prompt: cleanText(q.prompt) })),
      createdBy: actor.id,
    });
  }

  /** One campaign, by the rule of `list`: coordinators those touching their provinces, practitioners those they may answer. */
  async get(actor: Actor, id: string): Promise<CampaignEntity> {
    const campaign = await this.repository.findCampaign(id);
    if (!campaign) throw DomainError.notFound(AssessmentMessages['assessments.campaignNotFound']);
    const scope = provinceScopeOf(actor);
    let visible = scope.kind !== 'SOME' || campaign.provinceCodes.some((code) => scope.provinceCodes.includes(code));
    if (actor.role === Role.PRACTITIONER) {
      const me = await this.accounts.findById(actor.id);
      visible = eligibilityRefusal(campaign, { provinceCode: me?.provinceCode ?? null, sector: me?.sector ?? null }) === null;
    }
    if (!visible) throw DomainError.forbidden(PriorityMessages['priorities.campaignNotVisible']);
    return campaign;
  }

  /** Coordinators see campaigns touching their provinces; practitioners those they may answer. */
  async list(actor: Actor, openToMe: boolean): Promise<CampaignEntity[]> {
    const scope = provinceScopeOf(actor);
    const campaigns = await this.repository.listCampaigns({ provinceCodes: scope.kind === 'SOME' ? scope.provinceCodes : undefined });
    if (actor.role !== Role.PRACTITIONER && !openToMe) return campaigns;
    const me = await this.accounts.findById(actor.id);
    const now = new Date();
    return campaigns.filter(
      (c) =>
        eligibilityRefusal(c, { provinceCode: me?.provinceCode ?? null, sector: me?.sector ?? null }) === null &&
        (!openToMe || campaignStatus(c.opensAt, c.closesAt, now) === 'OPEN'),
    );
  }
}
