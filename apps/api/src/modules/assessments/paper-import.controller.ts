import { Controller, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import type { Actor } from '@ruamsang/domain';
import { pickLocale } from '@ruamsang/shared';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import { DomainError } from '../../common/errors.js';
import type { AuthenticatedRequest } from '../../graphql/request-context.js';
import { AssessmentMessages } from './assessments.errors.js';
import { PaperImportService, type ImportMode, type ImportOutcome } from './paper-import.service.js';

/**
 * POST /imports/assessments/<campaignId>?mode=all-or-nothing|valid-rows with the CSV or XLSX
 * file as the request body. Answers the row-by-row report: 201 when it stored the file (or its
 * valid respondents), 422 when an all-or-nothing file had refusals and so stored nothing.
 */
@Controller('imports/assessments')
export class PaperImportController {
  constructor(private readonly imports: PaperImportService) {}

  @Post(':campaignId')
  async import(
    @CurrentActor() actor: Actor,
    @Param('campaignId', new ParseUUIDPipe()) campaignId: string,
    @Query('mode') mode: string | undefined,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportOutcome> {
    const chosen: ImportMode = mode === 'valid-rows' ? 'valid-rows' : 'all-or-nothing';
    if (mode !== undefined && mode !== 'valid-rows' && mode !== 'all-or-nothing') throw DomainError.badInput('mode', 'validation.isIn', { 0: 'all-or-nothing, valid-rows' });
    const body: unknown = req.body;
    if (!Buffer.isBuffer(body) || body.length === 0) throw DomainError.badInput('file', AssessmentMessages['assessments.unreadableFile']);
    const outcome = await this.imports.import(actor, campaignId, body, chosen, pickLocale(req.headers['accept-language']));
    if (chosen === 'all-or-nothing' && outcome.rejected.length > 0 && outcome.storedResponses === 0) res.status(422);
    return outcome;
  }
}
