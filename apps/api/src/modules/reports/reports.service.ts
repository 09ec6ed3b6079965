import { Injectable } from '@nestjs/common';
import { gapTable, type Actor, type GapTable, type GapTableColumn, type PrimaryIndex, type Quadrant } from '@ruamsang/domain';
import { GapGrouping, type Locale } from '@ruamsang/shared';
import { translate } from '../../common/errors.js';
import { FrameworksRepository } from '../frameworks/frameworks.repository.js';
import { GapsService } from '../gaps/gaps.service.js';
import { gapTableToCsv, gapTableToXlsx, type ExportHeaders } from './gap-export.writers.js';
import { GapColumnHeaders, GroupingNames, InstrumentNames, ReportMessages } from './reports.messages.js';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFile {
  readonly body: Buffer;
  readonly contentType: string;
  readonly fileName: string;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Exports exactly what the gap dashboard shows: the same `gapAnalysis` (read from the rollups,
 * with the same authorisation and the same small-cell suppression) flattened by the domain's
 * `gapTable`, written as CSV or XLSX with headers in the reader's language.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly gaps: GapsService,
    private readonly frameworks: FrameworksRepository,
  ) {}

  /** The flat table and what it is about; exported for the writers and for tests. */
  async gapTableOf(actor: Actor, campaignId: string, groupBy: GapGrouping, locale: Locale) {
    // The same rule as gapAnalysis (a campaign the caller may see; figures only, small groups
    // suppressed), so a file never shows more than the screen.
    const campaign = await this.gaps.visibleCampaign(actor, campaignId);
    const [analysis, competencies] = await Promise.all([this.gaps.analyseCampaign(campaign, groupBy, locale), this.frameworks.competenciesOf([campaign.frameworkId])]);
    const names = new Map(competencies.map((c) => [c.code, (locale === 'th' ? c.name.th : c.name[locale]) || c.name.th]));
    const table: GapTable = gapTable(
      { primaryIndex: analysis.primaryIndex as PrimaryIndex, groups: analysis.groups },
      {
        competencyName: (code) => names.get(code) ?? code,
        suppressed: translate(ReportMessages['reports.suppressed'], locale, { k: analysis.minGroupSize }),
        fewerThan: translate(ReportMessages['reports.fewerThan'], locale, { k: analysis.minGroupSize }),
        negative: translate(ReportMessages['reports.negative'], locale),
        quadrant: (q: Quadrant) => translate(ReportMessages[`reports.quadrant.${q}`], locale),
      },
    );
    return { campaign, analysis, table };
  }

  async exportGaps(actor: Actor, campaignId: string, groupBy: GapGrouping, format: ExportFormat, locale: Locale): Promise<ExportFile> {
    const { campaign, analysis, table } = await this.gapTableOf(actor, campaignId, groupBy, locale);
    const headers: ExportHeaders<GapTableColumn> = {
      header: (column) => (column.key === 'group' && groupBy !== GapGrouping.ALL ? GroupingNames[groupBy][locale] : GapColumnHeaders[column.key][locale]),
    };
    const fileName = `ruamsang-gaps-${campaign.id.slice(0, 8)}-${groupBy.toLowerCase().replace('_', '-')}.${format}`;
    if (format === 'csv') return { body: gapTableToCsv(table, headers), contentType: CONTENT_TYPES.csv, fileName };
    const t = (key: keyof typeof ReportMessages) => translate(ReportMessages[key], locale);
    const body = await gapTableToXlsx(table, headers, { gaps: t('reports.sheet.gaps'), about: t('reports.sheet.about') }, [
      [t('reports.about.campaign'), campaign.title],
      [t('reports.about.instrument'), InstrumentNames[analysis.instrument][locale]],
      [t('reports.about.primaryIndex'), GapColumnHeaders[analysis.primaryIndex as PrimaryIndex][locale]],
      [t('reports.about.groupBy'), GroupingNames[groupBy][locale]],
      [t('reports.about.minGroupSize'), analysis.minGroupSize],
      ['', t('reports.about.suppression')],
      [t('reports.about.generatedAt'), new Date().toISOString()],
    ]);
    return { body, contentType: CONTENT_TYPES.xlsx, fileName };
  }
}
