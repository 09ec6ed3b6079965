import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import PDFDocument from 'pdfkit';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { CERTIFICATE_FONTS, CERTIFICATE_LINES, renderCertificatePdf } from '../../apps/api/src/modules/attendance/certificate-pdf.js';
import { launchBrowser, SCREENSHOTS } from './support/server.js';

/**
 * The certificate's Thai is shaped: the holder's name and the curriculum, rendered from the PDF
 * to PNG (pdftoppm, 150 dpi), are compared with the same text set by Chromium (HarfBuzz) in the
 * same Noto Sans Thai files at the same size. Both are cropped to their ink bounding box; the
 * box's aspect ratio must agree within 5 % and, after scaling one onto the other, the ink must
 * overlap (F1 of ink pixels found within one pixel of the other's ink). A negative control lays
 * the marks out as spacing glyphs (each mark on its own advance) and must fail the same check.
 */
const NAME = 'นางสาวกุ้ง ผู้ใหญ่บ้าน';
const CURRICULUM = 'เกษตรนิเวศและความปลอดภัยอาหาร';
const DPI = 150;
const PT = DPI / 72;
const ASPECT_TOLERANCE = 0.05;
const MIN_OVERLAP = 0.8;

interface Gray {
  readonly width: number;
  readonly height: number;
  /** Ink coverage 0 (paper) … 1 (ink), row-major. */
  readonly ink: Float32Array;
}

function decode(png: Buffer): Gray {
  const image = PNG.sync.read(png);
  const ink = new Float32Array(image.width * image.height);
  for (let i = 0; i < ink.length; i++) {
    const [r, g, b, a] = [image.data[i * 4]!, image.data[i * 4 + 1]!, image.data[i * 4 + 2]!, image.data[i * 4 + 3]! / 255];
    const luminance = (0.299 * r + 0.587 * g + 0.114 * b) * a + 255 * (1 - a);
    ink[i] = 1 - luminance / 255;
  }
  return { width: image.width, height: image.height, ink };
}

function crop(image: Gray, x0: number, y0: number, x1: number, y1: number): Gray {
  const width = x1 - x0;
  const height = y1 - y0;
  const ink = new Float32Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) ink[y * width + x] = image.ink[(y + y0) * image.width + x + x0]!;
  return { width, height, ink };
}

/** The ink bounding box (coverage ≥ 0.5) and the image cropped to it. */
function inkBox(image: Gray): Gray {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -1, -1];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.ink[y * image.width + x]! >= 0.5) [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
    }
  }
  if (maxX < 0) throw new Error('no ink');
  return crop(image, minX, minY, maxX + 1, maxY + 1);
}

/** Area-sampled resize (good enough for comparing glyph shapes). */
function resize(image: Gray, width: number, height: number): Gray {
  const ink = new Float32Array(width * height);
  const sx = image.width / width;
  const sy = image.height / height;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      let n = 0;
      for (let yy = Math.floor(y * sy); yy < Math.max(Math.floor(y * sy) + 1, Math.ceil((y + 1) * sy)); yy++) {
        for (let xx = Math.floor(x * sx); xx < Math.max(Math.floor(x * sx) + 1, Math.ceil((x + 1) * sx)); xx++) {
          sum += image.ink[Math.min(yy, image.height - 1) * image.width + Math.min(xx, image.width - 1)]!;
          n++;
        }
      }
      ink[y * width + x] = sum / n;
    }
  }
  return { width, height, ink };
}

/** F1 of ink pixels of each image that have ink within one pixel in the other. */
function overlap(a: Gray, b: Gray): number {
  const at = (g: Gray, x: number, y: number) => x >= 0 && y >= 0 && x < g.width && y < g.height && g.ink[y * g.width + x]! >= 0.5;
  const near = (g: Gray, x: number, y: number) => {
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if (at(g, x + dx, y + dy)) return true;
    return false;
  };
  const share = (from: Gray, to: Gray) => {
    let ink = 0;
    let found = 0;
    for (let y = 0; y < from.height; y++) {
      for (let x = 0; x < from.width; x++) {
        if (!at(from, x, y)) continue;
        ink++;
        if (near(to, x, y)) found++;
      }
    }
    return found / ink;
  };
  const p = share(a, b);
  const r = share(b, a);
  return (2 * p * r) / (p + r);
}

export interface Comparison {
  readonly aspectPdf: number;
  readonly aspectChromium: number;
  readonly aspectDifference: number;
  readonly overlap: number;
}

function compare(pdfLine: Gray, chromiumLine: Gray): Comparison {
  const a = inkBox(pdfLine);
  const b = inkBox(chromiumLine);
  const aspectPdf = a.width / a.height;
  const aspectChromium = b.width / b.height;
  return { aspectPdf, aspectChromium, aspectDifference: Math.abs(aspectPdf - aspectChromium) / aspectChromium, overlap: overlap(a, resize(b, a.width, a.height)) };
}

const passes = (c: Comparison) => c.aspectDifference <= ASPECT_TOLERANCE && c.overlap >= MIN_OVERLAP;

let dir: string;
let browser: Browser;
const fontFace = (file: string, range: string) =>
  `@font-face { font-family: 'Certificate Thai'; font-weight: 700; src: url(data:font/woff;base64,${readFileSync(file).toString('base64')}) format('woff'); unicode-range: ${range}; }`;

/** The text set by Chromium in the certificate's own font files, at the certificate's size in pixels at DPI. */
async function chromiumLine(text: string, sizePt: number): Promise<Gray> {
  const page = await browser.newPage({ viewport: { width: 2400, height: 400 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html lang="th"><head><style>
    ${fontFace(CERTIFICATE_FONTS.thaiBold, 'U+0E01-0E5B, U+200C-200D, U+25CC')}
    ${fontFace(CERTIFICATE_FONTS.latinBold, 'U+0000-00FF')}
    body { margin: 0; background: #fff; }
    span { display: inline-block; padding: 40px; font: 700 ${sizePt * PT}px 'Certificate Thai'; color: #000; white-space: pre; }
  </style></head><body><span>${text}</span></body></html>`);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length);
  expect(fonts).toBeGreaterThan(0);
  const png = await page.locator('span').screenshot();
  await page.close();
  return decode(png);
}

/** One line of the rendered page: the band from the top of its line box to 1.5 × its size below. */
function pdfLine(page: Gray, line: { y: number; size: number }): Gray {
  return crop(page, Math.round(40 * PT), Math.round(line.y * PT), Math.round((841.89 - 40) * PT), Math.round((line.y + 1.5 * line.size) * PT));
}

function rasterise(pdf: Buffer, name: string): Gray {
  writeFileSync(join(dir, `${name}.pdf`), pdf);
  execFileSync('pdftoppm', ['-png', '-r', String(DPI), '-singlefile', join(dir, `${name}.pdf`), join(dir, name)]);
  return decode(readFileSync(join(dir, `${name}.png`)));
}

/** The negative control: the name with every mark on an advance of its own (marks as spacing glyphs). */
function spacingMarksPdf(text: string, y: number, size: number): Promise<Buffer> {
  const doc = new PDFDocument({ size: [841.89, 595.28], margin: 0 });
  doc.registerFont('thai-bold', CERTIFICATE_FONTS.thaiBold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('thai-bold').fontSize(size).fillColor('#1f2937');
  const font = (doc as unknown as { _font: { font: { glyphForCodePoint(cp: number): { advanceWidth: number; bbox: { minX: number; maxX: number } } } } })._font.font;
  const widths = [...text].map((ch) => {
    const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
    return (glyph.advanceWidth > 0 ? glyph.advanceWidth : glyph.bbox.maxX - glyph.bbox.minX) * (size / 1000);
  });
  let x = (841.89 - widths.reduce((s, w) => s + w, 0)) / 2;
  [...text].forEach((ch, i) => {
    const glyph = font.glyphForCodePoint(ch.codePointAt(0)!);
    // a mark drawn where its own slot starts, not over its base
    doc.text(ch, glyph.advanceWidth > 0 ? x : x - (glyph.bbox.minX * size) / 1000, y, { lineBreak: false });
    x += widths[i]!;
  });
  doc.end();
  return done;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ruamsang-certificate-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the certificate PDF’s text, read back by poppler', () => {
  // SARA AM (ำ) is shaped into two glyphs; searching and copying must still give the typed text.
  const holder = 'นางสาวน้ำฝน ผู้ใหญ่บ้าน';
  const title = 'การทำน้ำพริกสำเร็จรูปและการจำหน่าย';

  it.each([['reading order', []], ['content order (-raw)', ['-raw']]])('is the real Thai text in %s: “สำเร็จ”, never “สำาเร็จ”', async (_mode, flags) => {
    const pdf = await renderCertificatePdf({
      holderName: holder,
      curriculumTitle: title,
      cohortName: 'รุ่นที่ 1/2569',
      provinceName: 'ปัตตานี',
      completedAt: new Date('2026-11-20T09:00:00+07:00'),
      code: 'RS-7Q2M9K4X0D',
      verifyUrl: 'https://ruamsang.example/verify/RS-7Q2M9K4X0D',
      issuer: 'สำนักงานเกษตรจังหวัดปัตตานี',
      signatory: 'นางสาวสมใจ ทำดี',
      signatoryTitle: 'ผู้อำนวยการโครงการ',
    });
    const file = join(dir, 'sara-am.pdf');
    writeFileSync(file, pdf);
    const lines = execFileSync('pdftotext', ['-enc', 'UTF-8', ...flags, file, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0);
    // every line whole and exact; the two modes may place the signature and the code block in either order
    expect([...lines].sort()).toEqual([
      'เกียรติบัตร',
      'Certificate of completion',
      'ขอมอบเกียรติบัตรฉบับนี้เพื่อแสดงว่า',
      holder,
      'ได้ผ่านการอบรมครบตามเกณฑ์ของหลักสูตร',
      title,
      'รุ่นที่ 1/2569 · จังหวัดปัตตานี',
      'สำเร็จการอบรมเมื่อวันที่ 20 พฤศจิกายน พ.ศ. 2569',
      'ออกโดย สำนักงานเกษตรจังหวัดปัตตานี',
      'รหัสตรวจสอบเกียรติบัตร / Verification code',
      'นางสาวสมใจ ทำดี',
      'ผู้อำนวยการโครงการ',
      'RS-7Q2M9K4X0D',
      'https://ruamsang.example/verify/RS-7Q2M9K4X0D',
    ].sort());
    // the certificate's own body reads in order
    expect(lines.slice(0, 10)).toEqual(['เกียรติบัตร', 'Certificate of completion', 'ขอมอบเกียรติบัตรฉบับนี้เพื่อแสดงว่า', holder, 'ได้ผ่านการอบรมครบตามเกณฑ์ของหลักสูตร', title, 'รุ่นที่ 1/2569 · จังหวัดปัตตานี', 'สำเร็จการอบรมเมื่อวันที่ 20 พฤศจิกายน พ.ศ. 2569', 'ออกโดย สำนักงานเกษตรจังหวัดปัตตานี', lines[9]]);
    expect(lines.join('\n')).not.toContain('ำา');
  }, 60_000);
});

describe('the certificate PDF, rendered to PNG', () => {
  let page: Gray;
  let pdf: Buffer;

  beforeAll(async () => {
    pdf = await renderCertificatePdf({
      holderName: NAME,
      curriculumTitle: CURRICULUM,
      cohortName: 'รุ่นที่ 1/2569',
      provinceName: 'ปัตตานี',
      completedAt: new Date('2026-11-20T09:00:00+07:00'),
      code: 'RS-7Q2M9K4X0D',
      verifyUrl: 'https://ruamsang.example/verify/RS-7Q2M9K4X0D',
      issuer: 'โครงการร่วมสร้าง (Ruamsang)',
      signatory: null,
      signatoryTitle: null,
    });
    page = rasterise(pdf, 'certificate');
    writeFileSync(join(SCREENSHOTS, 'certificate.png'), readFileSync(join(dir, 'certificate.png')));
  }, 60_000);

  it('is A4 landscape at 150 dpi and holds no dotted-circle fallback', () => {
    expect([page.width, page.height]).toEqual([Math.ceil(841.89 * PT), Math.ceil(595.28 * PT)]);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'certificate.pdf'), '-'], { encoding: 'utf8' });
    expect(text).not.toContain('\u25CC');
    expect(text).toContain('RS-7Q2M9K4X0D');
    expect(text).toContain('พ.ศ. 2569');
  });

  it.each([
    ['the holder’s name', NAME, CERTIFICATE_LINES.holderName],
    ['the curriculum', CURRICULUM, CERTIFICATE_LINES.curriculumTitle],
  ])('shapes %s as Chromium does (tone marks and vowels in place)', async (_label, text, line) => {
    const result = compare(pdfLine(page, line), await chromiumLine(text, line.size));
    console.log(`${text}: ${JSON.stringify(result)}`);
    expect(result.aspectDifference).toBeLessThanOrEqual(ASPECT_TOLERANCE);
    expect(result.overlap).toBeGreaterThanOrEqual(MIN_OVERLAP);
  }, 60_000);

  it('would fail if the marks were laid out as spacing glyphs (negative control)', async () => {
    const { y, size } = CERTIFICATE_LINES.holderName;
    const broken = rasterise(await spacingMarksPdf(NAME, y, size), 'spacing-marks');
    const result = compare(pdfLine(broken, CERTIFICATE_LINES.holderName), await chromiumLine(NAME, size));
    console.log(`spacing marks: ${JSON.stringify(result)}`);
    expect(passes(result)).toBe(false);
  }, 60_000);
});
