import { Injectable } from '@nestjs/common';
import type { Actor } from '@ruamsang/domain';
import { GapGrouping } from '@ruamsang/shared';
import type { CampaignEntity } from '../assessments/entities/campaign.entity.js';
import { GapsService } from '../gaps/gaps.service.js';

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
 * The ONE place gap coverage gets its weights from. Today: the campaign's primary index in the
 * ALL group of the gap analysis (negative values count as 0; a suppressed ALL group gives no
 * weights at all). When the blended priority (votes × index) exists, swap `weightOf` for it.
 */
@Injectable()
export class GapWeightsService {
  constructor(private readonly gaps: GapsService) {}

  /** The campaign when the caller may read its gaps (the rule of gapAnalysis); NOT_FOUND or FORBIDDEN otherwise. */
  campaignVisibleTo(actor: Actor, campaignId: string): Promise<CampaignEntity> {
    return this.gaps.visibleCampaign(actor, campaignId);
  }

  async weightsFor(campaignId: string): Promise<Map<string, GapWeight>> {
    const analysis = await this.gaps.analyse(campaignId, GapGrouping.ALL, 'en');
    const all = analysis.groups[0];
    const weights = new Map<string, GapWeight>();
    if (!all || all.suppressed) return weights;
    const indexName = analysis.primaryIndex as 'mwds' | 'pniModified' | 'meanGap';
    for (const figure of all.figures) {
      if (figure.n === 0 || figure.meanTarget === null || figure.meanCurrent === null) continue;
      const index = figure[indexName];
      const weightOf = (value: number | null) => (value !== null && value > 0 ? value : 0);
      weights.set(figure.competencyCode, {
        weight: weightOf(index),
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
