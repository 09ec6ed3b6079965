import { Controller, Get, Header, Param, Query, Req, StreamableFile } from '@nestjs/common';
import type { Actor } from '@ruamsang/domain';
import { GAP_GROUPINGS, GapGrouping, isLocale, pickLocale } from '@ruamsang/shared';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import { DomainError } from '../../common/errors.js';
import type { AuthenticatedRequest } from '../../graphql/request-context.js';
import { ReportMessages, XlsFormMessages } from './reports.messages.js';
import { ReportsService, type ExportFile, type ExportFormat } from './reports.service.js';
import { XlsFormExportService } from './xlsform-export.service.js';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(csv|xlsx)$/i;
const XLSFORM_FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.xlsform\.xlsx$/i;

function attachment(exported: ExportFile): StreamableFile {
  return new StreamableFile(exported.body, { type: exported.contentType, disposition: `attachment; filename="${exported.fileName}"`, length: exported.body.length });
}

/**
 * GET /exports/gaps/<campaignId>.csv|.xlsx?groupBy=PROVINCE&lang=th — the gap analysis as the
 * dashboard shows it, with the bearer token like every API call (the global guard).
 * Column headers follow `lang`, else Accept-Language, else Thai.
 */
@Controller('exports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly xlsforms: XlsFormExportService,
  ) {}

  /** GET /exports/campaigns/<campaignId>.xlsform.xlsx — the campaign as an XLSForm for KoboToolbox / ODK. */
  @Get('campaigns/:file')
  @Header('cache-control', 'no-store')
  async xlsform(@CurrentActor() actor: Actor, @Param('file') file: string, @Req() req: AuthenticatedRequest): Promise<StreamableFile> {
    const match = XLSFORM_FILE.exec(file);
    if (!match) throw DomainError.badInput('file', XlsFormMessages['xlsform.badFile']);
    return attachment(await this.xlsforms.export(actor, match[1]!.toLowerCase(), pickLocale(req.headers['accept-language'])));
  }

  @Get('gaps/:file')
  @Header('cache-control', 'no-store')
  async gaps(
    @CurrentActor() actor: Actor,
    @Param('file') file: string,
    @Query('groupBy') groupBy: string | undefined,
    @Query('lang') lang: string | undefined,
    @Req() req: AuthenticatedRequest,
  ): Promise<StreamableFile> {
    const match = FILE.exec(file);
    if (!match) throw DomainError.badInput('file', ReportMessages['reports.badFile']);
    const grouping = groupBy ?? GapGrouping.ALL;
    if (!(GAP_GROUPINGS as readonly string[]).includes(grouping)) throw DomainError.badInput('groupBy', 'validation.isIn', { 0: GAP_GROUPINGS.join(', ') });
    const locale = isLocale(lang) ? lang : pickLocale(req.headers['accept-language']);
    const exported = await this.reports.exportGaps(actor, match[1]!.toLowerCase(), grouping as GapGrouping, match[2]!.toLowerCase() as ExportFormat, locale);
    return attachment(exported);
  }
}
