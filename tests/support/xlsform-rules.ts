import type ExcelJS from 'exceljs';

/**
 * The XLSForm rules (xlsform.org) a form must meet for KoboToolbox and ODK to load it, checked on
 * the workbook as a reader sees it: the three sheets, their required columns, question names
 * valid and unique, groups closed in order, every select_one list defined in `choices`, choice
 * names unique within a list, a choice_filter's column present, and settings with form_id and
 * version. Returns the problems found (none for a good form).
 */
export function xlsformProblems(workbook: ExcelJS.Workbook): string[] {
  const problems: string[] = [];
  const table = (name: string) => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) {
      problems.push(`missing sheet ${name}`);
      return { header: [] as string[], rows: [] as Record<string, string>[] };
    }
    const header = ((sheet.getRow(1).values as unknown[]) ?? []).slice(1).map((v) => (typeof v === 'string' ? v : ''));
    const rows: Record<string, string>[] = [];
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const row: Record<string, string> = {};
      header.forEach((h, i) => (row[h] = sheet.getRow(r).getCell(i + 1).text));
      if (Object.values(row).some((v) => v.trim())) rows.push(row);
    }
    return { header, rows };
  };
  const survey = table('survey');
  const choices = table('choices');
  const settings = table('settings');
  for (const column of ['type', 'name']) if (!survey.header.includes(column)) problems.push(`survey lacks column ${column}`);
  if (!survey.header.some((h) => h === 'label' || h.startsWith('label::'))) problems.push('survey has no label column');
  for (const column of ['list_name', 'name']) if (!choices.header.includes(column)) problems.push(`choices lacks column ${column}`);
  if (!choices.header.some((h) => h === 'label' || h.startsWith('label::'))) problems.push('choices has no label column');
  for (const h of [...survey.header, ...choices.header]) {
    if (h.startsWith('label::') && !/^label::.+ \([a-z]{2,3}\)$/.test(h)) problems.push(`language column ${h} is not "label::Name (code)"`);
  }

  const lists = new Map<string, Set<string>>();
  for (const c of choices.rows) {
    const names = lists.get(c['list_name']!) ?? new Set<string>();
    if (names.has(c['name']!)) problems.push(`choice ${c['name']} repeated in list ${c['list_name']}`);
    names.add(c['name']!);
    lists.set(c['list_name']!, names);
  }
  const XML_NAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;
  const seen = new Set<string>();
  const groups: string[] = [];
  for (const q of survey.rows) {
    const type = q['type']!.trim();
    const name = q['name']!.trim();
    if (type === 'end_group' || type === 'end group') {
      if (!groups.pop()) problems.push('end_group without begin_group');
      continue;
    }
    if (!XML_NAME.test(name)) problems.push(`question name "${name}" is not a valid XML name`);
    if (seen.has(name)) problems.push(`question name ${name} repeated`);
    seen.add(name);
    if (type === 'begin_group' || type === 'begin group') groups.push(name);
    const select = /^select_(one|multiple)\s+(\S+)$/.exec(type);
    if (select && !lists.has(select[2]!)) problems.push(`${name}: list ${select[2]} is not in choices`);
    const filter = q['choice_filter'];
    if (filter) {
      const columns = [...filter.matchAll(/([A-Za-z_][\w]*)\s*=/g)].map((m) => m[1]!);
      for (const column of columns) if (!choices.header.includes(column)) problems.push(`${name}: choice_filter column ${column} is not in choices`);
      for (const ref of filter.matchAll(/\$\{([^}]+)\}/g)) if (!seen.has(ref[1]!)) problems.push(`${name}: choice_filter refers to ${ref[1]} before it is asked`);
    }
    if (!survey.header.filter((h) => h.startsWith('label')).some((h) => (q[h] ?? '').trim())) problems.push(`${name} has no label`);
  }
  if (groups.length > 0) problems.push(`groups left open: ${groups.join(', ')}`);
  const s = settings.rows[0];
  if (!s) problems.push('settings has no row');
  else for (const column of ['form_id', 'version']) if (!(s[column] ?? '').trim()) problems.push(`settings lacks ${column}`);
  return problems;
}
