import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeliveryStatus, NotificationChannel } from '@ruamsang/shared';
import nodemailer, { type Transporter, type TransportOptions } from 'nodemailer';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AppUserEntity } from '../accounts/entities/app-user.entity.js';
import { LineLinkEntity, NotificationEntity } from './entities/notification.entity.js';
import { MAX_ATTEMPTS } from './notification-queue.js';
import { NotificationsService, mailAddress } from './notifications.service.js';
import { kindLabel, localeOf, text } from './notifications.texts.js';

/** A refusal that retrying cannot fix (SMTP 5xx, LINE 4xx other than 429). */
class PermanentFailure extends Error {}

interface Claimed {
  readonly id: string;
  readonly channel: NotificationChannel;
  readonly attempts: number;
  readonly notification_id: string;
}

/**
 * Sends one delivery exactly once per channel:
 * 1. claim it in one statement (PENDING → SENDING, attempts + 1; or a SENDING claim older than
 *    the lease, left by a worker that died) — a SENT or FAILED delivery is never claimed again;
 * 2. send it (e-mail with a stable Message-ID; LINE with X-Line-Retry-Key = the delivery id);
 * 3. mark it SENT in one short statement.
 * The one window that cannot be closed: the receiver accepted the message and the worker died
 * before step 3. The claim's lease then expires and the message is sent again — with the same
 * Message-ID, which mail programs recognise as the same message, and to LINE with the same retry
 * key, which LINE answers 409 without a second push. Deliveries run one at a time per worker, so
 * at most one message is ever inside that window.
 */
@Injectable()
export class DeliveryWorker implements OnApplicationShutdown {
  private readonly logger = new Logger('DeliveryWorker');
  private mailer: Transporter | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
  ) {}

  async deliver(deliveryId: string): Promise<void> {
    const [claimed] = await this.dataSource.query<[Claimed[], number]>(
      `UPDATE notification_delivery SET status = $2, attempts = attempts + 1, claimed_at = now(), updated_at = now()
        WHERE id = $1 AND (status = $3 OR (status = $2 AND claimed_at < now() - make_interval(secs => $4)))
        RETURNING id, channel, attempts, notification_id`,
      [deliveryId, DeliveryStatus.SENDING, DeliveryStatus.PENDING, this.config.notifications.leaseSeconds],
    );
    const row = claimed[0];
    if (!row) return;
    try {
      if (row.channel === NotificationChannel.EMAIL) await this.sendEmail(row);
      else await this.sendLine(row);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      const final = error instanceof PermanentFailure || row.attempts >= MAX_ATTEMPTS;
      await this.dataSource.query(`UPDATE notification_delivery SET status = $2, last_error = $3, claimed_at = NULL, updated_at = now() WHERE id = $1`, [
        row.id,
        final ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
        reason,
      ]);
      if (final) {
        this.logger.warn(`delivery ${row.id} (${row.channel}) failed for good: ${reason}`);
        return;
      }
      throw error;
    }
    await this.dataSource.query(`UPDATE notification_delivery SET status = $2, sent_at = now(), last_error = NULL, claimed_at = NULL, updated_at = now() WHERE id = $1`, [row.id, DeliveryStatus.SENT]);
  }

  private async load(row: Claimed): Promise<{ notification: NotificationEntity; user: AppUserEntity }> {
    const notification = await this.dataSource.getRepository(NotificationEntity).findOneByOrFail({ id: row.notification_id });
    const user = await this.dataSource.getRepository(AppUserEntity).findOneByOrFail({ id: notification.recipientId });
    if (user.erasedAt || user.deactivatedAt) throw new PermanentFailure('the recipient’s account is closed');
    return { notification, user };
  }

  private transport(): Transporter {
    if (!this.config.notifications.smtpUrl) throw new PermanentFailure('e-mail is off (SMTP_URL is not set)');
    // One pooled connection: messages go out one after another over a kept-alive session.
    const timeout = this.sendTimeoutMs();
    this.mailer ??= nodemailer.createTransport({ url: this.config.notifications.smtpUrl, pool: true, maxConnections: 1, connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout } as TransportOptions);
    return this.mailer;
  }

  /** A send gives up well within the claim's lease, so a live worker's claim never looks abandoned. */
  private sendTimeoutMs(): number {
    return Math.max(1000, Math.min(60_000, this.config.notifications.leaseSeconds * 500));
  }

  /** `<notification-id.recipient-id@host>`: the same for every attempt at the same message. */
  messageId(notificationId: string, recipientId: string): string {
    const host = mailAddress(this.config.notifications.mailFrom).email.split('@')[1] ?? 'localhost';
    return `<${notificationId}.${recipientId}@${host}>`;
  }

  private webUrl(): string {
    return this.config.publicWebUrl ?? `http://localhost:${this.config.port}`;
  }

  private async sendEmail(row: Claimed): Promise<void> {
    const { notification, user } = await this.load(row);
    const locale = localeOf(notification.locale);
    const unsubscribe = `${this.webUrl()}/unsubscribe/${this.notifications.unsubscribeToken(user.id, notification.kind)}`;
    const footer = [text('notify.unsubscribe', locale, { url: unsubscribe }), text('notify.preferences', locale, { url: `${this.webUrl()}/notifications/settings` })].join('\n');
    const method = notification.payload.icsMethod;
    try {
      await this.transport().sendMail({
        from: this.config.notifications.mailFrom,
        to: { name: user.displayName, address: user.email },
        subject: notification.title,
        text: `${notification.body}\n\n--\n${kindLabel(notification.kind, locale)}\n${footer}\n`,
        messageId: this.messageId(notification.id, user.id),
        headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click', 'Content-Language': locale },
        ...(notification.payload.ics && method ? { icalEvent: { method, filename: 'invite.ics', content: notification.payload.ics } } : {}),
      });
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode;
      if (code !== undefined && code >= 500) throw new PermanentFailure(`SMTP ${code}: ${(error as Error).message}`);
      throw error;
    }
  }

  /** POST {LINE_API_BASE}/v2/bot/message/push (LINE Messaging API), idempotent by X-Line-Retry-Key. */
  private async sendLine(row: Claimed): Promise<void> {
    const token = this.config.notifications.lineToken;
    if (!token) throw new PermanentFailure('LINE is off (LINE_CHANNEL_ACCESS_TOKEN is not set)');
    const { notification, user } = await this.load(row);
    const link = await this.dataSource.getRepository(LineLinkEntity).findOneBy({ userId: user.id });
    if (!link) throw new PermanentFailure('the recipient unlinked LINE');
    const message = `${notification.title}\n\n${notification.body}`.slice(0, 5000);
    const response = await fetch(`${this.config.notifications.lineApiBase}/v2/bot/message/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-line-retry-key': row.id },
      body: JSON.stringify({ to: link.lineUserId, messages: [{ type: 'text', text: message }] }),
      signal: AbortSignal.timeout(this.sendTimeoutMs()),
    });
    // 409: a request with this retry key was already accepted — the push went out before.
    if (response.ok || response.status === 409) return;
    const detail = `LINE ${response.status}: ${(await response.text()).slice(0, 500)}`;
    if (response.status >= 400 && response.status < 500 && response.status !== 429) throw new PermanentFailure(detail);
    throw new Error(detail);
  }

  onApplicationShutdown(): void {
    this.mailer?.close();
    this.mailer = null;
  }
}
