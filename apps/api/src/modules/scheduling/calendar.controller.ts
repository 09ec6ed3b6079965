import { Controller, Get, Header, Param, Query, Req } from '@nestjs/common';
import { isLocale, pickLocale } from '@ruamsang/shared';
import { Public } from '../../common/auth/public.decorator.js';
import { DomainError } from '../../common/errors.js';
import type { AuthenticatedRequest } from '../../graphql/request-context.js';
import { SchedulingMessages } from './scheduling.errors.js';
import { SchedulingService } from './scheduling.service.js';

const PROVINCE_FILE = /^(\d{2})\.ics$/;

/**
 * GET /calendar/province/<code>.ics — published sessions held in a province (public).
 * GET /calendar/me.ics?token=<personal feed token> — the token holder's own sessions.
 */
@Controller('calendar')
export class CalendarController {
  constructor(private readonly service: SchedulingService) {}

  @Public()
  @Get('province/:file')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  async province(@Param('file') file: string, @Query('lang') lang: string | undefined, @Req() req: AuthenticatedRequest): Promise<string> {
    const match = PROVINCE_FILE.exec(file);
    if (!match) throw DomainError.badInput('file', SchedulingMessages['scheduling.badProvinceFile']);
    return this.service.provinceFeed(match[1]!, isLocale(lang) ? lang : pickLocale(req.headers['accept-language']));
  }

  @Public()
  @Get('me.ics')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'no-store')
  async me(@Query('token') token: string | undefined, @Query('lang') lang: string | undefined, @Req() req: AuthenticatedRequest): Promise<string> {
    const feed = await this.service.personalFeed(typeof token === 'string' ? token.slice(0, 200) : '', isLocale(lang) ? lang : pickLocale(req.headers['accept-language']));
    if (feed === null) throw DomainError.unauthenticated(SchedulingMessages['scheduling.badToken']);
    return feed;
  }
}
