import { defineMessages } from '../../common/errors.js';

export const AccountsMessages = defineMessages({
  'accounts.badCredentials': {
    th: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง',
    en: 'The email or password is not correct.',
    ms: 'E-mel atau kata laluan tidak betul.',
  },
  'accounts.emailTaken': {
    th: 'อีเมล {email} มีผู้ใช้แล้ว',
    en: 'The email {email} is already in use.',
    ms: 'E-mel {email} sudah digunakan.',
  },
  'accounts.ROLE_CANNOT_CREATE_ACCOUNTS': {
    th: 'เฉพาะผู้ดูแลระบบและผู้ประสานงานจังหวัดเท่านั้นที่สร้างบัญชีผู้ใช้ได้',
    en: 'Only administrators and provincial coordinators can create accounts.',
    ms: 'Hanya pentadbir dan penyelaras wilayah boleh membuat akaun.',
  },
  'accounts.ROLE_NOT_GRANTABLE': {
    th: 'ผู้ประสานงานจังหวัดสร้างได้เฉพาะบัญชีผู้ปฏิบัติงานและวิทยากร',
    en: 'Provincial coordinators can only create practitioner and trainer accounts.',
    ms: 'Penyelaras wilayah hanya boleh membuat akaun pengamal dan jurulatih.',
  },
  'accounts.PROVINCE_REQUIRED': {
    th: 'ต้องระบุจังหวัด (provinceCode)',
    en: 'A province (provinceCode) is required.',
    ms: 'Wilayah (provinceCode) diperlukan.',
  },
  'accounts.PROVINCE_OUTSIDE_SCOPE': {
    th: 'คุณสร้างบัญชีได้เฉพาะในจังหวัดที่คุณรับผิดชอบ',
    en: 'You can only create accounts in the provinces you coordinate.',
    ms: 'Anda hanya boleh membuat akaun di wilayah yang anda selaraskan.',
  },
  'accounts.MANAGED_PROVINCES_REQUIRED': {
    th: 'บัญชีผู้ประสานงานต้องระบุจังหวัดที่รับผิดชอบ (managedProvinceCodes)',
    en: 'A coordinator account needs the provinces it coordinates (managedProvinceCodes).',
    ms: 'Akaun penyelaras memerlukan wilayah yang diselaraskannya (managedProvinceCodes).',
  },
  'accounts.practitionerNeedsProvince': {
    th: 'ผู้ปฏิบัติงานต้องระบุจังหวัด',
    en: 'A practitioner must have a province.',
    ms: 'Pengamal mesti mempunyai wilayah.',
  },
  'accounts.cannotListUsers': {
    th: 'เฉพาะผู้ดูแลระบบและผู้ประสานงานจังหวัดเท่านั้นที่ดูรายชื่อผู้ใช้ได้',
    en: 'Only administrators and provincial coordinators can list users.',
    ms: 'Hanya pentadbir dan penyelaras wilayah boleh melihat senarai pengguna.',
  },
  'accounts.badPhoneCredentials': {
    th: 'หมายเลขโทรศัพท์มือถือหรือรหัสผ่านไม่ถูกต้อง',
    en: 'The mobile number or password is not correct.',
    ms: 'Nombor telefon bimbit atau kata laluan tidak betul.',
  },
  'accounts.deactivated': {
    th: 'บัญชีนี้ถูกระงับการใช้งานแล้ว กรุณาติดต่อผู้ประสานงานจังหวัดหรือผู้ดูแลระบบ',
    en: 'This account has been deactivated. Please contact your provincial coordinator or an administrator.',
    ms: 'Akaun ini telah dinyahaktifkan. Sila hubungi penyelaras wilayah atau pentadbir.',
  },
  'accounts.tokenRevoked': {
    th: 'รหัสผ่านของบัญชีนี้เปลี่ยนแล้ว กรุณาเข้าสู่ระบบอีกครั้ง',
    en: 'The password of this account has changed. Please sign in again.',
    ms: 'Kata laluan akaun ini telah ditukar. Sila log masuk semula.',
  },
  'accounts.userNotFound': {
    th: 'ไม่พบบัญชีผู้ใช้นี้',
    en: 'This account does not exist.',
    ms: 'Akaun ini tidak wujud.',
  },
  'accounts.change.ROLE_CANNOT_MANAGE_ACCOUNTS': {
    th: 'เฉพาะผู้ดูแลระบบและผู้ประสานงานจังหวัดเท่านั้นที่จัดการบัญชีผู้ใช้ได้',
    en: 'Only administrators and provincial coordinators can manage accounts.',
    ms: 'Hanya pentadbir dan penyelaras wilayah boleh mengurus akaun.',
  },
  'accounts.change.ACCOUNT_OUTSIDE_SCOPE': {
    th: 'คุณจัดการได้เฉพาะบัญชีผู้ปฏิบัติงานและวิทยากรในจังหวัดที่คุณรับผิดชอบ',
    en: 'You can only manage practitioner and trainer accounts in the provinces you coordinate.',
    ms: 'Anda hanya boleh mengurus akaun pengamal dan jurulatih di wilayah yang anda selaraskan.',
  },
  'accounts.change.ROLE_NOT_GRANTABLE': {
    th: 'ผู้ประสานงานจังหวัดกำหนดบทบาทได้เฉพาะผู้ปฏิบัติงานหรือวิทยากร',
    en: 'A provincial coordinator can only give the practitioner or trainer role.',
    ms: 'Penyelaras wilayah hanya boleh memberi peranan pengamal atau jurulatih.',
  },
  'accounts.change.PROVINCE_REQUIRED': {
    th: 'ต้องระบุจังหวัด',
    en: 'A province is required.',
    ms: 'Wilayah diperlukan.',
  },
  'accounts.change.PROVINCE_OUTSIDE_SCOPE': {
    th: 'เลือกได้เฉพาะจังหวัดที่คุณรับผิดชอบ',
    en: 'Choose one of the provinces you coordinate.',
    ms: 'Pilih salah satu wilayah yang anda selaraskan.',
  },
  'accounts.change.MANAGED_PROVINCES_REQUIRED': {
    th: 'ผู้ประสานงานต้องมีจังหวัดที่รับผิดชอบอย่างน้อยหนึ่งจังหวัด',
    en: 'A coordinator needs at least one province to coordinate.',
    ms: 'Penyelaras memerlukan sekurang-kurangnya satu wilayah untuk diselaraskan.',
  },
  'accounts.change.LAST_ADMIN': {
    th: 'บัญชีนี้เป็นผู้ดูแลระบบคนสุดท้ายที่ใช้งานอยู่ ต้องมีผู้ดูแลระบบอย่างน้อยหนึ่งคนเสมอ',
    en: 'This is the last active administrator; there must always be at least one.',
    ms: 'Ini pentadbir aktif yang terakhir; mesti sentiasa ada sekurang-kurangnya seorang.',
  },
  'accounts.change.CANNOT_DEACTIVATE_SELF': {
    th: 'คุณระงับบัญชีของตนเองไม่ได้',
    en: 'You cannot deactivate your own account.',
    ms: 'Anda tidak boleh menyahaktifkan akaun anda sendiri.',
  },
  'accounts.phoneInvalid': {
    th: 'ต้องเป็นหมายเลขโทรศัพท์มือถือไทย 10 หลัก เช่น 081-234-5678 หรือ +66 81 234 5678',
    en: 'Must be a Thai mobile number of 10 digits, e.g. 081-234-5678 or +66 81 234 5678.',
    ms: 'Mestilah nombor telefon bimbit Thailand 10 digit, cth. 081-234-5678 atau +66 81 234 5678.',
  },
  'accounts.phoneTaken': {
    th: 'หมายเลข {phone} มีผู้ใช้แล้ว',
    en: 'The number {phone} is already in use.',
    ms: 'Nombor {phone} sudah digunakan.',
  },
  'accounts.wrongCurrentPassword': {
    th: 'รหัสผ่านปัจจุบันไม่ถูกต้อง',
    en: 'The current password is not correct.',
    ms: 'Kata laluan semasa tidak betul.',
  },
  'accounts.passwordLength': {
    th: 'รหัสผ่านต้องยาว {min} ถึง {max} ตัวอักษร',
    en: 'The password must be {min} to {max} characters long.',
    ms: 'Kata laluan mestilah {min} hingga {max} aksara.',
  },
  'accounts.resetUnknown': {
    th: 'ลิงก์ตั้งรหัสผ่านนี้ใช้ไม่ได้ (อาจมีการออกลิงก์ใหม่แทนแล้ว) กรุณาขอลิงก์ใหม่จากผู้ประสานงาน',
    en: 'This password link is not valid (a newer one may have replaced it). Ask your coordinator for a new one.',
    ms: 'Pautan kata laluan ini tidak sah (mungkin telah diganti dengan yang baharu). Minta pautan baharu daripada penyelaras anda.',
  },
  'accounts.resetUsed': {
    th: 'ลิงก์ตั้งรหัสผ่านนี้ถูกใช้ไปแล้ว ใช้ได้เพียงครั้งเดียว',
    en: 'This password link has already been used; each link works once.',
    ms: 'Pautan kata laluan ini telah digunakan; setiap pautan hanya sekali.',
  },
  'accounts.resetExpired': {
    th: 'ลิงก์ตั้งรหัสผ่านนี้หมดอายุแล้ว (ใช้ได้ {hours} ชั่วโมง) กรุณาขอลิงก์ใหม่จากผู้ประสานงาน',
    en: 'This password link has expired (links last {hours} hours). Ask your coordinator for a new one.',
    ms: 'Pautan kata laluan ini telah tamat tempoh (sah selama {hours} jam). Minta pautan baharu daripada penyelaras anda.',
  },
});
