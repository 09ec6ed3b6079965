import { graphql } from '../../gql';

export const MY_NOTIFICATIONS = graphql(`
  query MyNotifications($limit: Int, $offset: Int) {
    myNotifications(limit: $limit, offset: $offset) {
      total
      unread
      items {
        id
        kind
        title
        body
        createdAt
        readAt
      }
    }
  }
`);

export const UNREAD_COUNT = graphql(`
  query UnreadNotifications {
    myNotifications(limit: 1) {
      unread
    }
  }
`);

export const MARK_READ = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const SETTINGS = graphql(`
  query MyNotificationSettings {
    myNotificationSettings {
      preferences {
        kind
        channel
        enabled
      }
      lineUserId
      emailAvailable
      lineAvailable
    }
  }
`);

export const SET_PREFERENCES = graphql(`
  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {
    setNotificationPreferences(preferences: $preferences) {
      preferences {
        kind
        channel
        enabled
      }
      lineUserId
      emailAvailable
      lineAvailable
    }
  }
`);

export const LINK_LINE = graphql(`
  mutation LinkLine($lineUserId: String) {
    linkLine(lineUserId: $lineUserId) {
      preferences {
        kind
        channel
        enabled
      }
      lineUserId
      emailAvailable
      lineAvailable
    }
  }
`);
