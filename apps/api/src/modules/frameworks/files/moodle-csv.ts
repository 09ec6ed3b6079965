import { FRAMEWORK_CODE_PATTERN, FRAMEWORK_NAME_MAX, FRAMEWORK_TEXT_MAX, MAX_DOMAIN_COMPETENCIES, MAX_FRAMEWORK_DOMAINS, type Locale } from '@ruamsang/shared';
import type { LocalizedTextValue } from '../../../graphql/localized-text.js';
import { DEFAULT_LEVEL_DESCRIPTORS } from '../default-levels.js';
import type { FrameworkCompetencyContent, FrameworkContent } from '../frameworks.repository.js';
import type { DraftHeader } from '../frameworks.service.js';
import type { PlannedDraft, RowProblem } from './ruamsang-sheet.js';

/**
 * Moodle's competency framework CSV (admin/tool/lpimportcsv). Moodle reads the columns by
 * position, in this order; the header row carries Moodle's English labels.
 *
 * How a Moodle tree maps onto Ruamsang's domains → competencies:
 * - the framework row (Is framework = 1) → the framework: ID number → code, Short name → name,
 *   Description → description;
 * - each top-level competency (no parent) → a domain, in file order;
 * - every deeper node, at any depth, → a competency of its top-level ancestor's domain, in
 *   Moodle's order (depth first: a node, then its children in file order). Intermediate nodes
 *   become competencies too (Moodle lets any node be rated), and each keeps its parent's ID
 *   number as `parentCode` (null for a child of the top level), so the tree's shape survives
 *   and our Moodle export rebuilds it;
 * - ID numbers are kept as codes; one that does not fit our code format is refused by row;
 * - HTML descriptions (format 0 Moodle / 1 HTML) become plain text (html-to-text); plain (2)
 *   and Markdown (4) are kept as written;
 * - the scale: Ruamsang rates every competency on its own five levels (1 aware … 5 can teach
 *   others) with the default level descriptors; the report says how Moodle's scale was mapped;
 * - cross-references (Cross-referenced competency ID numbers) and completion rules have no
 *   place in Ruamsang: the report lists them per row, and they are not kept.
 * Moodle's texts are in one language: they fill the language the caller names (Thai unless
 * told), and Thai too since Thai is required.
 */
export const MOODLE_HEADERS = [
  'Parent ID number',
  'ID number',
  'Short name',
  'Description',
  'Description format',
  'Scale values',
  'Scale configuration',
  'Rule type (optional)',
  'Rule outcome (optional)',
  'Rule config (optional)',
  'Cross-referenced competency ID numbers',
  'Exported ID (optional)',
  'Is framework',
  'Taxonomy',
] as const;

/** Moodle's description formats (FORMAT_MOODLE, FORMAT_HTML, FORMAT_PLAIN, FORMAT_MARKDOWN). */
export const MOODLE_FORMAT = { MOODLE: 0, HTML: 1, PLAIN: 2, MARKDOWN: 4 } as const;

/** The five level names, as the scale of our Moodle export. */
export const LEVEL_NAMES: Record<Locale, readonly string[]> = {
  th: ['รู้จัก', 'พื้นฐาน', 'ทำได้เอง', 'ขั้นสูง', 'สอนผู้อื่นได้'],
  en: ['Aware', 'Basic', 'Independent', 'Advanced', 'Can teach others'],
  ms: ['Sedar', 'Asas', 'Berdikari', 'Mahir', 'Boleh mengajar'],
};

/**
 * Moodle's scale configuration: the scale first (its id is replaced by the importer), then one
 * entry per value; level 3 (independent) is the default and levels 3–5 count as proficient.
 */
export function scaleConfiguration(): string {
  return JSON.stringify([{ scaleid: '1' }, ...[1, 2, 3, 4, 5].map((id) => ({ id, scaledefault: id === 3 ? 1 : 0, proficient: id >= 3 ? 1 : 0 }))]);
}

/** Moodle's compact scale: values joined by commas (a comma inside a value would split it). */
function scaleValues(locale: Locale): string {
  return LEVEL_NAMES[locale].map((v) => v.replace(/,/g, ' ')).join(',');
}

/** Our framework as Moodle's CSV rows (header included), in one language: the tree, depth first. */
export function moodleRows(header: DraftHeader, content: FrameworkContent, locale: Locale): string[][] {
  const text = (value: LocalizedTextValue | null | undefined) => (value ? (value[locale] ?? value.th) : '');
  const rows: string[][] = [[...MOODLE_HEADERS]];
  const depthOf = new Map<string, number>();
  let deepest = 1;
  const competencyRows: string[][] = [];
  let exportId = 0;
  const row = (parent: string, code: string, name: LocalizedTextValue, description: LocalizedTextValue | null | undefined) => [
    parent,
    code,
    text(name),
    text(description),
    // Our texts are plain: FORMAT_PLAIN keeps them exactly as written.
    description ? String(MOODLE_FORMAT.PLAIN) : String(MOODLE_FORMAT.HTML),
    '',
    '',
    '',
    '0',
    'null',
    '',
    String(++exportId),
    '',
    '',
  ];
  for (const domain of content.domains) {
    competencyRows.push(row('', domain.code, domain.name, domain.description));
    depthOf.set(domain.code, 1);
    for (const c of domain.competencies) {
      const parent = c.parentCode ?? domain.code;
      const depth = (depthOf.get(parent) ?? 1) + 1;
      depthOf.set(c.code, depth);
      deepest = Math.max(deepest, depth);
      competencyRows.push(row(parent, c.code, c.name, c.description));
    }
  }
  const taxonomy = ['domain', ...Array.from({ length: deepest - 1 }, () => 'competency')].join(',');
  rows.push([
    '',
    header.code,
    text(header.name),
    text(header.description),
    header.description ? String(MOODLE_FORMAT.PLAIN) : String(MOODLE_FORMAT.HTML),
    scaleValues(locale),
    scaleConfiguration(),
    '',
    '',
    '',
    '',
    '',
    '1',
    taxonomy,
  ]);
  rows.push(...competencyRows);
  return rows;
}

/** The header of a Moodle file, as readSheet normalises it, has Moodle's columns in Moodle's order. */
export function isMoodleHeader(header: readonly string[]): boolean {
  const squash = (h: string | undefined) => (h ?? '').replace(/[^a-z]/g, '');
  return squash(header[1]) === 'idnumber' && squash(header[2]) === 'shortname' && squash(header[12]) === 'isframework';
}

interface MoodleNode {
  line: number;
  parent: string;
  idnumber: string;
  shortname: string;
  description: string;
  format: number;
  scalevalues: string;
  ruletype: string;
  related: string;
  children: MoodleNode[];
}

/** PHP's truthiness of a CSV cell, as Moodle's importer tests "Is framework". */
const phpTruthy = (value: string) => value !== '' && value !== '0';

/**
 * Plans a draft from Moodle's rows (cells by position). `toText` turns an HTML description into
 * plain text. Refusals and notes are by line (the header is line 1).
 */
export function planMoodleImport(rows: readonly (readonly string[])[], locale: Locale, toText: (html: string) => string, firstLine = 2): PlannedDraft {
  const rejected: RowProblem[] = [];
  const notes: RowProblem[] = [];
  const fill = (value: string): LocalizedTextValue => (locale === 'th' ? { th: value } : { th: value, [locale]: value });
  let framework: MoodleNode | null = null;
  const flat: MoodleNode[] = [];
  const byId = new Map<string, MoodleNode>();
  rows.forEach((cells, index) => {
    const line = firstLine + index;
    const cell = (i: number) => (cells[i] ?? '').trim();
    if (cells.every((c) => !c.trim())) return;
    const reject = (column: string, reason: string, params: Record<string, string | number> = {}) => rejected.push({ line, column, reason, params });
    const format = cell(4) === '' ? MOODLE_FORMAT.HTML : Number(cell(4));
    const node: MoodleNode = {
      line,
      parent: cell(0),
      idnumber: cell(1),
      shortname: cell(2),
      description: cells[3] ?? '',
      format,
      scalevalues: cell(5),
      ruletype: cell(7),
      related: cell(10),
      children: [],
    };
    if (!Object.values(MOODLE_FORMAT).includes(format as 0)) return reject(MOODLE_HEADERS[4], 'badFormat', { allowed: '0, 1, 2, 4' });
    if (!node.idnumber) return reject(MOODLE_HEADERS[1], 'required');
    if (!node.shortname) return reject(MOODLE_HEADERS[2], 'required');
    if (node.shortname.length > FRAMEWORK_NAME_MAX) return reject(MOODLE_HEADERS[2], 'tooLong', { max: FRAMEWORK_NAME_MAX });
    // The framework's own code may be replaced by the caller's: the service checks it then.
    if (!phpTruthy(cell(12)) && !FRAMEWORK_CODE_PATTERN.test(node.idnumber)) return reject(MOODLE_HEADERS[1], 'badCode', { code: node.idnumber });
    if (phpTruthy(cell(12))) {
      if (framework) return reject(MOODLE_HEADERS[12], 'secondFramework', { line: framework.line });
      framework = node;
      return;
    }
    const earlier = byId.get(node.idnumber.toUpperCase());
    if (earlier) return reject(MOODLE_HEADERS[1], 'duplicate', { code: node.idnumber, line: earlier.line });
    byId.set(node.idnumber.toUpperCase(), node);
    flat.push(node);
  });
  const root = framework as MoodleNode | null;
  if (!root) {
    if (rejected.length === 0) rejected.push({ line: firstLine, column: MOODLE_HEADERS[12], reason: 'noFramework' });
    return { header: null, headerAt: { line: firstLine, column: MOODLE_HEADERS[1] }, content: { domains: [] }, rejected, notes };
  }
  // Moodle's add_children: a node's children are the rows naming it as parent, in file order.
  const childrenOf = new Map<string, MoodleNode[]>();
  for (const node of flat) childrenOf.set(node.parent.toUpperCase(), [...(childrenOf.get(node.parent.toUpperCase()) ?? []), node]);
  const reached = new Set<MoodleNode>();
  const attach = (node: MoodleNode, key: string) => {
    for (const child of childrenOf.get(key) ?? []) {
      if (reached.has(child)) continue;
      reached.add(child);
      node.children.push(child);
      attach(child, child.idnumber.toUpperCase());
    }
  };
  attach(root, '');
  for (const node of flat) if (!reached.has(node)) rejected.push({ line: node.line, column: MOODLE_HEADERS[0], reason: 'parentMissing', params: { code: node.parent } });

  const describe = (node: MoodleNode, column: string): LocalizedTextValue | null => {
    const raw = node.format === MOODLE_FORMAT.HTML || node.format === MOODLE_FORMAT.MOODLE ? toText(node.description) : node.description;
    const value = raw.trim();
    if (!value) return null;
    if (value.length > FRAMEWORK_TEXT_MAX) {
      rejected.push({ line: node.line, column, reason: 'tooLong', params: { max: FRAMEWORK_TEXT_MAX } });
      return null;
    }
    return fill(value);
  };
  const noteExtras = (node: MoodleNode) => {
    if (node.related) notes.push({ line: node.line, column: MOODLE_HEADERS[10], reason: 'relatedDropped', params: { codes: node.related.split(',').map((c) => c.replace(/%2C/g, ',')).join(', ') } });
    if (node.ruletype) notes.push({ line: node.line, column: MOODLE_HEADERS[7], reason: 'ruleDropped' });
    if (node.scalevalues && node.scalevalues !== root.scalevalues) notes.push({ line: node.line, column: MOODLE_HEADERS[5], reason: 'ownScale', params: { values: node.scalevalues } });
  };

  const scale = root.scalevalues ? root.scalevalues.split(',') : [];
  notes.push({ line: root.line, column: MOODLE_HEADERS[5], reason: scale.length === 5 ? 'scaleFive' : 'scaleOther', params: { values: root.scalevalues || '—', count: scale.length } });
  const domains: { code: string; name: LocalizedTextValue; description: LocalizedTextValue | null; competencies: FrameworkCompetencyContent[] }[] = [];
  for (const top of root.children) {
    if (domains.length >= MAX_FRAMEWORK_DOMAINS) {
      rejected.push({ line: top.line, column: MOODLE_HEADERS[0], reason: 'tooManyDomains', params: { max: MAX_FRAMEWORK_DOMAINS } });
      continue;
    }
    noteExtras(top);
    const competencies: FrameworkCompetencyContent[] = [];
    const walk = (node: MoodleNode, parentCode: string | null) => {
      for (const child of node.children) {
        if (competencies.length >= MAX_DOMAIN_COMPETENCIES) {
          rejected.push({ line: child.line, column: MOODLE_HEADERS[0], reason: 'tooManyCompetencies', params: { max: MAX_DOMAIN_COMPETENCIES } });
          return;
        }
        noteExtras(child);
        competencies.push({ code: child.idnumber, parentCode, name: fill(child.shortname), description: describe(child, MOODLE_HEADERS[3]), levelDescriptors: DEFAULT_LEVEL_DESCRIPTORS });
        walk(child, child.idnumber);
      }
    };
    walk(top, null);
    if (competencies.length === 0) notes.push({ line: top.line, column: MOODLE_HEADERS[0], reason: 'emptyDomain', params: { code: top.idnumber } });
    domains.push({ code: top.idnumber, name: fill(top.shortname), description: describe(top, MOODLE_HEADERS[3]), competencies });
  }
  const header: DraftHeader = { code: root.idnumber, name: fill(root.shortname), description: describe(root, MOODLE_HEADERS[3]) };
  rejected.sort((a, b) => a.line - b.line);
  return { header, headerAt: { line: root.line, column: MOODLE_HEADERS[1] }, content: { domains }, rejected, notes };
}
