import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import {
  LinkLineArgs,
  MarkNotificationsReadArgs,
  Notification,
  NotificationDelivery,
  NotificationDeliveryPage,
  NotificationPage,
  NotificationSettings,
  NotificationsArgs,
  SetNotificationPreferencesArgs,
} from './models/notification.model.js';
import { NotificationsService } from './notifications.service.js';

@Resolver()
export class NotificationsResolver {
  constructor(
    private readonly notifications: NotificationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Query(() => NotificationPage, { description: 'The signed-in person’s notification centre, newest first' })
  async myNotifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs): Promise<NotificationPage> {
    const page = await this.notifications.myNotifications(actor, args.limit, args.offset);
    return Object.assign(new NotificationPage(), { total: page.total, unread: page.unread, items: page.items.map((n) => Notification.from(n)) });
  }

  @Mutation(() => Int, { description: 'Marks my notifications read (all of them without ids); answers how many changed' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkNotificationsReadArgs): Promise<number> {
    return this.notifications.markRead(actor, args.ids ?? null);
  }

  @Query(() => NotificationSettings, { description: 'My notification preferences (kind × channel) and LINE link' })
  async myNotificationSettings(@CurrentActor() actor: Actor): Promise<NotificationSettings> {
    return this.settings(actor);
  }

  @Mutation(() => NotificationSettings, { description: 'Turns channels on or off per kind (recorded in the audit trail)' })
  async setNotificationPreferences(@CurrentActor() actor: Actor, @Args() args: SetNotificationPreferencesArgs): Promise<NotificationSettings> {
    await this.notifications.setPreferences(actor, args.preferences);
    return this.settings(actor);
  }

  @Mutation(() => NotificationSettings, { description: 'Links my LINE user id for LINE pushes (null unlinks)' })
  async linkLine(@CurrentActor() actor: Actor, @Args() args: LinkLineArgs): Promise<NotificationSettings> {
    await this.notifications.setLineLink(actor, args.lineUserId ?? null);
    return this.settings(actor);
  }

  @Query(() => NotificationDeliveryPage, { description: 'Admins: deliveries that failed for good, with the reason' })
  async failedDeliveries(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs): Promise<NotificationDeliveryPage> {
    const page = await this.notifications.failedDeliveries(actor, args.limit, args.offset);
    return Object.assign(new NotificationDeliveryPage(), { total: page.total, items: page.items.map((d) => NotificationDelivery.from(d)) });
  }

  @Mutation(() => NotificationDelivery, { description: 'Admins: sends a failed delivery again' })
  async retryDelivery(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<NotificationDelivery> {
    return NotificationDelivery.from(await this.notifications.retryDelivery(actor, id));
  }

  private async settings(actor: Actor): Promise<NotificationSettings> {
    return Object.assign(new NotificationSettings(), {
      preferences: await this.notifications.preferences(actor.id),
      lineUserId: await this.notifications.lineLink(actor.id),
      emailAvailable: this.config.notifications.smtpUrl !== null,
      lineAvailable: this.config.notifications.lineToken !== null,
    });
  }
}
