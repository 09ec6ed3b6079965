import { defineMessages } from '../../common/errors.js';

export const PrivacyMessages = defineMessages({
  'privacy.onlyAdminsErase': {
    th: 'เฉพาะผู้ดูแลระบบเท่านั้นที่ลบข้อมูลส่วนบุคคลได้',
    en: 'Only administrators can erase personal data.',
    ms: 'Hanya pentadbir boleh memadam data peribadi.',
  },
  'privacy.userNotFound': {
    th: 'ไม่พบผู้ใช้ที่ต้องการลบข้อมูล',
    en: 'There is no such user to erase.',
    ms: 'Tiada pengguna sedemikian untuk dipadam.',
  },
  'privacy.cannotEraseSelf': {
    th: 'ผู้ดูแลระบบลบข้อมูลของตนเองไม่ได้ ให้ผู้ดูแลระบบอีกคนดำเนินการ',
    en: 'An administrator cannot erase their own account; ask another administrator.',
    ms: 'Pentadbir tidak boleh memadam akaun sendiri; minta pentadbir lain.',
  },
  'privacy.onlyAdminsAudit': {
    th: 'เฉพาะผู้ดูแลระบบเท่านั้นที่อ่านบันทึกการตรวจสอบได้',
    en: 'Only administrators can read the audit log.',
    ms: 'Hanya pentadbir boleh membaca log audit.',
  },
});
