/** What a notification is about (issue 18). One list for the API, the preferences page and the tests. */
export enum NotificationKind {
  ENROLMENT_CONFIRMED = 'ENROLMENT_CONFIRMED',
  ENROLMENT_WAITLISTED = 'ENROLMENT_WAITLISTED',
  ENROLMENT_PROMOTED = 'ENROLMENT_PROMOTED',
  ENROLMENT_WITHDRAWN = 'ENROLMENT_WITHDRAWN',
  SESSION_SCHEDULED = 'SESSION_SCHEDULED',
  SESSION_CHANGED = 'SESSION_CHANGED',
  CAMPAIGN_OPENED = 'CAMPAIGN_OPENED',
}

export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/** Where a notification goes besides the in-app centre, which always keeps it. */
export enum NotificationChannel {
  EMAIL = 'EMAIL',
  LINE = 'LINE',
}

export const NOTIFICATION_CHANNELS: readonly NotificationChannel[] = Object.values(NotificationChannel);

export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENDING = 'SENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}

/** myNotifications pages at most this many items. */
export const NOTIFICATIONS_PAGE_MAX = 100;
/** A LINE user id: "U" and 32 hex digits (LINE Messaging API). */
export const LINE_USER_ID_PATTERN = /^U[0-9a-f]{32}$/;
