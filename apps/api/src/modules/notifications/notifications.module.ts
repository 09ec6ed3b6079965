import { Global, Module } from '@nestjs/common';
import { DeliveryWorker } from './delivery.worker.js';
import { NotificationQueue } from './notification-queue.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

/**
 * Notifications (issue 18): the outbox written in the events' transactions, the pg-boss queue,
 * the delivery worker (e-mail, LINE), the in-app centre, preferences and unsubscribe links.
 * Global like the audit trail, so a feature calls NotificationsService without importing this
 * module (and no module cycle can form through it).
 */
@Global()
@Module({
  providers: [NotificationQueue, NotificationsService, DeliveryWorker, NotificationsResolver],
  controllers: [UnsubscribeController],
  exports: [NotificationsService, NotificationQueue, DeliveryWorker],
})
export class NotificationsModule {}
