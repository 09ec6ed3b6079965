/**
 * Pure helpers of the framework editor: the draft being edited, moving nodes up and down, the
 * form's own checks (the API's limits, from libs/shared) and the input the API takes. Free of
 * React so they are unit-tested.
 */
import { FRAMEWORK_CODE_PATTERN, FRAMEWORK_NAME_MAX, FRAMEWORK_TEXT_MAX, MAX_DOMAIN_COMPETENCIES, MAX_FRAMEWORK_DOMAINS, PROFICIENCY_LEVELS } from '@ruamsang/shared';

export interface TextDraft {
  th: string;
  en: string;
  ms: string;
}

export interface CompetencyDraft {
  key: string;
  code: string;
  /** Kept as the API gave it (a deeper tree imported from Moodle); the editor does not change it. */
  parentCode: string | null;
  name: TextDraft;
  description: TextDraft;
  levels: TextDraft[];
}

export interface DomainDraft {
  key: string;
  code: string;
  name: TextDraft;
  description: TextDraft;
  competencies: CompetencyDraft[];
}

export interface FrameworkDraft {
  name: TextDraft;
  description: TextDraft;
  domains: DomainDraft[];
}

interface LocalizedIn {
  readonly th: string;
  readonly en?: string | null;
  readonly ms?: string | null;
}

export interface FrameworkIn {
  readonly name: LocalizedIn;
  readonly description?: LocalizedIn | null;
  readonly domains: readonly {
    readonly code: string;
    readonly name: LocalizedIn;
    readonly description?: LocalizedIn | null;
    readonly competencies: readonly { readonly code: string; readonly parentCode?: string | null; readonly name: LocalizedIn; readonly description?: LocalizedIn | null; readonly levelDescriptors: readonly LocalizedIn[] }[];
  }[];
}

let counter = 0;
/** A key for React lists that survives reordering. */
export const newKey = (): string => `k${++counter}`;

export const emptyText = (): TextDraft => ({ th: '', en: '', ms: '' });
const textOf = (value: LocalizedIn | null | undefined): TextDraft => ({ th: value?.th ?? '', en: value?.en ?? '', ms: value?.ms ?? '' });

export function draftOf(framework: FrameworkIn): FrameworkDraft {
  return {
    name: textOf(framework.name),
    description: textOf(framework.description),
    domains: framework.domains.map((d) => ({
      key: newKey(),
      code: d.code,
      name: textOf(d.name),
      description: textOf(d.description),
      competencies: d.competencies.map((c) => ({
        key: newKey(),
        code: c.code,
        parentCode: c.parentCode ?? null,
        name: textOf(c.name),
        description: textOf(c.description),
        levels: c.levelDescriptors.map(textOf),
      })),
    })),
  };
}

export function newDomain(): DomainDraft {
  return { key: newKey(), code: '', name: emptyText(), description: emptyText(), competencies: [] };
}

/** A new competency starts with the five standard descriptors the caller gives (translated). */
export function newCompetency(levels: readonly TextDraft[]): CompetencyDraft {
  return { key: newKey(), code: '', parentCode: null, name: emptyText(), description: emptyText(), levels: levels.map((l) => ({ ...l })) };
}

/** The list with item `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moved<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const to = index + step;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

const localized = (value: TextDraft) => ({ th: value.th.trim(), en: value.en.trim() || null, ms: value.ms.trim() || null });
const optional = (value: TextDraft) => (value.th.trim() || value.en.trim() || value.ms.trim() ? localized(value) : null);

/** What updateFramework takes. */
export function inputOf(draft: FrameworkDraft) {
  return {
    name: localized(draft.name),
    description: optional(draft.description),
    domains: draft.domains.map((d) => ({
      code: d.code.trim(),
      name: localized(d.name),
      description: optional(d.description),
      competencies: d.competencies.map((c) => ({
        code: c.code.trim(),
        parentCode: c.parentCode,
        name: localized(c.name),
        description: optional(c.description),
        levelDescriptors: c.levels.map(localized),
      })),
    })),
  };
}

/** A message for beside a field: an i18n key under `frameworkEditor.errors.` and its values. */
export interface Problem {
  readonly key: string;
  readonly params?: Record<string, string | number>;
}

/**
 * The form's own checks, keyed by the API's field paths (`domains.0.competencies.1.code`), so the
 * form's and the API's refusals show in the same place.
 */
export function problemsOf(draft: FrameworkDraft): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  const name = (value: TextDraft, field: string, max: number) => {
    if (!value.th.trim()) problems[`${field}.th`] = { key: 'required' };
    for (const lang of ['th', 'en', 'ms'] as const) if (value[lang].trim().length > max) problems[`${field}.${lang}`] = { key: 'tooLong', params: { max } };
  };
  const optionalText = (value: TextDraft, field: string) => {
    if ((value.en.trim() || value.ms.trim()) && !value.th.trim()) problems[`${field}.th`] = { key: 'thaiFirst' };
    for (const lang of ['th', 'en', 'ms'] as const) if (value[lang].trim().length > FRAMEWORK_TEXT_MAX) problems[`${field}.${lang}`] = { key: 'tooLong', params: { max: FRAMEWORK_TEXT_MAX } };
  };
  const seen = new Map<string, string>();
  const code = (value: string, field: string) => {
    const trimmed = value.trim();
    if (!FRAMEWORK_CODE_PATTERN.test(trimmed)) {
      problems[field] = { key: trimmed ? 'codeFormat' : 'required', params: { code: trimmed } };
      return;
    }
    const first = seen.get(trimmed.toUpperCase());
    if (first) problems[field] = { key: 'duplicateCode', params: { code: trimmed, first } };
    else seen.set(trimmed.toUpperCase(), trimmed);
  };
  name(draft.name, 'name', FRAMEWORK_NAME_MAX);
  optionalText(draft.description, 'description');
  if (draft.domains.length > MAX_FRAMEWORK_DOMAINS) problems['domains'] = { key: 'tooManyDomains', params: { max: MAX_FRAMEWORK_DOMAINS } };
  draft.domains.forEach((d, i) => {
    const at = `domains.${i}`;
    code(d.code, `${at}.code`);
    name(d.name, `${at}.name`, FRAMEWORK_NAME_MAX);
    optionalText(d.description, `${at}.description`);
    if (d.competencies.length > MAX_DOMAIN_COMPETENCIES) problems[`${at}.competencies`] = { key: 'tooManyCompetencies', params: { max: MAX_DOMAIN_COMPETENCIES } };
    const earlier = new Set<string>();
    d.competencies.forEach((c, j) => {
      const cat = `${at}.competencies.${j}`;
      code(c.code, `${cat}.code`);
      name(c.name, `${cat}.name`, FRAMEWORK_NAME_MAX);
      optionalText(c.description, `${cat}.description`);
      if (c.parentCode && !earlier.has(c.parentCode.toUpperCase())) problems[`${cat}.parentCode`] = { key: 'parentFirst', params: { code: c.parentCode } };
      earlier.add(c.code.trim().toUpperCase());
      PROFICIENCY_LEVELS.forEach((_level, l) => name(c.levels[l] ?? emptyText(), `${cat}.levelDescriptors.${l}`, FRAMEWORK_TEXT_MAX));
    });
  });
  return problems;
}

/** The API's per-field message without the field path it starts with ("domains.0.code: …"). */
export function withoutFieldPath(field: string, message: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}

/** The import endpoint, the format and optional code escaped. */
export function importUrl(format: 'ruamsang' | 'moodle', options: { code?: string; lang?: string } = {}): string {
  const query = new URLSearchParams({ format });
  if (options.code?.trim()) query.set('code', options.code.trim());
  if (options.lang) query.set('lang', options.lang);
  return `/imports/frameworks?${query.toString()}`;
}

/** The export address of a framework version. */
export function exportUrl(id: string, type: 'csv' | 'xlsx', format: 'ruamsang' | 'moodle', lang?: string): string {
  const query = new URLSearchParams({ format });
  if (lang) query.set('lang', lang);
  return `/exports/frameworks/${encodeURIComponent(id)}.${type}?${query.toString()}`;
}

export interface FrameworkImportReport {
  readonly rows: number;
  readonly framework: { readonly id: string; readonly code: string; readonly version: number; readonly domains: number; readonly competencies: number } | null;
  readonly rejected: readonly { readonly line: number; readonly column: string | null; readonly reason: string; readonly message: string }[];
  readonly notes: readonly { readonly line: number; readonly column: string | null; readonly reason: string; readonly message: string }[];
}

export function isFrameworkImportReport(value: unknown): value is FrameworkImportReport {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['rows'] === 'number' && Array.isArray(v['rejected']) && Array.isArray(v['notes']) && 'framework' in v;
}
