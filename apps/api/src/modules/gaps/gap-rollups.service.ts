import { Injectable } from '@nestjs/common';
import { rollupDeltas, type RatedResponse } from '@ruamsang/domain';
import type { EntityManager } from 'typeorm';
import { RatingsListener } from '../assessments/assessments.service.js';
import type { AssessmentResponseEntity, RatingEntity } from '../assessments/entities/assessment-response.entity.js';
import type { CampaignEntity } from '../assessments/entities/campaign.entity.js';
import { GapsRepository } from './gaps.repository.js';

function rated(change: { response: AssessmentResponseEntity; ratings: readonly RatingEntity[] }): RatedResponse {
  const r = change.response;
  return {
    groups: {
      provinceCode: r.provinceCode,
      districtCode: r.districtCode,
      sector: r.sector,
      organisationId: r.organisationId,
      gender: r.gender,
      ageBand: r.ageBand,
      personaGroups: r.personaGroups,
    },
    ratings: change.ratings,
  };
}

/** Keeps gap_rollup and gap_group in step with ratings, inside the writer's transaction. */
@Injectable()
export class GapRollupsService implements RatingsListener {
  constructor(private readonly repository: GapsRepository) {}

  async ratingsChanged(
    manager: EntityManager,
    campaign: CampaignEntity,
    removed: readonly { response: AssessmentResponseEntity; ratings: readonly RatingEntity[] }[],
    added: readonly { response: AssessmentResponseEntity; ratings: readonly RatingEntity[] }[],
  ): Promise<void> {
    const { rollups, groups } = rollupDeltas(removed.map(rated), added.map(rated));
    await this.repository.applyDeltas(campaign.id, rollups, groups, manager);
  }
}
