import { Controller, Get, Header, Param, Post, Query, Req, StreamableFile } from '@nestjs/common';
import type { Actor } from '@ruamsang/domain';
import { FRAMEWORK_FILE_FORMATS, FrameworkFileFormat, isLocale, pickLocale } from '@ruamsang/shared';
import { CurrentActor } from '../../../common/auth/current-actor.decorator.js';
import { DomainError } from '../../../common/errors.js';
import type { AuthenticatedRequest } from '../../../graphql/request-context.js';
import { FrameworkFileMessages } from './framework-files.errors.js';
import { FrameworkFilesService, type FrameworkFileType, type FrameworkImportReport } from './framework-files.service.js';

const FILE = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.(csv|xlsx)$/i;

function formatOf(value: string | undefined): FrameworkFileFormat {
  const format = value ?? FrameworkFileFormat.RUAMSANG;
  if (!(FRAMEWORK_FILE_FORMATS as readonly string[]).includes(format)) throw DomainError.badInput('format', 'validation.isIn', { 0: FRAMEWORK_FILE_FORMATS.join(', ') });
  return format as FrameworkFileFormat;
}

/**
 * GET /exports/frameworks/<id>.csv|.xlsx?format=ruamsang|moodle&lang= — a framework version
 * as a file: ours (every language and level descriptor) or Moodle's competency framework CSV
 * (texts in `lang`, else Accept-Language, else Thai). Anyone signed in reads frameworks.
 */
@Controller('exports/frameworks')
export class FrameworkExportsController {
  constructor(private readonly files: FrameworkFilesService) {}

  @Get(':file')
  @Header('cache-control', 'no-store')
  async export(
    @CurrentActor() _actor: Actor,
    @Param('file') file: string,
    @Query('format') format: string | undefined,
    @Query('lang') lang: string | undefined,
    @Req() req: AuthenticatedRequest,
  ): Promise<StreamableFile> {
    const match = FILE.exec(file);
    if (!match) throw DomainError.badInput('file', FrameworkFileMessages['frameworkFile.badFile']);
    const locale = isLocale(lang) ? lang : pickLocale(req.headers['accept-language']);
    const exported = await this.files.export(match[1]!.toLowerCase(), formatOf(format), match[2]!.toLowerCase() as FrameworkFileType, locale);
    return new StreamableFile(exported.body, {
      type: exported.contentType,
      disposition: `attachment; filename="${encodeURIComponent(exported.fileName)}"`,
      length: exported.body.length,
    });
  }
}

/**
 * POST /imports/frameworks?format=ruamsang|moodle&code=&lang= with the CSV or XLSX file as the
 * body: a new draft framework and the row report (all-or-nothing). `code` gives the draft a
 * code other than the file's; `lang` names the language of a Moodle file's texts (Thai unless
 * told). The report speaks Accept-Language.
 */
@Controller('imports/frameworks')
export class FrameworkImportsController {
  constructor(private readonly files: FrameworkFilesService) {}

  @Post()
  async import(
    @CurrentActor() actor: Actor,
    @Query('format') format: string | undefined,
    @Query('code') code: string | undefined,
    @Query('lang') lang: string | undefined,
    @Req() req: AuthenticatedRequest,
  ): Promise<FrameworkImportReport> {
    const chosen = formatOf(format);
    if (lang !== undefined && !isLocale(lang)) throw DomainError.badInput('lang', 'validation.isIn', { 0: 'th, en, ms' });
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body) || body.length === 0) throw DomainError.badInput('file', FrameworkFileMessages['frameworkFile.unreadable']);
    const locale = pickLocale(req.headers['accept-language']);
    return this.files.import(actor, body, chosen, { code, textLocale: isLocale(lang) ? lang : 'th', locale });
  }
}
