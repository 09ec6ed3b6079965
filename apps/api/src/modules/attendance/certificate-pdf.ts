import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

/** What a certificate shows. */
export interface CertificateContent {
  readonly holderName: string;
  readonly curriculumTitle: string;
  readonly cohortName: string;
  readonly provinceName: string | null;
  readonly completedAt: Date;
  readonly code: string;
  /** The public verification URL printed and encoded in the QR code. */
  readonly verifyUrl: string;
  /** The issuing organisation, and who signs for it (CERTIFICATE_ISSUER, CERTIFICATE_SIGNATORY[_TITLE]). */
  readonly issuer: string;
  readonly signatory: string | null;
  readonly signatoryTitle: string | null;
}

const require = createRequire(import.meta.url);
/** Noto Sans Thai ships as per-script subsets: Thai glyphs (with GSUB/GPOS mark positioning) and Latin. */
export const CERTIFICATE_FONTS = {
  thai: require.resolve('@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff'),
  thaiBold: require.resolve('@fontsource/noto-sans-thai/files/noto-sans-thai-thai-700-normal.woff'),
  latin: require.resolve('@fontsource/noto-sans-thai/files/noto-sans-thai-latin-400-normal.woff'),
  latinBold: require.resolve('@fontsource/noto-sans-thai/files/noto-sans-thai-latin-700-normal.woff'),
} as const;

const THAI = /[\u0E00-\u0E7F]/;
const A4_LANDSCAPE: [number, number] = [841.89, 595.28];
const INK = '#1f2937';
/** Where the two Thai lines that matter most sit (top of the line box, in points, and the largest size). */
export const CERTIFICATE_LINES = { holderName: { y: 196, size: 34 }, curriculumTitle: { y: 294, size: 26 } } as const;

const ACCENT = '#14532d';

/** Splits text into runs of Thai and of everything else; spaces stay with the run they follow. */
export function scriptRuns(text: string): { thai: boolean; text: string }[] {
  const runs: { thai: boolean; text: string }[] = [];
  for (const ch of text) {
    const thai = ch === ' ' && runs.length > 0 ? runs[runs.length - 1]!.thai : THAI.test(ch);
    const last = runs[runs.length - 1];
    if (last && last.thai === thai) last.text += ch;
    else runs.push({ thai, text: ch });
  }
  return runs;
}

/** The date in the Thai Buddhist calendar, e.g. "24 พฤศจิกายน พ.ศ. 2569" (Asia/Bangkok). */
export function thaiBuddhistDate(instant: Date): string {
  const parts = new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', { timeZone: 'Asia/Bangkok', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} พ.ศ. ${part('year')}`;
}

type Doc = PDFKit.PDFDocument;

function fontOf(thai: boolean, bold: boolean): string {
  return thai ? (bold ? 'thai-bold' : 'thai') : bold ? 'latin-bold' : 'latin';
}

function widthOf(doc: Doc, text: string, size: number, bold: boolean): number {
  return scriptRuns(text).reduce((sum, run) => sum + doc.font(fontOf(run.thai, bold)).fontSize(size).widthOfString(run.text), 0);
}

/** A PDF text string in UTF-16BE with its byte-order mark, written as hex. */
function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/**
 * Draws one run at (x, y). A Thai run is wrapped in a marked-content span whose ActualText is the
 * run itself: the shaper splits SARA AM (ำ) into NIKHAHIT + SARA AA glyphs, and without it copy,
 * search and text extraction give "สำาเร็จ" for "สำเร็จ". The span must open after pdfkit's own
 * text transform and close before its restore, because poppler places an ActualText with the
 * transform in force at its end (outside pdfkit's q/Q it lands mirrored, out of reading order).
 */
function drawRun(doc: Doc, run: { thai: boolean; text: string }, x: number, y: number): void {
  if (!run.thai) {
    doc.text(run.text, x, y, { lineBreak: false });
    return;
  }
  const transform = doc.transform.bind(doc);
  const restore = doc.restore.bind(doc);
  let opened = false;
  doc.transform = (...matrix: Parameters<Doc['transform']>) => {
    const result = transform(...matrix);
    if (!opened) {
      opened = true;
      doc.addContent(`/Span <</ActualText ${pdfTextString(run.text)}>> BDC`);
    }
    return result;
  };
  doc.restore = () => {
    if (opened) doc.addContent('EMC');
    opened = false;
    return restore();
  };
  try {
    doc.text(run.text, x, y, { lineBreak: false });
  } finally {
    // the instance's own properties go; the prototype's methods show through again
    delete (doc as Partial<Doc>).transform;
    delete (doc as Partial<Doc>).restore;
  }
}

/** Draws one line centred on `cx`, shrinking the size until it fits `maxWidth`; runs switch font by script. */
function centredLine(doc: Doc, text: string, cx: number, y: number, opts: { size: number; bold?: boolean; color?: string; maxWidth: number; minSize?: number }): number {
  const bold = opts.bold ?? false;
  let size = opts.size;
  while (size > (opts.minSize ?? 10) && widthOf(doc, text, size, bold) > opts.maxWidth) size -= 1;
  let x = cx - widthOf(doc, text, size, bold) / 2;
  doc.fillColor(opts.color ?? INK);
  for (const run of scriptRuns(text)) {
    doc.font(fontOf(run.thai, bold)).fontSize(size);
    drawRun(doc, run, x, y);
    x += doc.widthOfString(run.text);
  }
  return size;
}

function drawQr(doc: Doc, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / n;
  doc.save().fillColor('#000000');
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) if (qr.modules.get(row, col)) doc.rect(x + col * cell, y + row * cell, cell + 0.05, cell + 0.05);
  }
  doc.fill().restore();
}

/** A4 landscape certificate of completion in Thai (English subtitles), with the verification code and a QR code of the verify URL. */
export function renderCertificatePdf(content: CertificateContent): Promise<Buffer> {
  const doc = new PDFDocument({
    size: A4_LANDSCAPE,
    margin: 0,
    info: { Title: `เกียรติบัตร ${content.code}`, Author: 'Ruamsang', Subject: content.curriculumTitle, CreationDate: content.completedAt },
  });
  doc.registerFont('thai', CERTIFICATE_FONTS.thai);
  doc.registerFont('thai-bold', CERTIFICATE_FONTS.thaiBold);
  doc.registerFont('latin', CERTIFICATE_FONTS.latin);
  doc.registerFont('latin-bold', CERTIFICATE_FONTS.latinBold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const [w, h] = A4_LANDSCAPE;
  const cx = w / 2;
  const text = w - 160;
  doc.lineWidth(3).strokeColor(ACCENT).rect(24, 24, w - 48, h - 48).stroke();
  doc.lineWidth(0.8).rect(34, 34, w - 68, h - 68).stroke();

  centredLine(doc, 'เกียรติบัตร', cx, 62, { size: 40, bold: true, color: ACCENT, maxWidth: text });
  centredLine(doc, 'Certificate of completion', cx, 122, { size: 14, color: ACCENT, maxWidth: text });
  centredLine(doc, 'ขอมอบเกียรติบัตรฉบับนี้เพื่อแสดงว่า', cx, 160, { size: 18, maxWidth: text });
  centredLine(doc, content.holderName, cx, CERTIFICATE_LINES.holderName.y, { size: CERTIFICATE_LINES.holderName.size, bold: true, maxWidth: text, minSize: 16 });
  centredLine(doc, 'ได้ผ่านการอบรมครบตามเกณฑ์ของหลักสูตร', cx, 262, { size: 18, maxWidth: text });
  centredLine(doc, content.curriculumTitle, cx, CERTIFICATE_LINES.curriculumTitle.y, { size: CERTIFICATE_LINES.curriculumTitle.size, bold: true, color: ACCENT, maxWidth: text, minSize: 12 });
  const place = content.provinceName ? `${content.cohortName} · จังหวัด${content.provinceName}` : content.cohortName;
  centredLine(doc, place, cx, 344, { size: 16, maxWidth: text, minSize: 10 });
  centredLine(doc, `สำเร็จการอบรมเมื่อวันที่ ${thaiBuddhistDate(content.completedAt)}`, cx, 374, { size: 16, maxWidth: text });
  centredLine(doc, `ออกโดย ${content.issuer}`, cx, 402, { size: 14, maxWidth: text, minSize: 9 });
  if (content.signatory) {
    const block = 240;
    doc.save().lineWidth(0.6).strokeColor(INK).moveTo(cx - block / 2, 462).lineTo(cx + block / 2, 462).stroke().restore();
    centredLine(doc, content.signatory, cx, 468, { size: 13, bold: true, maxWidth: block, minSize: 8 });
    if (content.signatoryTitle) centredLine(doc, content.signatoryTitle, cx, 488, { size: 11, maxWidth: block, minSize: 7 });
  }

  const qrSize = 96;
  const qrX = w - 70 - qrSize;
  const qrY = h - 64 - qrSize;
  drawQr(doc, content.verifyUrl, qrX, qrY, qrSize);
  const left = 70;
  const labelY = h - 64 - 70;
  doc.fillColor(INK);
  for (const [line, size, bold] of [
    ['รหัสตรวจสอบเกียรติบัตร / Verification code', 11, false],
    [content.code, 18, true],
    [content.verifyUrl, 10, false],
  ] as const) {
    let x = left;
    const y = line === content.code ? labelY + 18 : line === content.verifyUrl ? labelY + 46 : labelY;
    for (const run of scriptRuns(line)) {
      doc.font(fontOf(run.thai, bold)).fontSize(size);
      drawRun(doc, run, x, y);
      x += doc.widthOfString(run.text);
    }
  }
  doc.end();
  return done;
}
