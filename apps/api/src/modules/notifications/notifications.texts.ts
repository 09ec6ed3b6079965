import { formatTriCalendar } from '@ruamsang/domain';
import { isLocale, type NotificationKind, type Locale } from '@ruamsang/shared';
import { defineMessages, translate, type MessageParams } from '../../common/errors.js';

/** Titles and bodies of notifications, in th/en/ms; `{name}` placeholders as in the error catalogues. */
export const NotificationTexts = defineMessages({
  'notify.ENROLMENT_CONFIRMED.title': { th: 'ยืนยันที่นั่ง: {cohort}', en: 'Seat confirmed: {cohort}', ms: 'Tempat disahkan: {cohort}' },
  'notify.ENROLMENT_CONFIRMED.body': {
    th: 'คุณได้ที่นั่งในรุ่น {cohort} ({curriculum}) แล้ว',
    en: 'You have a seat in {cohort} ({curriculum}).',
    ms: 'Anda mendapat tempat dalam {cohort} ({curriculum}).',
  },
  'notify.ENROLMENT_WAITLISTED.title': { th: 'อยู่ในรายชื่อสำรอง: {cohort}', en: 'On the waiting list: {cohort}', ms: 'Dalam senarai menunggu: {cohort}' },
  'notify.ENROLMENT_WAITLISTED.body': {
    th: 'รุ่น {cohort} ({curriculum}) เต็มแล้ว คุณอยู่ในรายชื่อสำรองลำดับที่ {position} เราจะแจ้งเมื่อมีที่นั่งว่าง',
    en: '{cohort} ({curriculum}) is full. You are number {position} on the waiting list; we will tell you when a seat frees.',
    ms: '{cohort} ({curriculum}) sudah penuh. Anda nombor {position} dalam senarai menunggu; kami akan memaklumkan apabila ada tempat.',
  },
  'notify.ENROLMENT_PROMOTED.title': { th: 'ได้ที่นั่งจากรายชื่อสำรอง: {cohort}', en: 'A seat for you from the waiting list: {cohort}', ms: 'Tempat untuk anda dari senarai menunggu: {cohort}' },
  'notify.ENROLMENT_PROMOTED.body': {
    th: 'มีที่นั่งว่างในรุ่น {cohort} ({curriculum}) และเป็นของคุณแล้ว',
    en: 'A seat freed in {cohort} ({curriculum}) and it is now yours.',
    ms: 'Satu tempat kosong dalam {cohort} ({curriculum}) kini milik anda.',
  },
  'notify.ENROLMENT_WITHDRAWN.title': { th: 'ถอนตัวแล้ว: {cohort}', en: 'Withdrawn: {cohort}', ms: 'Telah menarik diri: {cohort}' },
  'notify.ENROLMENT_WITHDRAWN.body': {
    th: 'คุณไม่ได้อยู่ในรุ่น {cohort} ({curriculum}) แล้ว รอบการอบรมของรุ่นนี้ถูกนำออกจากปฏิทินของคุณ',
    en: 'You are no longer in {cohort} ({curriculum}); its sessions are removed from your calendar.',
    ms: 'Anda tidak lagi dalam {cohort} ({curriculum}); sesinya dikeluarkan daripada kalendar anda.',
  },
  'notify.SESSION_SCHEDULED.title': { th: 'รอบอบรมใหม่: {module}', en: 'New session: {module}', ms: 'Sesi baharu: {module}' },
  'notify.SESSION_SCHEDULED.body': {
    th: '{module} ของรุ่น {cohort}',
    en: '{module} for {cohort}',
    ms: '{module} untuk {cohort}',
  },
  'notify.SESSION_CHANGED.title': { th: 'รอบอบรมเปลี่ยนแปลง: {module}', en: 'Session changed: {module}', ms: 'Sesi berubah: {module}' },
  'notify.SESSION_CHANGED.body': {
    th: '{module} ของรุ่น {cohort} มีกำหนดใหม่',
    en: '{module} for {cohort} has a new schedule',
    ms: '{module} untuk {cohort} mempunyai jadual baharu',
  },
  'notify.CAMPAIGN_OPENED.title': { th: 'แบบประเมินเปิดแล้ว: {campaign}', en: 'Self-assessment open: {campaign}', ms: 'Penilaian kendiri dibuka: {campaign}' },
  'notify.CAMPAIGN_OPENED.body': {
    th: 'แบบประเมินตนเอง “{campaign}” เปิดให้ตอบแล้ว ตอบได้ถึง {closes}',
    en: 'The self-assessment “{campaign}” is open until {closes}.',
    ms: 'Penilaian kendiri “{campaign}” dibuka sehingga {closes}.',
  },
  'notify.sessionLine': {
    th: '{dates} เวลา {start}–{end} น. ที่ {venue}',
    en: '{dates}, {start}–{end} at {venue}',
    ms: '{dates}, {start}–{end} di {venue}',
  },
  'notify.sessionsHeading': { th: 'รอบการอบรม:', en: 'Sessions:', ms: 'Sesi:' },
  'notify.unsubscribe': {
    th: 'ไม่ต้องการรับอีเมลเรื่องนี้อีก: {url}',
    en: 'Stop e-mails of this kind: {url}',
    ms: 'Berhenti menerima e-mel jenis ini: {url}',
  },
  'notify.preferences': {
    th: 'ตั้งค่าการแจ้งเตือนทั้งหมด: {url}',
    en: 'All notification settings: {url}',
    ms: 'Semua tetapan pemberitahuan: {url}',
  },
  'notify.unsubscribe.page': {
    th: 'หยุดส่งอีเมลเรื่อง “{kind}” ถึงคุณหรือไม่',
    en: 'Stop e-mails about “{kind}” to you?',
    ms: 'Hentikan e-mel tentang “{kind}” kepada anda?',
  },
  'notify.unsubscribe.button': { th: 'หยุดส่งอีเมลเรื่องนี้', en: 'Stop these e-mails', ms: 'Hentikan e-mel ini' },
  'notify.unsubscribe.done': {
    th: 'เรียบร้อย จะไม่ส่งอีเมลเรื่อง “{kind}” อีก (ยังเห็นได้ในศูนย์การแจ้งเตือน)',
    en: 'Done: no more e-mails about “{kind}” (they stay in your notification centre).',
    ms: 'Selesai: tiada lagi e-mel tentang “{kind}” (ia kekal dalam pusat pemberitahuan anda).',
  },
  'notify.unsubscribe.invalid': { th: 'ลิงก์นี้ใช้ไม่ได้', en: 'This link is not valid.', ms: 'Pautan ini tidak sah.' },
  'notify.kind.ENROLMENT_CONFIRMED': { th: 'ยืนยันที่นั่ง', en: 'Seat confirmed', ms: 'Tempat disahkan' },
  'notify.kind.ENROLMENT_WAITLISTED': { th: 'รายชื่อสำรอง', en: 'Waiting list', ms: 'Senarai menunggu' },
  'notify.kind.ENROLMENT_PROMOTED': { th: 'ได้ที่นั่งจากรายชื่อสำรอง', en: 'Promoted from the waiting list', ms: 'Dinaikkan dari senarai menunggu' },
  'notify.kind.ENROLMENT_WITHDRAWN': { th: 'ถอนตัวจากรุ่น', en: 'Withdrawn from a cohort', ms: 'Menarik diri dari kohort' },
  'notify.kind.SESSION_SCHEDULED': { th: 'รอบอบรมใหม่', en: 'New session', ms: 'Sesi baharu' },
  'notify.kind.SESSION_CHANGED': { th: 'รอบอบรมเปลี่ยนแปลง', en: 'Session changed', ms: 'Sesi berubah' },
  'notify.kind.CAMPAIGN_OPENED': { th: 'แบบประเมินเปิดแล้ว', en: 'Self-assessment open', ms: 'Penilaian kendiri dibuka' },
});

export function text(key: string, locale: Locale, params: MessageParams = {}): string {
  return translate(key, locale, params);
}

export function localeOf(preferred: string | null | undefined): Locale {
  return isLocale(preferred) ? preferred : 'th';
}

export function kindLabel(kind: NotificationKind, locale: Locale): string {
  return text(`notify.kind.${kind}`, locale);
}

/**
 * A day as people here read it: Thai in พ.ศ. with the Hijri date beside it; English and Malay
 * with the Gregorian date first, then the Buddhist and Hijri ones.
 */
export function formatDay(date: string, locale: Locale): string {
  const tri = formatTriCalendar(date, locale);
  if (locale === 'th') return `${tri.buddhist.replace(/(\d{4})$/, 'พ.ศ. $1')} (${tri.hijri})`;
  return `${tri.gregorian} (${tri.buddhist}; ${tri.hijri})`;
}

export function formatDays(dates: readonly string[], locale: Locale): string {
  if (dates.length === 0) return '';
  if (dates.length === 1) return formatDay(dates[0]!, locale);
  return `${formatDay(dates[0]!, locale)} – ${formatDay(dates[dates.length - 1]!, locale)}`;
}
