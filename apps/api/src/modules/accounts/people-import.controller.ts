import { Controller, Get, Header, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { Actor } from '@ruamsang/domain';
import { pickLocale } from '@ruamsang/shared';
import type { Response } from 'express';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import { Public } from '../../common/auth/public.decorator.js';
import { DomainError } from '../../common/errors.js';
import type { AuthenticatedRequest } from '../../graphql/request-context.js';
import { PeopleImportMessages } from './people-import.errors.js';
import { PeopleImportService, peopleTemplateCsv, peopleTemplateXlsx, type PeopleImportMode, type PeopleImportReport } from './people-import.service.js';

/**
 * POST /imports/people?mode=all-or-nothing|valid-rows&dryRun=true with the CSV or XLSX file as the
 * request body: 200 with the row report, or 422 with the same report when an all-or-nothing file
 * had refused rows and nothing was stored.
 * GET /imports/people/template.csv and /imports/people/template.xlsx: the columns with examples.
 */
@Controller('imports/people')
export class PeopleImportController {
  constructor(private readonly imports: PeopleImportService) {}

  @Public()
  @Get('template.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="ruamsang-people-template.csv"')
  templateCsv(): string {
    return peopleTemplateCsv();
  }

  @Public()
  @Get('template.xlsx')
  @Header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('content-disposition', 'attachment; filename="ruamsang-people-template.xlsx"')
  async templateXlsx(): Promise<StreamableFile> {
    return new StreamableFile(await peopleTemplateXlsx());
  }

  @Post()
  async import(
    @CurrentActor() actor: Actor,
    @Query('mode') mode: string | undefined,
    @Query('dryRun') dryRun: string | undefined,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PeopleImportReport> {
    if (mode !== undefined && mode !== 'valid-rows' && mode !== 'all-or-nothing') throw DomainError.badInput('mode', 'validation.isIn', { 0: 'all-or-nothing, valid-rows' });
    if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') throw DomainError.badInput('dryRun', 'validation.isIn', { 0: 'true, false' });
    const chosen: PeopleImportMode = mode === 'valid-rows' ? 'valid-rows' : 'all-or-nothing';
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body) || body.length === 0) throw DomainError.badInput('file', PeopleImportMessages['peopleImport.unreadableFile']);
    const report = await this.imports.import(actor, body, chosen, dryRun === 'true', pickLocale(req.headers['accept-language']));
    if (!report.dryRun && report.mode === 'all-or-nothing' && report.rejected.length > 0) res.status(422);
    else res.status(200);
    return report;
  }
}
