import { deviceArea } from '../../app/offline';
import type { MyNotificationsQuery } from '../../gql/graphql';

export type NotificationPageData = MyNotificationsQuery['myNotifications'];

/** The last page of notifications fetched on this device, per person and page, for reading offline. */
const area = deviceArea('ruamsang-notifications', 'pages');

export interface CachedPage {
  readonly page: NotificationPageData;
  readonly syncedAt: string;
}

export const notificationCache = {
  save: (userId: string, offset: number, page: NotificationPageData) => area.set(`${userId}:${offset}`, { page, syncedAt: new Date().toISOString() } satisfies CachedPage),
  load: (userId: string, offset: number) => area.get<CachedPage>(`${userId}:${offset}`),
};
