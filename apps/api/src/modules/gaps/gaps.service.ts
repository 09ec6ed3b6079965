import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { analyseGroup, emptyRollup, primaryIndexOf, UNKNOWN_GROUP, type Actor, type GapRollup, type GroupAnalysis } from '@ruamsang/domain';
import { GapGrouping, type Instrument, type Locale } from '@ruamsang/shared';
import { DomainError, translate } from '../../common/errors.js';
import { AssessmentMessages } from '../assessments/assessments.errors.js';
import { AssessmentsRepository } from '../assessments/assessments.repository.js';
import type { CampaignEntity } from '../assessments/entities/campaign.entity.js';
import { FrameworksRepository } from '../frameworks/frameworks.repository.js';
import { GeographyRepository, readThaiGeography } from '../geography/geography.repository.js';
import { CampaignAccess } from '../priorities/campaign-access.js';
import type { GapRollupEntity } from './entities/gap-rollup.entity.js';
import { GroupLabels } from './gaps.messages.js';
import { GapsRepository } from './gaps.repository.js';

export interface AnalysedGroup extends GroupAnalysis {
  readonly key: string;
  readonly label: string;
  readonly respondents: number;
}

export interface Analysis {
  readonly campaignId: string;
  readonly instrument: Instrument;
  readonly groupBy: GapGrouping;
  readonly primaryIndex: string;
  readonly minGroupSize: number;
  readonly groups: AnalysedGroup[];
}

const LEVELS = [1, 2, 3, 4, 5, 6, 7] as const;

export function rollupFromRow(row: GapRollupEntity): GapRollup {
  return {
    n: row.n,
    t: LEVELS.map((l) => row[`t${l}`]),
    c: LEVELS.map((l) => row[`c${l}`]),
    sumD2: Number(row.sumD2),
    countGap2: row.countGap2,
  };
}

let placeNames: Map<string, { th: string; en: string }> | null = null;
function placeName(code: string): { th: string; en: string } | undefined {
  if (!placeNames) {
    const { provinces, districts } = readThaiGeography();
    placeNames = new Map([...provinces, ...districts].map((p) => [p.code, { th: p.nameTh, en: p.nameEn }]));
  }
  return placeNames.get(code);
}

@Injectable()
export class GapsService {
  constructor(
    private readonly repository: GapsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly frameworks: FrameworksRepository,
    private readonly geography: GeographyRepository,
    private readonly access: CampaignAccess,
  ) {}

  /**
   * Figures already computed from the rollups, per campaign, grouping and rollup version: a
   * dashboard opened by many people between two submissions is computed once. Shared by every
   * caller, so it holds figures only — who may read them is checked on every request.
   */
  private readonly computed = new LRUCache<string, Promise<Omit<AnalysedGroup, 'label'>[]>>({ max: 64 });

  /**
   * The analysis as a caller may read it: aggregates of a campaign they may see — admins and
   * trainers every campaign, coordinators those of their provinces, practitioners those they
   * may answer (the rule of gapPriorities). NOT_FOUND when it does not exist, FORBIDDEN when
   * out of scope.
   */
  async analyseFor(actor: Actor, campaignId: string, groupBy: GapGrouping, locale: Locale): Promise<Analysis> {
    return this.analyseCampaign(await this.visibleCampaign(actor, campaignId), groupBy, locale);
  }

  /** The campaign when the caller may read its aggregates (see analyseFor). */
  visibleCampaign(actor: Actor, campaignId: string): Promise<CampaignEntity> {
    return this.access.visibleCampaign(actor, campaignId);
  }

  /**
   * Gap figures per group, read from the maintained rollups (never the ratings table). Every
   * competency of the framework is listed, in framework order, even where nobody rated it.
   */
  async analyse(campaignId: string, groupBy: GapGrouping, locale: Locale): Promise<Analysis> {
    const campaign = await this.assessments.findCampaign(campaignId);
    if (!campaign) throw DomainError.notFound(AssessmentMessages['assessments.campaignNotFound']);
    return this.analyseCampaign(campaign, groupBy, locale);
  }

  async analyseCampaign(campaign: CampaignEntity, groupBy: GapGrouping, locale: Locale): Promise<Analysis> {
    // Everything the figures depend on is in the key; rollupVersion moves with every rating change.
    const key = [campaign.id, groupBy, campaign.rollupVersion, campaign.minGroupSize, campaign.instrument, campaign.frameworkId].join('|');
    let figures = this.computed.get(key);
    if (!figures) {
      figures = this.computeFigures(campaign, groupBy);
      this.computed.set(key, figures);
      figures.catch(() => this.computed.delete(key));
    }
    const groups = await figures;
    const labels = await this.labels(groupBy, groups.map((g) => g.key), locale);
    return {
      campaignId: campaign.id,
      instrument: campaign.instrument,
      groupBy,
      primaryIndex: primaryIndexOf(campaign.instrument),
      minGroupSize: campaign.minGroupSize,
      groups: groups.map((g) => ({ ...g, label: labels.get(g.key) ?? g.key })),
    };
  }

  private async computeFigures(campaign: CampaignEntity, groupBy: GapGrouping): Promise<Omit<AnalysedGroup, 'label'>[]> {
    const [competencies, groups, rows] = await Promise.all([
      this.frameworks.competenciesOf([campaign.frameworkId]),
      this.repository.groups(campaign.id, groupBy),
      this.repository.rollups(campaign.id, groupBy),
    ]);
    const byGroup = new Map<string, Map<string, GapRollup>>();
    for (const row of rows) {
      const map = byGroup.get(row.groupKey) ?? new Map<string, GapRollup>();
      map.set(row.competencyCode, rollupFromRow(row));
      byGroup.set(row.groupKey, map);
    }
    return groups
      .filter((g) => g.respondents > 0)
      .map((g) => ({
        key: g.groupKey,
        respondents: g.respondents,
        ...analyseGroup(
          campaign.instrument,
          competencies.map((c) => ({ competencyCode: c.code, rollup: byGroup.get(g.groupKey)?.get(c.code) ?? emptyRollup() })),
          g.respondents,
          campaign.minGroupSize,
        ),
      }));
  }

  private async labels(groupBy: GapGrouping, keys: string[], locale: Locale): Promise<Map<string, string>> {
    const labels = new Map<string, string>();
    const organisations =
      groupBy === GapGrouping.ORGANISATION ? new Map((await this.geography.findOrganisations(keys.filter((k) => k !== UNKNOWN_GROUP))).map((o) => [o.id, o.name])) : null;
    for (const key of keys) {
      let label: string | undefined;
      const labelKey = `group.${key}`;
      if (labelKey in GroupLabels) label = translate(GroupLabels[labelKey as keyof typeof GroupLabels], locale);
      else if (groupBy === GapGrouping.PROVINCE || groupBy === GapGrouping.DISTRICT) {
        const name = placeName(key);
        label = name ? (locale === 'th' ? name.th : name.en) : undefined;
      } else if (organisations) label = organisations.get(key);
      labels.set(key, label ?? key);
    }
    return labels;
  }
}
