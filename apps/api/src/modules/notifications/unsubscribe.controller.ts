import { Controller, Get, Header, HttpCode, Param, Post, Req } from '@nestjs/common';
import { pickLocale, type Locale } from '@ruamsang/shared';
import type { Request } from 'express';
import { Public } from '../../common/auth/public.decorator.js';
import { NotificationsService } from './notifications.service.js';
import { kindLabel, text } from './notifications.texts.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(locale: Locale, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Ruamsang</title></head><body style="font-family: sans-serif; max-width: 36rem; margin: 2rem auto; padding: 0 1rem">${body}</body></html>`;
}

/**
 * The link in every e-mail. GET shows a confirmation with a button (mail scanners that open links
 * change nothing); POST — the button, or a mail program's one-click unsubscribe (RFC 8058) —
 * turns that kind's e-mail off.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly notifications: NotificationsService) {}

  @Public()
  @Get(':token')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  confirm(@Param('token') token: string, @Req() req: Request): string {
    const locale = pickLocale(req.headers['accept-language']);
    const claim = this.notifications.readUnsubscribeToken(token);
    if (!claim) return page(locale, `<p role="alert">${escape(text('notify.unsubscribe.invalid', locale))}</p>`);
    return page(
      locale,
      `<p>${escape(text('notify.unsubscribe.page', locale, { kind: kindLabel(claim.kind, locale) }))}</p><form method="post"><button type="submit">${escape(text('notify.unsubscribe.button', locale))}</button></form>`,
    );
  }

  @Public()
  @Post(':token')
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  async apply(@Param('token') token: string, @Req() req: Request): Promise<string> {
    const locale = pickLocale(req.headers['accept-language']);
    const claim = await this.notifications.unsubscribe(token.slice(0, 300));
    if (!claim) return page(locale, `<p role="alert">${escape(text('notify.unsubscribe.invalid', locale))}</p>`);
    return page(locale, `<p role="status">${escape(text('notify.unsubscribe.done', locale, { kind: kindLabel(claim.kind, locale) }))}</p>`);
  }
}
