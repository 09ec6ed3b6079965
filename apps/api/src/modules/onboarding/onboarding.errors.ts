import { defineMessages } from '../../common/errors.js';

export const OnboardingMessages = defineMessages({
  'invitations.ROLE_CANNOT_INVITE': {
    th: 'เฉพาะผู้ดูแลระบบและผู้ประสานงานจังหวัดเท่านั้นที่สร้างหรือยกเลิกลิงก์เชิญได้',
    en: 'Only administrators and provincial coordinators can create or revoke invitations.',
    ms: 'Hanya pentadbir dan penyelaras wilayah boleh membuat atau membatalkan jemputan.',
  },
  'invitations.PROVINCE_OUTSIDE_SCOPE': {
    th: 'คุณเชิญได้เฉพาะในจังหวัดที่คุณรับผิดชอบ',
    en: 'You can only invite people into the provinces you coordinate.',
    ms: 'Anda hanya boleh menjemput orang ke wilayah yang anda selaraskan.',
  },
  'invitations.oneTarget': {
    th: 'เลือกแบบสำรวจ (campaignId) หรือรุ่นอบรม (cohortId) อย่างใดอย่างหนึ่ง',
    en: 'Choose either a campaign (campaignId) or a cohort (cohortId), not both.',
    ms: 'Pilih sama ada kempen (campaignId) atau kohort (cohortId), bukan kedua-duanya.',
  },
  'invitations.campaignNotFound': { th: 'ไม่พบแบบสำรวจนี้', en: 'There is no such campaign.', ms: 'Tiada kempen sedemikian.' },
  'invitations.cohortNotFound': { th: 'ไม่พบรุ่นอบรมนี้', en: 'There is no such cohort.', ms: 'Tiada kohort sedemikian.' },
  'invitations.provinceRequired': {
    th: 'ต้องเลือกจังหวัดของแบบสำรวจ (หนึ่งใน {allowed})',
    en: 'Choose one of the campaign’s provinces ({allowed}).',
    ms: 'Pilih salah satu wilayah kempen ({allowed}).',
  },
  'invitations.provinceNotInTarget': {
    th: 'จังหวัด {code} ไม่อยู่ในแบบสำรวจหรือรุ่นอบรมนี้ (ใช้ได้: {allowed})',
    en: 'Province {code} is not one of this campaign’s or cohort’s provinces ({allowed}).',
    ms: 'Wilayah {code} bukan wilayah kempen atau kohort ini ({allowed}).',
  },
  'invitations.notFound': {
    th: 'ลิงก์เชิญนี้ไม่ถูกต้อง ตรวจสอบลิงก์หรือขอลิงก์ใหม่จากผู้ประสานงาน',
    en: 'This invitation link is not valid. Check the link or ask your coordinator for a new one.',
    ms: 'Pautan jemputan ini tidak sah. Semak pautan atau minta pautan baharu daripada penyelaras anda.',
  },
  'invitations.EXPIRED': {
    th: 'ลิงก์เชิญนี้หมดอายุแล้ว ขอลิงก์ใหม่จากผู้ประสานงาน',
    en: 'This invitation has expired. Ask your coordinator for a new link.',
    ms: 'Jemputan ini telah tamat tempoh. Minta pautan baharu daripada penyelaras anda.',
  },
  'invitations.REVOKED': {
    th: 'ลิงก์เชิญนี้ถูกยกเลิกแล้ว ขอลิงก์ใหม่จากผู้ประสานงาน',
    en: 'This invitation was revoked. Ask your coordinator for a new link.',
    ms: 'Jemputan ini telah dibatalkan. Minta pautan baharu daripada penyelaras anda.',
  },
  'invitations.USED_UP': {
    th: 'ลิงก์เชิญนี้มีผู้ใช้ครบจำนวนแล้ว ขอลิงก์ใหม่จากผู้ประสานงาน',
    en: 'This invitation has been used as many times as allowed. Ask your coordinator for a new link.',
    ms: 'Jemputan ini telah digunakan sebanyak yang dibenarkan. Minta pautan baharu daripada penyelaras anda.',
  },
  'invitations.contactRequired': {
    th: 'กรอกอีเมลหรือเบอร์มือถืออย่างน้อยหนึ่งอย่าง',
    en: 'Give an e-mail or a mobile number (at least one).',
    ms: 'Berikan e-mel atau nombor telefon bimbit (sekurang-kurangnya satu).',
  },
  'invitations.badPhone': {
    th: 'ไม่ใช่เบอร์มือถือไทย (เช่น 081-234-5678)',
    en: 'This is not a Thai mobile number (e.g. 081-234-5678).',
    ms: 'Ini bukan nombor telefon bimbit Thailand (cth. 081-234-5678).',
  },
  'invitations.emailTaken': {
    th: 'อีเมล {email} มีบัญชีอยู่แล้ว เข้าสู่ระบบด้วยบัญชีนั้น หรือขอลิงก์ตั้งรหัสผ่านจากผู้ประสานงาน',
    en: 'The e-mail {email} already has an account: sign in with it, or ask your coordinator for a password link.',
    ms: 'E-mel {email} sudah mempunyai akaun: log masuk dengannya, atau minta pautan kata laluan daripada penyelaras anda.',
  },
  'invitations.phoneTaken': {
    th: 'เบอร์ {phone} มีบัญชีอยู่แล้ว เข้าสู่ระบบด้วยบัญชีนั้น หรือขอลิงก์ตั้งรหัสผ่านจากผู้ประสานงาน',
    en: 'The number {phone} already has an account: sign in with it, or ask your coordinator for a password link.',
    ms: 'Nombor {phone} sudah mempunyai akaun: log masuk dengannya, atau minta pautan kata laluan daripada penyelaras anda.',
  },
  'invitations.districtOutsideProvince': {
    th: 'อำเภอนี้ไม่อยู่ในจังหวัด {province}',
    en: 'This district is not in province {province}.',
    ms: 'Daerah ini bukan dalam wilayah {province}.',
  },
  'invitations.retryMismatch': {
    th: 'คำขอนี้ถูกใช้สร้างบัญชีไปแล้วด้วยรหัสผ่านอื่น กรุณาเข้าสู่ระบบ',
    en: 'This request already created an account with another password; please sign in.',
    ms: 'Permintaan ini telah membuat akaun dengan kata laluan lain; sila log masuk.',
  },
});
