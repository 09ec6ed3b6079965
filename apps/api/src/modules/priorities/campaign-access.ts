import { Injectable } from '@nestjs/common';
import { eligibilityRefusal, mayDo, provinceScopeOf, type Actor, type WorkshopAction } from '@ruamsang/domain';
import { Role } from '@ruamsang/shared';
import { DomainError } from '../../common/errors.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { AssessmentMessages } from '../assessments/assessments.errors.js';
import { AssessmentsRepository } from '../assessments/assessments.repository.js';
import type { CampaignEntity } from '../assessments/entities/campaign.entity.js';
import { PriorityMessages } from './priorities.errors.js';

/**
 * Who may see and manage a campaign's prioritisation. Admins and trainers see every campaign,
 * coordinators those touching their provinces, practitioners those of their province and sector.
 * Managing (weight, routing) is for admins and coordinators of one of the campaign's provinces.
 */
@Injectable()
export class CampaignAccess {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly accounts: AccountsRepository,
  ) {}

  async campaign(campaignId: string): Promise<CampaignEntity> {
    const campaign = await this.assessments.findCampaign(campaignId);
    if (!campaign) throw DomainError.notFound(AssessmentMessages['assessments.campaignNotFound']);
    return campaign;
  }

  async canSee(actor: Actor, campaign: CampaignEntity): Promise<boolean> {
    switch (actor.role) {
      case Role.ADMIN:
      case Role.TRAINER:
        return true;
      case Role.COORDINATOR:
        return this.manages(actor, campaign);
      case Role.PRACTITIONER: {
        const me = await this.accounts.findById(actor.id);
        return eligibilityRefusal(campaign, { provinceCode: me?.provinceCode ?? null, sector: me?.sector ?? null }) === null;
      }
    }
  }

  manages(actor: Actor, campaign: CampaignEntity): boolean {
    const scope = provinceScopeOf(actor);
    switch (scope.kind) {
      case 'ALL':
        return true;
      case 'NONE':
        return false;
      case 'SOME':
        return campaign.provinceCodes.some((code) => scope.provinceCodes.includes(code));
    }
  }

  /** The campaign, when the actor may see it: NOT_FOUND when it does not exist, FORBIDDEN when out of scope. */
  async visibleCampaign(actor: Actor, campaignId: string): Promise<CampaignEntity> {
    const campaign = await this.campaign(campaignId);
    if (!(await this.canSee(actor, campaign))) throw DomainError.forbidden(PriorityMessages['priorities.campaignNotVisible']);
    return campaign;
  }

  /** The campaign, when the actor may manage its prioritisation (role first, then province scope). */
  async managedCampaign(actor: Actor, campaignId: string, action: WorkshopAction): Promise<CampaignEntity> {
    if (!mayDo(actor.role, action)) throw DomainError.forbidden(PriorityMessages['priorities.cannotManage']);
    const campaign = await this.campaign(campaignId);
    if (!this.manages(actor, campaign)) throw DomainError.forbidden(PriorityMessages['priorities.cannotManage']);
    return campaign;
  }
}
