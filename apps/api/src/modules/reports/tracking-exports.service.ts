import { Injectable } from '@nestjs/common';
import { completionTable, funnelTable, gapClosureTable, type FunnelStageName, type TrackingColumn } from '@ruamsang/domain';
import type { Locale } from '@ruamsang/shared';
import type { Actor } from '@ruamsang/domain';
import { translate } from '../../common/errors.js';
import type { CompletionGrouping, GapClosureArgs } from '../tracking/dto/tracking.input.js';
import { TrackingService } from '../tracking/tracking.service.js';
import { gapTableToCsv, gapTableToXlsx, type ExportHeaders } from './gap-export.writers.js';
import { GapColumnHeaders, ReportMessages } from './reports.messages.js';
import { CONTENT_TYPES, type ExportFile, type ExportFormat } from './reports.service.js';
import { CompletionHeaders, FunnelHeaders, FunnelStageNames, GapClosureHeaders, TrackingExportMessages } from './tracking-export.messages.js';

type About = [string, string | number][];

/**
 * The tracking dashboards as files: the same service call the screen makes (same
 * authorisation, same suppression), flattened by the domain's table builders, written by the
 * gap export's writers.
 */
@Injectable()
export class TrackingExportsService {
  constructor(private readonly tracking: TrackingService) {}

  private async write<K extends string>(
    format: ExportFormat,
    fileName: string,
    table: { columns: readonly TrackingColumn<K>[]; rows: Record<K, string | number | null>[] },
    headers: ExportHeaders<TrackingColumn<K>>,
    sheet: string,
    about: About,
    locale: Locale,
  ): Promise<ExportFile> {
    const name = `${fileName}.${format}`;
    if (format === 'csv') return { body: gapTableToCsv(table, headers), contentType: CONTENT_TYPES.csv, fileName: name };
    const body = await gapTableToXlsx(table, headers, { gaps: sheet, about: translate(ReportMessages['reports.sheet.about'], locale) }, [
      ...about,
      [translate(ReportMessages['reports.about.generatedAt'], locale), new Date().toISOString()],
    ]);
    return { body, contentType: CONTENT_TYPES.xlsx, fileName: name };
  }

  /** The words a suppressed group shows: its status, and "< k" in place of every count. */
  private suppressed(k: number, locale: Locale) {
    return { suppressed: translate(ReportMessages['reports.suppressed'], locale, { k }), fewerThan: translate(ReportMessages['reports.fewerThan'], locale, { k }) };
  }

  async gapClosure(actor: Actor, args: GapClosureArgs, format: ExportFormat, locale: Locale): Promise<ExportFile> {
    const closure = await this.tracking.gapClosure(actor, args, locale);
    const table = gapClosureTable(closure, { competencyName: (code) => closure.competencyNames.get(code) ?? code, ...this.suppressed(closure.minGroupSize, locale) });
    const t = (key: keyof typeof TrackingExportMessages) => translate(TrackingExportMessages[key], locale);
    const index = GapColumnHeaders[closure.primaryIndex][locale];
    return this.write(
      format,
      `ruamsang-gap-closure-${closure.campaignId.slice(0, 8)}-${args.groupBy.toLowerCase()}`,
      table,
      { header: (c) => GapClosureHeaders[c.key][locale] },
      t('trackingExport.sheet.closure'),
      [
        [translate(ReportMessages['reports.about.primaryIndex'], locale), index],
        [t('trackingExport.about.curriculum'), args.curriculumId ?? t('trackingExport.about.allCurricula')],
        [t('trackingExport.about.postRule'), t(`trackingExport.postRule.${args.postRule}`)],
        [translate(ReportMessages['reports.about.minGroupSize'], locale), closure.minGroupSize],
        ['', translate(ReportMessages['reports.about.suppression'], locale)],
        ['', t('trackingExport.about.paired')],
      ],
      locale,
    );
  }

  async completion(actor: Actor, curriculumId: string, groupBy: CompletionGrouping, format: ExportFormat, locale: Locale): Promise<ExportFile> {
    const view = await this.tracking.completion(actor, curriculumId, groupBy, locale);
    const t = (key: keyof typeof TrackingExportMessages) => translate(TrackingExportMessages[key], locale);
    return this.write(
      format,
      `ruamsang-completion-${curriculumId.slice(0, 8)}-${groupBy.toLowerCase()}`,
      completionTable(view.groups, this.suppressed(view.minGroupSize, locale)),
      { header: (c) => CompletionHeaders[c.key][locale] },
      t('trackingExport.sheet.completion'),
      [
        [t('trackingExport.about.curriculum'), view.curriculum.title],
        [translate(ReportMessages['reports.about.minGroupSize'], locale), view.minGroupSize],
        ['', translate(ReportMessages['reports.about.suppression'], locale)],
      ],
      locale,
    );
  }

  async funnel(actor: Actor, curriculumId: string, provinceCode: string | null, format: ExportFormat, locale: Locale): Promise<ExportFile> {
    const view = await this.tracking.funnel(actor, curriculumId, provinceCode);
    const t = (key: keyof typeof TrackingExportMessages) => translate(TrackingExportMessages[key], locale);
    return this.write(
      format,
      `ruamsang-funnel-${curriculumId.slice(0, 8)}${provinceCode ? `-${provinceCode}` : ''}`,
      funnelTable(view, { ...this.suppressed(view.minGroupSize, locale), stageName: (s) => FunnelStageNames[s as FunnelStageName][locale] }),
      { header: (c) => FunnelHeaders[c.key][locale] },
      t('trackingExport.sheet.funnel'),
      [
        [t('trackingExport.about.curriculum'), view.curriculum.title],
        [t('trackingExport.about.province'), provinceCode ?? t('trackingExport.about.allProvinces')],
        [translate(ReportMessages['reports.about.minGroupSize'], locale), view.minGroupSize],
        ['', translate(ReportMessages['reports.about.suppression'], locale)],
      ],
      locale,
    );
  }
}
