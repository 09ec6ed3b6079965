import { Injectable } from '@nestjs/common';
import { campaignStatus, eligibilityRefusal, ratingProblems, type Actor } from '@ruamsang/domain';
import { Instrument, Role, scaleOf } from '@ruamsang/shared';
import { QueryFailedError, type EntityManager } from 'typeorm';
import { DomainError, ErrorCode, type FieldProblem } from '../../common/errors.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { FrameworksRepository } from '../frameworks/frameworks.repository.js';
import { AssessmentMessages } from './assessments.errors.js';
import { AssessmentsRepository } from './assessments.repository.js';
import { CURRENT_CONSENT } from './consent.js';
import type { AnswerInput, SaveAssessmentDraftInput, SubmitAssessmentInput } from './dto/assessment.input.js';
import {
  AssessmentDraftEntity,
  ResponseSource,
  type AssessmentResponseEntity,
  type ConsentRecordEntity,
  type RatingEntity,
} from './entities/assessment-response.entity.js';
import type { CampaignEntity } from './entities/campaign.entity.js';
import { AuditService } from '../privacy/audit.service.js';

const UNIQUE_VIOLATION = '23505';

/** Something else that wants to know when a campaign's ratings change (the gap rollups). */
export abstract class RatingsListener {
  abstract ratingsChanged(
    manager: EntityManager,
    campaign: CampaignEntity,
    removed: readonly { response: AssessmentResponseEntity; ratings: readonly RatingEntity[] }[],
    added: readonly { response: AssessmentResponseEntity; ratings: readonly RatingEntity[] }[],
  ): Promise<void>;
}

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly repository: AssessmentsRepository,
    private readonly frameworks: FrameworksRepository,
    private readonly accounts: AccountsRepository,
    private readonly listener: RatingsListener,
    private readonly audit: AuditService,
  ) {}

  private async openCampaignFor(actor: Actor, campaignId: string, manager?: EntityManager): Promise<CampaignEntity> {
    const campaign = await this.repository.findCampaign(campaignId, manager);
    if (!campaign) throw DomainError.notFound(AssessmentMessages['assessments.campaignNotFound']);
    if (actor.role !== Role.PRACTITIONER) throw DomainError.forbidden(AssessmentMessages['assessments.onlyPractitioners']);
    const me = await this.accounts.findById(actor.id, manager);
    const refusal = eligibilityRefusal(campaign, { provinceCode: me?.provinceCode ?? null, sector: me?.sector ?? null });
    if (refusal) {
      throw DomainError.forbidden(AssessmentMessages[`assessments.${refusal}`], {
        provinces: campaign.provinceCodes.join(', '),
        sectors: campaign.sectors.join(', '),
      });
    }
    if (campaignStatus(campaign.opensAt, campaign.closesAt, new Date()) !== 'OPEN') {
      throw DomainError.badInput('campaignId', AssessmentMessages['assessments.notOpen'], {
        opensAt: campaign.opensAt.toISOString(),
        closesAt: campaign.closesAt.toISOString(),
      });
    }
    return campaign;
  }

  private answersOf(campaign: CampaignEntity, answers: readonly AnswerInput[] | null | undefined): Record<string, string> {
    const keys = new Set(campaign.openQuestions.map((q) => q.key));
    const result: Record<string, string> = {};
    (answers ?? []).forEach((answer, index) => {
      if (!keys.has(answer.key)) throw DomainError.badInput(`answers.${index}.key`, AssessmentMessages['assessments.unknownQuestion'], { key: answer.key });
      if (answer.text.trim()) result[answer.key] = answer.text.trim();
    });
    return result;
  }

  private async checkRatings(campaign: CampaignEntity, ratings: SubmitAssessmentInput['ratings'], manager?: EntityManager): Promise<void> {
    const codes = new Set((await this.frameworks.competenciesOf([campaign.frameworkId], manager)).map((c) => c.code));
    const problems: FieldProblem[] = ratingProblems(campaign.instrument, ratings, codes).map((p) => ({
      field: p.field,
      reason: `assessments.${p.reason}`,
      params: p.params,
    }));
    ratings.forEach((rating, index) => {
      if (rating.needType && campaign.instrument !== Instrument.HENNESSY_HICKS) {
        problems.push({ field: `ratings.${index}.needType`, reason: AssessmentMessages['assessments.needTypeOnlyHennessyHicks'] });
      }
    });
    const first = problems[0];
    if (first) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, AssessmentMessages['assessments.ratingProblem'], { field: first.field, detailKey: first.reason }, problems);
    }
  }

  /**
   * Stores the practitioner's response, or replaces it while the campaign is open. A retry with
   * a clientSubmissionId already seen returns the stored response and changes nothing.
   */
  async submit(actor: Actor, input: SubmitAssessmentInput): Promise<{ response: AssessmentResponseEntity; ratings: RatingEntity[] }> {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.repository.transaction((manager) => this.submitOnce(actor, input, manager));
      } catch (error) {
        // Two copies of one submission racing: the loser finds the winner's receipt next time.
        const unique = error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION;
        if (!unique || attempt >= 2) throw error;
      }
    }
  }

  private async submitOnce(actor: Actor, input: SubmitAssessmentInput, manager: EntityManager) {
    const receipt = await this.repository.findReceipt(input.clientSubmissionId, manager);
    if (receipt) {
      if (receipt.userId !== actor.id) throw DomainError.conflict(AssessmentMessages['assessments.submissionTaken'], {}, 'clientSubmissionId');
      const response = await this.repository.findResponse(receipt.responseId, manager);
      if (response) return { response, ratings: await this.repository.ratingsOf([response.id], manager) };
    }
    const campaign = await this.openCampaignFor(actor, input.campaignId, manager);
    await this.checkRatings(campaign, input.ratings, manager);
    const answers = this.answersOf(campaign, input.answers);
    if (!(await this.repository.latestConsent(actor.id, CURRENT_CONSENT.version, manager))) {
      throw DomainError.forbidden(AssessmentMessages['assessments.consentRequired'], { version: CURRENT_CONSENT.version });
    }
    const me = await this.accounts.findById(actor.id, manager);
    const now = new Date();
    const existing = await this.repository.findResponseOf(campaign.id, actor.id, manager);
    const previousRatings = existing ? await this.repository.ratingsOf([existing.id], manager) : [];
    const previous = existing ? { response: { ...existing }, ratings: previousRatings } : null;
    const response = await this.repository.saveResponse(
      {
        ...(existing ?? { submittedAt: now }),
        campaignId: campaign.id,
        respondentId: actor.id,
        respondentRef: null,
        source: ResponseSource.SELF,
        provinceCode: me?.provinceCode ?? '',
        districtCode: me?.districtCode ?? null,
        sector: me?.sector ?? null,
        organisationId: me?.organisationId ?? null,
        gender: me?.gender ?? null,
        ageBand: me?.ageBand ?? null,
        personaGroups: me?.personaGroups ?? [],
        answers,
        clientSubmissionId: input.clientSubmissionId,
        updatedAt: now,
      },
      manager,
    );
    const ratings = await this.repository.replaceRatings(response, input.ratings, manager);
    await this.repository.addReceipt(input.clientSubmissionId, response.id, actor.id, manager);
    await this.repository.deleteDraft(campaign.id, actor.id, manager);
    await this.listener.ratingsChanged(manager, campaign, previous ? [previous] : [], [{ response, ratings }]);
    await this.audit.record(manager, {
      actorId: actor.id,
      action: existing ? 'UPDATE' : 'CREATE',
      entity: 'assessment_response',
      entityId: response.id,
      subjectId: actor.id,
      fields: ['ratings', ...(Object.keys(answers).length ? ['answers'] : []), 'provinceCode', 'districtCode', 'sector', 'organisationId', 'gender', 'ageBand', 'personaGroups'],
    });
    return { response, ratings };
  }

  async myResponse(actor: Actor, campaignId: string): Promise<{ response: AssessmentResponseEntity; ratings: RatingEntity[] } | null> {
    const response = await this.repository.findResponseOf(campaignId, actor.id);
    return response ? { response, ratings: await this.repository.ratingsOf([response.id]) } : null;
  }

  myDraft(actor: Actor, campaignId: string): Promise<AssessmentDraftEntity | null> {
    return this.repository.findDraft(campaignId, actor.id);
  }

  /** Partial answers are fine in a draft; values outside the scale are still refused. */
  async saveDraft(actor: Actor, input: SaveAssessmentDraftInput): Promise<AssessmentDraftEntity> {
    const campaign = await this.openCampaignFor(actor, input.campaignId);
    const { min, max } = scaleOf(campaign.instrument);
    input.ratings.forEach((rating, index) => {
      for (const side of ['target', 'current'] as const) {
        const value = rating[side];
        if (value != null && (value < min || value > max)) {
          throw DomainError.badInput(`ratings.${index}.${side}`, AssessmentMessages['assessments.OUT_OF_SCALE'], { min, max });
        }
      }
    });
    const draft = Object.assign(new AssessmentDraftEntity(), {
      campaignId: campaign.id,
      userId: actor.id,
      ratings: input.ratings.map((r) => ({ competencyCode: r.competencyCode, target: r.target ?? null, current: r.current ?? null, needType: r.needType ?? null })),
      answers: this.answersOf(campaign, input.answers),
      updatedAt: new Date(),
    });
    const saved = await this.repository.saveDraft(draft);
    await this.audit.record(null, { actorId: actor.id, action: 'UPDATE', entity: 'assessment_draft', entityId: campaign.id, subjectId: actor.id, fields: ['ratings', 'answers'] });
    return saved;
  }

  consentOf(actor: Actor): Promise<ConsentRecordEntity | null> {
    return this.repository.latestConsent(actor.id, CURRENT_CONSENT.version);
  }

  async giveConsent(actor: Actor, version: string): Promise<ConsentRecordEntity> {
    if (version !== CURRENT_CONSENT.version) {
      throw DomainError.badInput('version', AssessmentMessages['assessments.consentOutdated'], { version: CURRENT_CONSENT.version });
    }
    const given = await this.repository.latestConsent(actor.id, version);
    if (given) return given;
    const consent = await this.repository.saveConsent(actor.id, version);
    await this.audit.record(null, { actorId: actor.id, action: 'CONSENT', entity: 'consent_record', entityId: consent.id, subjectId: actor.id, fields: ['consentVersion'] });
    return consent;
  }
}
