import type { Locale } from '@ruamsang/shared';
import { defineMessages, translate } from '../../common/errors.js';
import type { Verification } from './attendance.service.js';
import { thaiBuddhistDate } from './certificate-pdf.js';

export const VerifyPageMessages = defineMessages({
  'verifyPage.title': { th: 'ตรวจสอบเกียรติบัตร', en: 'Certificate check', ms: 'Semakan sijil' },
  'verifyPage.valid': { th: 'เกียรติบัตรนี้ถูกต้อง ออกโดยระบบร่วมสร้าง', en: 'This certificate is genuine, issued through Ruamsang.', ms: 'Sijil ini tulen, dikeluarkan melalui Ruamsang.' },
  'verifyPage.invalid': {
    th: 'ไม่พบเกียรติบัตรรหัส {code} หรือเกียรติบัตรถูกเพิกถอนแล้ว',
    en: 'No certificate with the code {code} was found, or it has been revoked.',
    ms: 'Tiada sijil dengan kod {code} dijumpai, atau ia telah dibatalkan.',
  },
  'verifyPage.holder': { th: 'ผู้ได้รับเกียรติบัตร', en: 'Awarded to', ms: 'Dianugerahkan kepada' },
  'verifyPage.curriculum': { th: 'หลักสูตร', en: 'Curriculum', ms: 'Kurikulum' },
  'verifyPage.issuer': { th: 'ออกโดย', en: 'Issued by', ms: 'Dikeluarkan oleh' },
  'verifyPage.completedAt': { th: 'สำเร็จการอบรมเมื่อ', en: 'Completed on', ms: 'Tamat pada' },
  'verifyPage.code': { th: 'รหัสตรวจสอบ', en: 'Verification code', ms: 'Kod semakan' },
  'verifyPage.privacy': {
    th: 'หน้านี้แสดงเฉพาะข้อมูลที่พิมพ์อยู่บนเกียรติบัตร',
    en: 'This page shows only what is printed on the certificate.',
    ms: 'Halaman ini hanya menunjukkan apa yang dicetak pada sijil.',
  },
});

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The completion date as the visitor reads it: พ.ศ. in Thai, the Gregorian date with the Buddhist year otherwise. */
export function verifyDate(instant: Date, locale: Locale): string {
  if (locale === 'th') return thaiBuddhistDate(instant);
  const gregorian = new Intl.DateTimeFormat(locale === 'ms' ? 'ms-MY' : 'en-GB', { timeZone: 'Asia/Bangkok', day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
  const buddhistYear = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', { timeZone: 'Asia/Bangkok', year: 'numeric' }).format(instant).replace(/\D/g, '');
  return `${gregorian} (${locale === 'ms' ? 'T.B.' : 'B.E.'} ${buddhistYear})`;
}

/**
 * GET /verify/<code> for a browser (someone who scanned the QR code): a small self-contained
 * page in the visitor's language, readable on a phone, with nothing but what the certificate shows.
 */
export function renderVerifyPage(verification: (Verification & { issuer: string }) | null, code: string, locale: Locale): string {
  const t = (key: keyof typeof VerifyPageMessages, params: Record<string, string> = {}) => escape(translate(VerifyPageMessages[key], locale, params));
  const row = (label: string, value: string) => `<div class="row"><dt>${label}</dt><dd>${escape(value)}</dd></div>`;
  const body = verification
    ? `<p class="status valid" role="status"><span aria-hidden="true">✔</span> ${t('verifyPage.valid')}</p>
<dl>
${row(t('verifyPage.holder'), verification.holder)}
${row(t('verifyPage.curriculum'), verification.curriculum)}
${row(t('verifyPage.issuer'), verification.issuer)}
${row(t('verifyPage.completedAt'), verifyDate(new Date(verification.completedAt), locale))}
${row(t('verifyPage.code'), code)}
</dl>`
    : `<p class="status invalid" role="alert"><span aria-hidden="true">✖</span> ${t('verifyPage.invalid', { code })}</p>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t('verifyPage.title')} · Ruamsang</title>
<style>
body{margin:0;font-family:"Noto Sans Thai","Noto Sans",system-ui,sans-serif;background:#f6f7f4;color:#1f2937;line-height:1.6}
main{max-width:36rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.5rem;color:#14532d;margin:.5rem 0 1rem}
.status{padding:.75rem 1rem;border-radius:.5rem;font-weight:600}
.valid{background:#dcfce7;color:#14532d}
.invalid{background:#fee2e2;color:#7f1d1d}
dl{margin:1rem 0;background:#fff;border:1px solid #d1d5db;border-radius:.5rem;padding:.25rem 1rem}
.row{padding:.6rem 0;border-bottom:1px solid #e5e7eb}.row:last-child{border-bottom:0}
dt{font-size:.875rem;color:#4b5563}dd{margin:0;font-size:1.125rem;overflow-wrap:anywhere}
footer{font-size:.875rem;color:#4b5563}
</style>
</head>
<body>
<main>
<h1>${t('verifyPage.title')}</h1>
${body}
<footer><p>${t('verifyPage.privacy')}</p></footer>
</main>
</body>
</html>
`;
}
