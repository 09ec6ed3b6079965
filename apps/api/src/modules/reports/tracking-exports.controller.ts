import { Controller, Get, Header, Param, Query, Req, StreamableFile } from '@nestjs/common';
import type { Actor } from '@ruamsang/domain';
import { isLocale, pickLocale } from '@ruamsang/shared';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import { DomainError } from '../../common/errors.js';
import type { AuthenticatedRequest } from '../../graphql/request-context.js';
import { CompletionGrouping, GapClosureGrouping, PostRatingRuleName } from '../tracking/dto/tracking.input.js';
import { TrackingMessages } from '../tracking/tracking.errors.js';
import type { ExportFile, ExportFormat } from './reports.service.js';
import { TrackingExportsService } from './tracking-exports.service.js';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(csv|xlsx)$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseFile(file: string): { id: string; format: ExportFormat } {
  const match = FILE.exec(file);
  if (!match) throw DomainError.badInput('file', TrackingMessages['tracking.badFile']);
  return { id: match[1]!.toLowerCase(), format: match[2]!.toLowerCase() as ExportFormat };
}

function oneOf<T extends string>(field: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  const v = value ?? fallback;
  if (!(allowed as readonly string[]).includes(v)) throw DomainError.badInput(field, 'validation.isIn', { 0: allowed.join(', ') });
  return v as T;
}

const download = (f: ExportFile) => new StreamableFile(f.body, { type: f.contentType, disposition: `attachment; filename="${f.fileName}"`, length: f.body.length });

/**
 * The tracking dashboards as CSV / XLSX, with the bearer token like every API call:
 * GET /exports/gap-closure/<campaignId>.csv|.xlsx?groupBy=&curriculumId=&postRule=&lang=
 * GET /exports/completion/<curriculumId>.csv|.xlsx?groupBy=&lang=
 * GET /exports/funnel/<curriculumId>.csv|.xlsx?provinceCode=&lang=
 */
@Controller('exports')
export class TrackingExportsController {
  constructor(private readonly exports: TrackingExportsService) {}

  @Get('gap-closure/:file')
  @Header('cache-control', 'no-store')
  async gapClosure(
    @CurrentActor() actor: Actor,
    @Param('file') file: string,
    @Query('groupBy') groupBy: string | undefined,
    @Query('curriculumId') curriculumId: string | undefined,
    @Query('postRule') postRule: string | undefined,
    @Query('lang') lang: string | undefined,
    @Req() req: AuthenticatedRequest,
  ): Promise<StreamableFile> {
    const { id, format } = parseFile(file);
    if (curriculumId !== undefined && !UUID.test(curriculumId)) throw DomainError.badInput('curriculumId', 'validation.isUuid');
    const args = {
      campaignId: id,
      curriculumId: curriculumId ?? null,
      groupBy: oneOf('groupBy', groupBy, Object.values(GapClosureGrouping), GapClosureGrouping.ALL),
      postRule: oneOf('postRule', postRule, Object.values(PostRatingRuleName), PostRatingRuleName.TRAINER_ELSE_SELF),
    };
    const locale = isLocale(lang) ? lang : pickLocale(req.headers['accept-language']);
    return download(await this.exports.gapClosure(actor, args, format, locale));
  }

  @Get('completion/:file')
  @Header('cache-control', 'no-store')
  async completion(
    @CurrentActor() actor: Actor,
    @Param('file') file: string,
    @Query('groupBy') groupBy: string | undefined,
    @Query('lang') lang: string | undefined,
    @Req() req: AuthenticatedRequest,
  ): Promise<StreamableFile> {
    const { id, format } = parseFile(file);
    const grouping = oneOf('groupBy', groupBy, Object.values(CompletionGrouping), CompletionGrouping.PROVINCE);
    const locale = isLocale(lang) ? lang : pickLocale(req.headers['accept-language']);
    return download(await this.exports.completion(actor, id, grouping, format, locale));
  }

  @Get('funnel/:file')
  @Header('cache-control', 'no-store')
  async funnel(
    @CurrentActor() actor: Actor,
    @Param('file') file: string,
    @Query('provinceCode') provinceCode: string | undefined,
    @Query('lang') lang: string | undefined,
    @Req() req: AuthenticatedRequest,
  ): Promise<StreamableFile> {
    const { id, format } = parseFile(file);
    if (provinceCode !== undefined && !/^\d{2}$/.test(provinceCode)) throw DomainError.badInput('provinceCode', 'validation.matches');
    const locale = isLocale(lang) ? lang : pickLocale(req.headers['accept-language']);
    return download(await this.exports.funnel(actor, id, provinceCode ?? null, format, locale));
  }
}
