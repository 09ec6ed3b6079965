import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { buildInvitation, type Actor, type CalendarSessionDay } from '@ruamsang/domain';
import { DeliveryStatus, LINE_USER_ID_PATTERN, NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, NotificationChannel, NotificationKind, Role, type Locale } from '@ruamsang/shared';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AppUserEntity } from '../accounts/entities/app-user.entity.js';
import { CurriculumEntity, TrainingModuleEntity } from '../curricula/entities/training-module.entity.js';
import { AuditService } from '../privacy/audit.service.js';
import { CampaignEntity } from '../assessments/entities/campaign.entity.js';
import { CohortEntity, EnrolmentEntity, EnrolmentStatus, SessionStatus, TrainingSessionEntity, VenueEntity } from '../scheduling/entities/scheduling.entity.js';
import { LineLinkEntity, NotificationDeliveryEntity, NotificationEntity, NotificationPreferenceEntity, type NotificationPayload } from './entities/notification.entity.js';
import { NotificationQueue } from './notification-queue.js';
import { NotificationMessages } from './notifications.errors.js';
import { formatDays, localeOf, text } from './notifications.texts.js';

export type EnrolmentEvent = 'CONFIRMED' | 'WAITLISTED' | 'PROMOTED' | 'WITHDRAWN';

interface Draft {
  readonly recipient: AppUserEntity;
  readonly kind: NotificationKind;
  readonly title: string;
  readonly body: string;
  readonly payload: NotificationPayload;
}

const UID_DOMAIN = 'ruamsang.org';

/**
 * Tells people what concerns them (issue 18). Events are recorded through the caller's
 * transaction manager (the outbox): the notification, one delivery row per channel the person
 * gets, and the queue jobs commit or roll back with the change that caused them.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: NotificationQueue,
    private readonly audit: AuditService,
  ) {}

  // ---- events -----------------------------------------------------------------------------------

  /** An enrolment was confirmed, waitlisted, promoted or withdrawn: tells the practitioner (with the calendar invitation or its cancellation). */
  async enrolmentChanged(manager: EntityManager, event: EnrolmentEvent, cohortId: string, practitionerId: string, options: { waitingPosition?: number; hadSeat?: boolean } = {}): Promise<void> {
    const recipient = await manager.getRepository(AppUserEntity).findOneBy({ id: practitionerId });
    const cohort = await manager.getRepository(CohortEntity).findOneBy({ id: cohortId });
    if (!recipient || !cohort) return;
    const curriculum = await manager.getRepository(CurriculumEntity).findOneBy({ id: cohort.curriculumId });
    const locale = localeOf(recipient.preferredLocale);
    const kind = NotificationKind[`ENROLMENT_${event}`];
    const params = { cohort: cohort.name, curriculum: curriculum?.title ?? '', position: options.waitingPosition ?? 1 };
    const sessions = await manager.getRepository(TrainingSessionEntity).find({ where: { cohortId, status: SessionStatus.PUBLISHED }, order: { createdAt: 'ASC' } });
    const withCalendar = event === 'CONFIRMED' || event === 'PROMOTED' || (event === 'WITHDRAWN' && options.hadSeat !== false);
    let body = text(`notify.${kind}.body`, locale, params);
    let payload: NotificationPayload = { refs: { cohortId, sessionIds: sessions.map((s) => s.id) } };
    if (withCalendar && sessions.length > 0) {
      const days = await this.sessionDays(manager, sessions, locale);
      if (event !== 'WITHDRAWN') body += `\n\n${this.sessionLines(days, sessions, locale)}`;
      payload = { ...payload, ...this.invitation(days, event === 'WITHDRAWN' ? 'CANCEL' : 'REQUEST', recipient, cohort.name) };
    }
    await this.write(manager, [{ recipient, kind, title: text(`notify.${kind}.title`, locale, params), body, payload }]);
  }

  /** Sessions were published (SCHEDULED) or changed: tells the cohort's seated practitioners and the trainers, with an invitation. */
  async sessionsChanged(manager: EntityManager, kind: NotificationKind.SESSION_SCHEDULED | NotificationKind.SESSION_CHANGED, sessionIds: readonly string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    const sessions = await manager.getRepository(TrainingSessionEntity).findBy({ id: In([...sessionIds]), status: SessionStatus.PUBLISHED });
    const drafts: Draft[] = [];
    for (const session of sessions) {
      const cohort = await manager.getRepository(CohortEntity).findOneByOrFail({ id: session.cohortId });
      const seated = await manager.getRepository(EnrolmentEntity).findBy({ cohortId: cohort.id, status: EnrolmentStatus.ENROLLED });
      const ids = [...new Set([...seated.map((e) => e.practitionerId), ...session.trainerIds])];
      if (ids.length === 0) continue;
      const recipients = await manager.getRepository(AppUserEntity).findBy({ id: In(ids), erasedAt: IsNull() });
      const byLocale = new Map<Locale, CalendarSessionDay[]>();
      for (const recipient of recipients) {
        const locale = localeOf(recipient.preferredLocale);
        if (!byLocale.has(locale)) byLocale.set(locale, await this.sessionDays(manager, [session], locale));
        const days = byLocale.get(locale)!;
        const params = { module: days[0]?.title ?? '', cohort: cohort.name };
        drafts.push({
          recipient,
          kind,
          title: text(`notify.${kind}.title`, locale, params),
          body: `${text(`notify.${kind}.body`, locale, params)}\n${this.sessionLines(days, [session], locale)}`,
          payload: { refs: { cohortId: cohort.id, sessionIds: [session.id] }, ...this.invitation(days, 'REQUEST', recipient, cohort.name) },
        });
      }
    }
    await this.write(manager, drafts);
  }

  /**
   * A campaign opened: tells every practitioner of its provinces (and sectors, when it names
   * some). Called with the manager of the transaction that opens it; not yet hooked to the
   * campaign's opening time (no scheduled job yet), the bench calls it directly.
   */
  async campaignOpened(manager: EntityManager, campaignId: string): Promise<number> {
    const campaign = await manager.getRepository(CampaignEntity).findOneBy({ id: campaignId });
    if (!campaign) return 0;
    const qb = manager
      .getRepository(AppUserEntity)
      .createQueryBuilder('u')
      .where('u.role = :role AND u.province_code IN (:...provinces) AND u.erased_at IS NULL AND u.deactivated_at IS NULL', { role: Role.PRACTITIONER, provinces: campaign.provinceCodes.length ? campaign.provinceCodes : [''] });
    if (campaign.sectors.length) qb.andWhere('u.sector IN (:...sectors)', { sectors: campaign.sectors });
    const recipients = await qb.getMany();
    const closes = campaign.closesAt.toLocaleDateString('en-CA', { timeZone: 'Asia/Bangkok' });
    const drafts = recipients.map((recipient) => {
      const locale = localeOf(recipient.preferredLocale);
      const params = { campaign: campaign.title, closes: formatDays([closes], locale) };
      return { recipient, kind: NotificationKind.CAMPAIGN_OPENED, title: text('notify.CAMPAIGN_OPENED.title', locale, params), body: text('notify.CAMPAIGN_OPENED.body', locale, params), payload: { refs: { campaignId } } };
    });
    return (await this.write(manager, drafts)).length;
  }

  private invitation(days: readonly CalendarSessionDay[], method: 'REQUEST' | 'CANCEL', recipient: AppUserEntity, name: string): NotificationPayload {
    const organizer = mailAddress(this.config.notifications.mailFrom);
    const ics = buildInvitation(days, { name, uidDomain: UID_DOMAIN, method, organizer, attendee: { name: recipient.displayName, email: recipient.email } });
    return { ics, icsMethod: method };
  }

  private sessionLines(days: readonly CalendarSessionDay[], sessions: readonly TrainingSessionEntity[], locale: Locale): string {
    const lines = sessions.map((s) => {
      const first = days.find((d) => d.sessionId === s.id);
      return `- ${first?.title ?? ''}: ${text('notify.sessionLine', locale, { dates: formatDays(s.dates, locale), start: s.startTime, end: s.endTime, venue: first?.location ?? '' })}`;
    });
    return `${text('notify.sessionsHeading', locale)}\n${lines.join('\n')}`;
  }

  /** The feeds' session days (same UIDs), each with its session's SEQUENCE. */
  private async sessionDays(manager: EntityManager, sessions: readonly TrainingSessionEntity[], locale: Locale): Promise<CalendarSessionDay[]> {
    const modules = new Map((await manager.getRepository(TrainingModuleEntity).findBy({ id: In([...new Set(sessions.map((s) => s.moduleId))]) })).map((m) => [m.id, m]));
    const venues = new Map((await manager.getRepository(VenueEntity).findBy({ id: In([...new Set(sessions.map((s) => s.venueId))]) })).map((v) => [v.id, v]));
    const trainerIds = [...new Set(sessions.flatMap((s) => s.trainerIds))];
    const trainers = new Map((trainerIds.length ? await manager.getRepository(AppUserEntity).findBy({ id: In(trainerIds) }) : []).map((u) => [u.id, u]));
    return sessions.flatMap((s) =>
      s.dates.map((date) => {
        const module = modules.get(s.moduleId);
        return {
          sessionId: s.id,
          date,
          start: s.startTime,
          end: s.endTime,
          title: module ? `${module.code} ${module.title[locale] ?? module.title.th}` : s.moduleId,
          location: venues.get(s.venueId)?.name ?? '',
          trainers: s.trainerIds.map((id) => ({ id, name: trainers.get(id)?.displayName ?? id })),
          sequence: s.sequence,
        };
      }),
    );
  }

  /** Writes notifications and their deliveries (only channels the person has and wants) and enqueues the deliveries, all in `manager`'s transaction. */
  async write(manager: EntityManager, drafts: readonly Draft[]): Promise<NotificationEntity[]> {
    if (drafts.length === 0) return [];
    const ids = [...new Set(drafts.map((d) => d.recipient.id))];
    const off = new Set<string>();
    for (let i = 0; i < ids.length; i += 5000) {
      const rows = await manager.getRepository(NotificationPreferenceEntity).findBy({ userId: In(ids.slice(i, i + 5000)), enabled: false });
      for (const r of rows) off.add(`${r.userId}|${r.kind}|${r.channel}`);
    }
    const lines = new Set<string>();
    if (this.config.notifications.lineToken) for (const l of await manager.getRepository(LineLinkEntity).findBy({ userId: In(ids) })) lines.add(l.userId);
    const saved: NotificationEntity[] = [];
    const deliveries: Partial<NotificationDeliveryEntity>[] = [];
    for (let i = 0; i < drafts.length; i += 1000) {
      const chunk = drafts.slice(i, i + 1000);
      const rows = await manager.getRepository(NotificationEntity).save(
        chunk.map((d) => manager.getRepository(NotificationEntity).create({ recipientId: d.recipient.id, kind: d.kind, locale: localeOf(d.recipient.preferredLocale), title: d.title.slice(0, 300), body: d.body, payload: d.payload, readAt: null })),
        { chunk: 500, reload: true },
      );
      rows.forEach((row, j) => {
        const recipient = chunk[j]!.recipient;
        const wants = (channel: NotificationChannel) => !off.has(`${recipient.id}|${row.kind}|${channel}`);
        const reachable = !recipient.erasedAt && !recipient.deactivatedAt;
        if (reachable && this.config.notifications.smtpUrl && wants(NotificationChannel.EMAIL)) deliveries.push({ notificationId: row.id, channel: NotificationChannel.EMAIL, status: DeliveryStatus.PENDING });
        if (reachable && lines.has(recipient.id) && wants(NotificationChannel.LINE)) deliveries.push({ notificationId: row.id, channel: NotificationChannel.LINE, status: DeliveryStatus.PENDING });
      });
      saved.push(...rows);
    }
    const deliveryIds: string[] = [];
    for (let i = 0; i < deliveries.length; i += 1000) {
      const result = await manager.getRepository(NotificationDeliveryEntity).insert(deliveries.slice(i, i + 1000));
      deliveryIds.push(...result.identifiers.map((x) => String(x['id'])));
    }
    await this.queue.enqueue(manager, deliveryIds);
    return saved;
  }

  // ---- the notification centre ------------------------------------------------------------------

  async myNotifications(actor: Actor, limit: number, offset: number): Promise<{ total: number; unread: number; items: NotificationEntity[] }> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const [items, total] = await repo.findAndCount({ where: { recipientId: actor.id }, order: { createdAt: 'DESC', id: 'ASC' }, skip: offset, take: limit });
    const unread = await repo.countBy({ recipientId: actor.id, readAt: IsNull() });
    return { total, unread, items };
  }

  /** Marks the caller's own notifications read (all of them when `ids` is absent); answers how many changed. */
  async markRead(actor: Actor, ids: readonly string[] | null | undefined): Promise<number> {
    const qb = this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('recipient_id = :me AND read_at IS NULL', { me: actor.id });
    if (ids) {
      if (ids.length === 0) return 0;
      qb.andWhere('id IN (:...ids)', { ids: [...ids] });
    }
    return (await qb.execute()).affected ?? 0;
  }

  // ---- preferences ------------------------------------------------------------------------------

  async preferences(userId: string): Promise<{ kind: NotificationKind; channel: NotificationChannel; enabled: boolean }[]> {
    const off = new Set((await this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ userId, enabled: false })).map((p) => `${p.kind}|${p.channel}`));
    return NOTIFICATION_KINDS.flatMap((kind) => NOTIFICATION_CHANNELS.map((channel) => ({ kind, channel, enabled: !off.has(`${kind}|${channel}`) })));
  }

  async setPreferences(actor: Actor, changes: readonly { kind: NotificationKind; channel: NotificationChannel; enabled: boolean }[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(NotificationPreferenceEntity).upsert(
        changes.map((c) => ({ userId: actor.id, kind: c.kind, channel: c.channel, enabled: c.enabled })),
        ['userId', 'kind', 'channel'],
      );
      await this.audit.record(manager, { actorId: actor.id, action: 'UPDATE', entity: 'notification_preference', entityId: actor.id, subjectId: actor.id, fields: [...new Set(changes.map((c) => `${c.kind}.${c.channel}`))] });
    });
  }

  async lineLink(userId: string): Promise<string | null> {
    return (await this.dataSource.getRepository(LineLinkEntity).findOneBy({ userId }))?.lineUserId ?? null;
  }

  async setLineLink(actor: Actor, lineUserId: string | null): Promise<void> {
    if (lineUserId && !LINE_USER_ID_PATTERN.test(lineUserId)) throw DomainError.badInput('lineUserId', NotificationMessages['notifications.lineUserId']);
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(LineLinkEntity);
      if (lineUserId) await repo.upsert({ userId: actor.id, lineUserId }, ['userId']);
      else await repo.delete({ userId: actor.id });
      await this.audit.record(manager, { actorId: actor.id, action: lineUserId ? 'UPDATE' : 'DELETE', entity: 'line_link', entityId: actor.id, subjectId: actor.id, fields: ['lineUserId'] });
    });
  }

  // ---- unsubscribe links ------------------------------------------------------------------------

  unsubscribeToken(userId: string, kind: NotificationKind): string {
    const claim = Buffer.from(`${userId}.${kind}`).toString('base64url');
    return `${claim}.${this.sign(claim)}`;
  }

  /** The person and kind a link names, or null for a forged or damaged one. */
  readUnsubscribeToken(token: string): { userId: string; kind: NotificationKind } | null {
    const [claim, mac] = token.split('.');
    if (!claim || !mac) return null;
    const expected = Buffer.from(this.sign(claim));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    const [userId, kind] = Buffer.from(claim, 'base64url').toString('utf8').split('.');
    if (!userId || !NOTIFICATION_KINDS.includes(kind as NotificationKind)) return null;
    return { userId, kind: kind as NotificationKind };
  }

  private sign(claim: string): string {
    return createHmac('sha256', this.config.jwtSecret).update(`ruamsang unsubscribe v1|${claim}`).digest('base64url');
  }

  /** The link's e-mail is turned off for its kind; recorded in the audit trail as the person's own change. */
  async unsubscribe(token: string): Promise<{ userId: string; kind: NotificationKind } | null> {
    const claim = this.readUnsubscribeToken(token);
    if (!claim) return null;
    if (!(await this.dataSource.getRepository(AppUserEntity).existsBy({ id: claim.userId }))) return null;
    await this.setPreferences({ id: claim.userId, role: Role.PRACTITIONER, managedProvinceCodes: [] }, [{ kind: claim.kind, channel: NotificationChannel.EMAIL, enabled: false }]);
    return claim;
  }

  // ---- administration of deliveries -------------------------------------------------------------

  private requireAdmin(actor: Actor): void {
    if (actor.role !== Role.ADMIN) throw DomainError.forbidden(NotificationMessages['notifications.adminOnly']);
  }

  async failedDeliveries(actor: Actor, limit: number, offset: number): Promise<{ total: number; items: (NotificationDeliveryEntity & { notification: NotificationEntity })[] }> {
    this.requireAdmin(actor);
    const [items, total] = await this.dataSource.getRepository(NotificationDeliveryEntity).findAndCount({
      where: { status: DeliveryStatus.FAILED },
      relations: { notification: true },
      order: { updatedAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { total, items: items as (NotificationDeliveryEntity & { notification: NotificationEntity })[] };
  }

  /** A delivery that failed for good goes back to the queue with a fresh count of attempts. */
  async retryDelivery(actor: Actor, id: string): Promise<NotificationDeliveryEntity & { notification: NotificationEntity }> {
    this.requireAdmin(actor);
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw DomainError.notFound(NotificationMessages['notifications.deliveryNotFound']);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(NotificationDeliveryEntity);
      const row = await repo.findOne({ where: { id }, relations: { notification: true }, lock: { mode: 'pessimistic_write', tables: ['notification_delivery'] } });
      if (!row) throw DomainError.notFound(NotificationMessages['notifications.deliveryNotFound']);
      if (row.status !== DeliveryStatus.FAILED) throw DomainError.conflict(NotificationMessages['notifications.notFailed'], { status: row.status }, 'id');
      await repo.update({ id }, { status: DeliveryStatus.PENDING, attempts: 0, claimedAt: null });
      await this.queue.enqueue(manager, [id]);
      return { ...row, status: DeliveryStatus.PENDING, attempts: 0 } as NotificationDeliveryEntity & { notification: NotificationEntity };
    });
  }
}

/** `Name <addr@host>` or `addr@host` → its parts. */
export function mailAddress(from: string): { name: string; email: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from);
  return m ? { name: m[1]!.trim() || m[2]!, email: m[2]!.trim() } : { name: from.trim(), email: from.trim() };
}
