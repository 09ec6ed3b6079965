import Papa from 'papaparse';

/**
 * What Moodle's competency framework importer (admin/tool/lpimportcsv, framework_importer.php)
 * needs from a CSV, written from its source so a test can tell whether Moodle would take a file
 * without losing anything:
 * - its fourteen columns, read by position, under Moodle's header labels;
 * - one row whose "Is framework" is true (PHP truthiness), with an ID number, a short name, a
 *   scale (compact values) and a scale configuration whose first element names the scale and
 *   whose entries mark exactly one default and at least one proficient value;
 * - every other row a competency with an ID number and a short name (the importer skips the
 *   row and its whole subtree otherwise), ID numbers unique (the importer keys rows by ID
 *   number: a repeat silently replaces the first), at most 100 characters for the ID number
 *   and the short name (shorten_text would cut them), a parent that is empty (top level) or
 *   another row's ID number (else the row is never attached), listed before its children;
 * - a description format of 0, 1, 2 or 4; a rule config of "null" or empty;
 * - cross-referenced ID numbers that are rows of the file.
 * Answers the problems found and the competencies in the order Moodle creates them
 * (add_children: depth first, children in file order).
 */
export const MOODLE_IMPORTER_HEADERS = [
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
];

export interface MoodleCompetency {
  parent: string;
  idnumber: string;
  shortname: string;
  description: string;
  format: string;
  depth: number;
}

export interface MoodleCheck {
  problems: string[];
  framework: { idnumber: string; shortname: string; description: string; scalevalues: string; taxonomy: string } | null;
  /** In the order Moodle's importer creates them. */
  competencies: MoodleCompetency[];
}

export function checkMoodleFrameworkCsv(text: string): MoodleCheck {
  const problems: string[] = [];
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true });
  if (parsed.errors.length > 0) problems.push(...parsed.errors.map((e) => `CSV: ${e.message} (row ${e.row ?? '?'})`));
  const [header = [], ...rows] = parsed.data;
  if (JSON.stringify(header) !== JSON.stringify(MOODLE_IMPORTER_HEADERS)) problems.push(`header is ${JSON.stringify(header)}`);
  const truthy = (v: string | undefined) => v !== undefined && v !== '' && v !== '0';
  let framework: MoodleCheck['framework'] = null;
  const flat: (MoodleCompetency & { line: number; related: string })[] = [];
  const seen = new Set<string>();
  rows.forEach((cells, i) => {
    const line = i + 2;
    if (cells.length !== 14) problems.push(`line ${line}: ${cells.length} cells, not 14`);
    const [parent = '', idnumber = '', shortname = '', description = '', format = '', scalevalues = '', scaleconfig = '', , , ruleconfig = '', related = '', , isframework = '', taxonomy = ''] = cells;
    if (!['0', '1', '2', '4'].includes(format)) problems.push(`line ${line}: description format ${format}`);
    if (idnumber.length === 0 || idnumber.length > 100) problems.push(`line ${line}: ID number "${idnumber}"`);
    if (shortname.length === 0 || shortname.length > 100) problems.push(`line ${line}: short name "${shortname}"`);
    if (truthy(isframework)) {
      if (framework || i !== 0) problems.push(`line ${line}: the framework row must be the one first row`);
      if (!scalevalues) problems.push(`line ${line}: the framework has no scale`);
      try {
        const config = JSON.parse(scaleconfig) as { scaleid?: unknown; id?: number; scaledefault?: number; proficient?: number }[];
        const values = scalevalues.split(',').length;
        if (config[0]?.scaleid === undefined) problems.push(`line ${line}: scale configuration lacks scaleid`);
        const entries = config.slice(1);
        if (entries.filter((e) => e.scaledefault === 1).length !== 1) problems.push(`line ${line}: scale configuration needs one default`);
        if (!entries.some((e) => e.proficient === 1)) problems.push(`line ${line}: scale configuration needs a proficient value`);
        if (entries.some((e) => !e.id || e.id < 1 || e.id > values)) problems.push(`line ${line}: scale configuration names a value the scale lacks`);
      } catch {
        problems.push(`line ${line}: scale configuration is not JSON`);
      }
      framework = { idnumber, shortname, description, scalevalues, taxonomy };
      return;
    }
    if (ruleconfig !== 'null' && ruleconfig !== '') problems.push(`line ${line}: rule config ${ruleconfig}`);
    if (seen.has(idnumber)) problems.push(`line ${line}: ID number ${idnumber} repeated`);
    if (parent && !seen.has(parent)) problems.push(`line ${line}: parent ${parent} is not an earlier row`);
    seen.add(idnumber);
    flat.push({ parent, idnumber, shortname, description, format, depth: 0, line, related });
  });
  if (!framework) problems.push('no framework row');
  for (const c of flat) {
    for (const r of c.related ? c.related.split(',') : []) if (!seen.has(r.replace(/%2C/g, ','))) problems.push(`line ${c.line}: cross-reference ${r} is not in the file`);
  }
  const ordered: MoodleCompetency[] = [];
  const addChildren = (parent: string, depth: number) => {
    for (const c of flat) {
      if (c.parent === parent) {
        ordered.push({ parent: c.parent, idnumber: c.idnumber, shortname: c.shortname, description: c.description, format: c.format, depth });
        addChildren(c.idnumber, depth + 1);
      }
    }
  };
  addChildren('', 1);
  if (ordered.length !== flat.length) problems.push(`${flat.length - ordered.length} rows are never attached to the tree`);
  return { problems, framework, competencies: ordered };
}
