import { Controller, Get, Header, Inject, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import type { Actor } from '@ruamsang/domain';
import { isLocale, pickLocale } from '@ruamsang/shared';
import type { Response } from 'express';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import { Public } from '../../common/auth/public.decorator.js';
import { DomainError } from '../../common/errors.js';
import type { AuthenticatedRequest } from '../../graphql/request-context.js';
import { AttendanceMessages } from './attendance.errors.js';
import { AttendanceService, type Verification } from './attendance.service.js';
import { CertificateRenderer } from './certificate.renderer.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { renderVerifyPage } from './verify-page.js';

const PDF_FILE = /^(RS-[0-9A-Z]{10})\.pdf$/i;

function origin(req: AuthenticatedRequest): string {
  const host = req.get('x-forwarded-host') ?? req.get('host') ?? 'localhost';
  return `${req.get('x-forwarded-proto') ?? req.protocol}://${host}`;
}

/**
 * GET /certificates/<code>.pdf — the certificate PDF (bearer token: the holder, the cohort's
 * trainers, its province's coordinators, admins).
 * GET /verify/<code> — public: 200 {valid, holder, curriculum, completedAt} or 404 {valid:false};
 * a browser (Accept: text/html first) gets a readable page in its language, with the issuer too.
 */
@Controller()
export class CertificateController {
  constructor(
    private readonly service: AttendanceService,
    private readonly renderer: CertificateRenderer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('certificates/:file')
  @Header('cache-control', 'private, no-store')
  async pdf(@CurrentActor() actor: Actor, @Param('file') file: string, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const match = PDF_FILE.exec(file);
    if (!match) throw DomainError.badInput('file', AttendanceMessages['attendance.badCertificateFile']);
    const certificate = await this.service.certificateFor(actor, match[1]!);
    const pdf = await this.renderer.render(certificate, origin(req));
    res.setHeader('content-type', 'application/pdf');
    res.setHeader('content-disposition', `inline; filename="${certificate.code}.pdf"`);
    return new StreamableFile(pdf);
  }

  @Public()
  @Get('verify/:code')
  @Header('cache-control', 'no-store')
  async verify(
    @Param('code') code: string,
    @Query('lang') lang: string | undefined,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Verification | { valid: false } | string> {
    const verification = await this.service.verify(code.slice(0, 40));
    if (!verification) res.status(404);
    res.vary('Accept');
    if (req.accepts(['application/json', 'text/html']) === 'text/html') {
      const locale = isLocale(lang) ? lang : pickLocale(req.headers['accept-language']);
      res.type('text/html; charset=utf-8');
      res.vary('Accept-Language');
      return renderVerifyPage(verification ? { ...verification, issuer: this.config.certificate.issuer } : null, code.slice(0, 40), locale);
    }
    // the contract's fields exactly: nothing else leaves through the public JSON
    return verification ?? { valid: false };
  }
}
