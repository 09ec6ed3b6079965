import { Injectable } from '@nestjs/common';
import type { Actor } from '@ruamsang/domain';
import type { CampaignEntity } from '../assessments/entities/campaign.entity.js';
import { GapsService } from '../gaps/gaps.service.js';
import { PrioritiesService } from '../priorities/priorities.service.js';

export interface GapWeight {
  /** Prioritised gap weight w_c ≥ 0 used by gapCoverage. */
  readonly weight: number;
  readonly meanTarget: number;
  readonly meanCurrent: number;
  /** The campaign's primary index (MWDS, PNImodified or mean gap) for this competency. */
  readonly index: number | null;
  readonly n: number;
  readonly rank: number | null;
}

/**
 * The ONE place gap coverage gets its weights from: the campaign's prioritised gap weight, i.e.
 * the blended priority (coordinator's weight × normalised primary index + the rest × normalised
 * dot votes) from the priorities module. The gap itself (mean target and current) comes from the
 * ALL group of the gap analysis; a suppressed ALL group gives no weights at all.
 */
@Injectable()
export class GapWeightsService {
  constructor(
    private readonly gaps: GapsService,
    private readonly priorities: PrioritiesService,
  ) {}

  /** The campaign when the caller may read its gaps (the rule of gapAnalysis); NOT_FOUND or FORBIDDEN otherwise. */
  campaignVisibleTo(actor: Actor, campaignId: string): Promise<CampaignEntity> {
    return this.gaps.visibleCampaign(actor, campaignId);
  }

  async weightsFor(campaignId: string): Promise<Map<string, GapWeight>> {
    const { analysis, weights: blended } = await this.priorities.gapWeights(campaignId);
    const all = analysis.groups[0];
    const weights = new Map<string, GapWeight>();
    if (!all || all.suppressed) return weights;
    const indexName = analysis.primaryIndex as 'mwds' | 'pniModified' | 'meanGap';
    for (const figure of all.figures) {
      if (figure.n === 0 || figure.meanTarget === null || figure.meanCurrent === null) continue;
      const index = figure[indexName];
      weights.set(figure.competencyCode, {
        weight: blended.get(figure.competencyCode) ?? 0,
        meanTarget: figure.meanTarget,
        meanCurrent: figure.meanCurrent,
        index,
        n: figure.n,
        rank: figure.rank,
      });
    }
    return weights;
  }
}
