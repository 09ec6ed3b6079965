import { defineMessages } from '../../common/errors.js';

export const NotificationMessages = defineMessages({
  'notifications.adminOnly': {
    th: 'เฉพาะผู้ดูแลระบบเท่านั้นที่ดูและส่งซ้ำการแจ้งเตือนที่ส่งไม่สำเร็จได้',
    en: 'Only administrators see and retry failed deliveries.',
    ms: 'Hanya pentadbir melihat dan mencuba semula penghantaran yang gagal.',
  },
  'notifications.deliveryNotFound': { th: 'ไม่พบรายการส่งที่ระบุ', en: 'That delivery does not exist.', ms: 'Penghantaran itu tidak wujud.' },
  'notifications.notFailed': {
    th: 'ส่งซ้ำได้เฉพาะรายการที่ส่งไม่สำเร็จ (สถานะตอนนี้: {status})',
    en: 'Only a failed delivery can be retried (its status is {status}).',
    ms: 'Hanya penghantaran yang gagal boleh dicuba semula (statusnya {status}).',
  },
  'notifications.lineUserId': {
    th: 'รหัสผู้ใช้ LINE ต้องขึ้นต้นด้วย U ตามด้วยเลขฐานสิบหก 32 ตัว (เช่น U4af4980629…)',
    en: 'a LINE user id is U followed by 32 hexadecimal digits (e.g. U4af4980629…)',
    ms: 'ID pengguna LINE ialah U diikuti 32 digit heksadesimal (cth. U4af4980629…)',
  },
});
