import { FRAMEWORK_CODE_PATTERN, FRAMEWORK_NAME_MAX, FRAMEWORK_TEXT_MAX, LOCALES, MAX_DOMAIN_COMPETENCIES, MAX_FRAMEWORK_DOMAINS, PROFICIENCY_LEVELS } from '@ruamsang/shared';
import type { LocalizedTextValue } from '../../../graphql/localized-text.js';
import { DEFAULT_LEVEL_DESCRIPTORS } from '../default-levels.js';
import type { FrameworkCompetencyContent, FrameworkContent } from '../frameworks.repository.js';
import type { DraftHeader } from '../frameworks.service.js';

/**
 * Ruamsang's own framework file (CSV or XLSX): one row per node, in order — the FRAMEWORK row
 * first, then each DOMAIN followed by its COMPETENCY rows. Row order is the teaching order.
 * Every text in th/en/ms, and the five level descriptors of each competency.
 */
export enum RowKind {
  FRAMEWORK = 'FRAMEWORK',
  DOMAIN = 'DOMAIN',
  COMPETENCY = 'COMPETENCY',
}

const localized = (name: string) => LOCALES.map((l) => `${name}_${l}`);
const LEVEL_COLUMNS = PROFICIENCY_LEVELS.flatMap((level) => localized(`level_${level}`));
export const RUAMSANG_COLUMNS = ['kind', 'code', 'domain_code', 'parent_code', ...localized('name'), ...localized('description'), ...LEVEL_COLUMNS] as const;

/** A row the import refuses (line as the user sees it: the header is line 1) or a note about a row. */
export interface RowProblem {
  line: number;
  column: string | null;
  reason: string;
  params?: Record<string, string | number>;
}

export interface PlannedDraft {
  header: DraftHeader | null;
  /** Where the framework's code was read (its format is checked once the caller's override is known). */
  headerAt: { line: number; column: string };
  content: FrameworkContent;
  rejected: RowProblem[];
  notes: RowProblem[];
}

type Row = Record<string, string | undefined>;

function textOf(row: Row, name: string): LocalizedTextValue | null {
  const [th, en, ms] = LOCALES.map((l) => row[`${name}_${l}`]?.trim() ?? '');
  if (!th && !en && !ms) return null;
  return { th: th ?? '', en: en || null, ms: ms || null };
}

/** The rows of the export, in order; values are strings ('' for none). */
export function ruamsangRows(header: DraftHeader, content: FrameworkContent): string[][] {
  const texts = (value: LocalizedTextValue | null | undefined) => LOCALES.map((l) => value?.[l] ?? '');
  const blankLevels = LEVEL_COLUMNS.map(() => '');
  const rows: string[][] = [[RowKind.FRAMEWORK, header.code, '', '', ...texts(header.name), ...texts(header.description), ...blankLevels]];
  for (const domain of content.domains) {
    rows.push([RowKind.DOMAIN, domain.code, '', '', ...texts(domain.name), ...texts(domain.description), ...blankLevels]);
    for (const c of domain.competencies) {
      rows.push([RowKind.COMPETENCY, c.code, domain.code, c.parentCode ?? '', ...texts(c.name), ...texts(c.description), ...c.levelDescriptors.flatMap(texts)]);
    }
  }
  return rows;
}

/** The columns a Ruamsang framework file must have; the rest are optional. */
export function missingRuamsangColumns(header: readonly string[]): string[] {
  return ['kind', 'code', 'name_th'].filter((c) => !header.includes(c));
}

/**
 * Plans a new draft from the rows of a Ruamsang framework file: every problem is reported by
 * line; nothing is planned to be stored unless there is none (the caller's all-or-nothing).
 */
export function planRuamsangImport(rows: readonly Row[], firstLine = 2): PlannedDraft {
  const rejected: RowProblem[] = [];
  const notes: RowProblem[] = [];
  let header: DraftHeader | null = null;
  let headerAt = { line: firstLine, column: 'code' };
  const domains: { code: string; name: LocalizedTextValue; description: LocalizedTextValue | null; competencies: FrameworkCompetencyContent[] }[] = [];
  const codes = new Map<string, number>();
  rows.forEach((row, index) => {
    const line = firstLine + index;
    const written = row['kind']?.trim().toUpperCase() ?? '';
    if (!written && Object.values(row).every((v) => !v?.trim())) return;
    const reject = (column: string | null, reason: string, params: Record<string, string | number> = {}) => rejected.push({ line, column, reason, params });
    const kind = Object.values(RowKind).find((k) => String(k) === written);
    if (!kind) return reject('kind', 'badKind', { allowed: Object.values(RowKind).join(', ') });
    const code = row['code']?.trim() ?? '';
    if (kind !== RowKind.FRAMEWORK && !FRAMEWORK_CODE_PATTERN.test(code)) return reject('code', 'badCode', { code });
    const name = textOf(row, 'name');
    if (!name?.th) return reject('name_th', 'required');
    const description = textOf(row, 'description');
    if (description && !description.th) return reject('description_th', 'required');
    for (const [column, value, max] of [
      ...LOCALES.map((l) => [`name_${l}`, name[l], FRAMEWORK_NAME_MAX] as const),
      ...LOCALES.map((l) => [`description_${l}`, description?.[l], FRAMEWORK_TEXT_MAX] as const),
    ]) {
      if ((value?.length ?? 0) > max) return reject(column, 'tooLong', { max });
    }
    if (kind === RowKind.FRAMEWORK) {
      if (header || domains.length > 0) return reject('kind', 'frameworkFirst');
      header = { code, name, description };
      headerAt = { line, column: 'code' };
      return;
    }
    if (!header) return reject('kind', 'frameworkFirst');
    const earlier = codes.get(code.toUpperCase());
    if (earlier !== undefined) return reject('code', 'duplicate', { code, line: earlier });
    if (kind === RowKind.DOMAIN) {
      if (domains.length >= MAX_FRAMEWORK_DOMAINS) return reject('kind', 'tooManyDomains', { max: MAX_FRAMEWORK_DOMAINS });
      codes.set(code.toUpperCase(), line);
      domains.push({ code, name, description, competencies: [] });
      return;
    }
    const domain = domains[domains.length - 1];
    const domainCode = row['domain_code']?.trim() || domain?.code;
    if (!domain || domainCode?.toUpperCase() !== domain.code.toUpperCase()) return reject('domain_code', 'domainFirst', { code: domainCode ?? '' });
    if (domain.competencies.length >= MAX_DOMAIN_COMPETENCIES) return reject('kind', 'tooManyCompetencies', { max: MAX_DOMAIN_COMPETENCIES });
    const parentCode = row['parent_code']?.trim() || null;
    if (parentCode && !domain.competencies.some((c) => c.code.toUpperCase() === parentCode.toUpperCase())) return reject('parent_code', 'parentFirst', { code: parentCode });
    const levels = PROFICIENCY_LEVELS.map((level) => textOf(row, `level_${level}`));
    let levelDescriptors = DEFAULT_LEVEL_DESCRIPTORS;
    if (levels.some((l) => l !== null)) {
      const missing = levels.findIndex((l) => !l?.th);
      if (missing >= 0) return reject(`level_${missing + 1}_th`, 'levelsAllOrNone');
      const long = LEVEL_COLUMNS.find((column) => (row[column]?.trim().length ?? 0) > FRAMEWORK_TEXT_MAX);
      if (long) return reject(long, 'tooLong', { max: FRAMEWORK_TEXT_MAX });
      levelDescriptors = levels as LocalizedTextValue[];
    }
    codes.set(code.toUpperCase(), line);
    domain.competencies.push({ code, parentCode, name, description, levelDescriptors });
  });
  if (!header && rejected.length === 0) rejected.push({ line: firstLine, column: 'kind', reason: 'frameworkFirst' });
  return { header, headerAt, content: { domains }, rejected, notes };
}
