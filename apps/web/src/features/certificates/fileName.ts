/** Characters that no file system accepts in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f<>:"/\\|?*]+/g;

/**
 * A file name for a certificate that keeps Thai (and Malay, English) readable: the curriculum's title
 * with the characters file systems refuse replaced, spaces as hyphens, cut on a whole character
 * (a Thai vowel or tone mark never parted from its consonant), then the code — e.g.
 * `ใบรับรอง-จากแปลงสู่ตลาด-RS-7K2M9Q4D.pdf`.
 */
export function certificateFileName(prefix: string, curriculumTitle: string, code: string, maxTitleLength = 60): string {
  const cleaned = curriculumTitle.normalize('NFC').replace(UNSAFE, ' ').trim().replace(/\s+/g, '-').replace(/^[.-]+|[.-]+$/g, '');
  const graphemes = [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(cleaned)].map((s) => s.segment);
  const title = graphemes.slice(0, maxTitleLength).join('').replace(/[.-]+$/g, '');
  const safeCode = code.replace(/[^A-Za-z0-9-]/g, '');
  return [prefix.replace(UNSAFE, '').trim(), title, safeCode].filter((part) => part.length > 0).join('-') + '.pdf';
}
