import { LOCALES, scaleOf, type Instrument, type Locale } from '@ruamsang/shared';

/**
 * A needs-assessment campaign as an XLSForm (the spreadsheet form definition KoboToolbox and ODK
 * read): `survey`, `choices` and `settings` sheets, labels in Thai, English and Malay as
 * `label::ภาษาไทย (th)` columns. One pair of rating questions per competency, named
 * `target_<code>` and `current_<code>` inside a group per domain, so a submission export maps
 * back to the paper-form columns (see wide-forms.ts).
 */

export type Texts = Readonly<Record<Locale, string>>;

export interface XlsFormCompetency {
  readonly code: string;
  readonly name: Texts;
}
export interface XlsFormDomain {
  readonly code: string;
  readonly name: Texts;
  readonly competencies: readonly XlsFormCompetency[];
}
export interface XlsFormPlace {
  readonly code: string;
  readonly name: Texts;
}
export interface XlsFormInput {
  readonly campaignId: string;
  readonly title: string;
  readonly instrument: Instrument;
  /** Changes whenever the form would: the campaign's or its framework's last change. */
  readonly version: string;
  readonly domains: readonly XlsFormDomain[];
  readonly provinces: readonly XlsFormPlace[];
  readonly districts: readonly (XlsFormPlace & { readonly provinceCode: string })[];
  readonly sectors: readonly XlsFormPlace[];
  readonly genders: readonly XlsFormPlace[];
  readonly openQuestions: readonly { readonly key: string; readonly prompt: Texts }[];
  /** Words of the form itself, in each language. */
  readonly words: {
    readonly profile: Texts;
    readonly province: Texts;
    readonly district: Texts;
    readonly sector: Texts;
    readonly gender: Texts;
    readonly target: Texts;
    readonly current: Texts;
    readonly scaleLow: Texts;
    readonly scaleHigh: Texts;
    readonly openQuestions: Texts;
  };
}

export type SheetRow = Readonly<Record<string, string>>;
export interface XlsForm {
  readonly survey: { readonly columns: readonly string[]; readonly rows: readonly SheetRow[] };
  readonly choices: { readonly columns: readonly string[]; readonly rows: readonly SheetRow[] };
  readonly settings: { readonly columns: readonly string[]; readonly rows: readonly SheetRow[] };
}

/** How each language is named in the label columns, e.g. `label::ภาษาไทย (th)`. */
export const XLSFORM_LANGUAGES: Record<Locale, string> = { th: 'ภาษาไทย (th)', en: 'English (en)', ms: 'Bahasa Melayu (ms)' };

export const PROFILE_FIELDS = ['province_code', 'district_code', 'sector', 'gender'] as const;

/** The question names of one competency's pair. Codes are [A-Za-z0-9._-], so the names are valid XML names. */
export function ratingNames(code: string): { target: string; current: string } {
  return { target: `target_${code}`, current: `current_${code}` };
}

/** A name safe for XML (a group of a domain whose code starts with a digit, say). */
function xmlName(prefix: string, code: string): string {
  return `${prefix}_${code.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

const labelColumns = (kind: 'label' | 'hint') => LOCALES.map((l) => `${kind}::${XLSFORM_LANGUAGES[l]}`);

function labels(texts: Texts, kind: 'label' | 'hint' = 'label'): Record<string, string> {
  return Object.fromEntries(LOCALES.map((l) => [`${kind}::${XLSFORM_LANGUAGES[l]}`, texts[l] || texts.th]));
}

function joined(a: Texts, b: Texts, separator = ' — '): Texts {
  return { th: `${a.th}${separator}${b.th}`, en: `${a.en}${separator}${b.en}`, ms: `${a.ms}${separator}${b.ms}` };
}

export function buildXlsForm(input: XlsFormInput): XlsForm {
  const { min, max } = scaleOf(input.instrument);
  const scaleList = `scale_${min}_${max}`;
  const w = input.words;
  const survey: Record<string, string>[] = [];
  const question = (type: string, name: string, label: Texts, extra: Record<string, string> = {}) => survey.push({ type, name, ...labels(label), ...extra });

  survey.push({ type: 'begin_group', name: 'profile', ...labels(w.profile) });
  question('select_one province', 'province_code', w.province, { required: 'yes' });
  question('select_one district', 'district_code', w.district, { choice_filter: 'province=${province_code}' });
  question('select_one sector', 'sector', w.sector, { required: 'yes' });
  question('select_one gender', 'gender', w.gender);
  survey.push({ type: 'end_group', name: '' });

  const hint = { th: `${min} = ${w.scaleLow.th}, ${max} = ${w.scaleHigh.th}`, en: `${min} = ${w.scaleLow.en}, ${max} = ${w.scaleHigh.en}`, ms: `${min} = ${w.scaleLow.ms}, ${max} = ${w.scaleHigh.ms}` };
  for (const domain of input.domains) {
    survey.push({ type: 'begin_group', name: xmlName('domain', domain.code), ...labels(domain.name) });
    for (const competency of domain.competencies) {
      const names = ratingNames(competency.code);
      question(`select_one ${scaleList}`, names.target, joined(competency.name, w.target), { required: 'yes', ...labels(hint, 'hint'), appearance: 'horizontal' });
      question(`select_one ${scaleList}`, names.current, joined(competency.name, w.current), { required: 'yes', ...labels(hint, 'hint'), appearance: 'horizontal' });
    }
    survey.push({ type: 'end_group', name: '' });
  }
  if (input.openQuestions.length > 0) {
    survey.push({ type: 'begin_group', name: 'open_questions', ...labels(w.openQuestions) });
    for (const q of input.openQuestions) question('text', q.key, q.prompt);
    survey.push({ type: 'end_group', name: '' });
  }

  const choices: Record<string, string>[] = [];
  for (let value = min; value <= max; value += 1) {
    const text = String(value);
    choices.push({ list_name: scaleList, name: text, ...labels({ th: text, en: text, ms: text }) });
  }
  const programmeProvinces = new Set(input.provinces.map((p) => p.code));
  for (const p of input.provinces) choices.push({ list_name: 'province', name: p.code, ...labels(p.name) });
  for (const d of input.districts) if (programmeProvinces.has(d.provinceCode)) choices.push({ list_name: 'district', name: d.code, ...labels(d.name), province: d.provinceCode });
  for (const s of input.sectors) choices.push({ list_name: 'sector', name: s.code, ...labels(s.name) });
  for (const g of input.genders) choices.push({ list_name: 'gender', name: g.code, ...labels(g.name) });

  return {
    survey: { columns: ['type', 'name', ...labelColumns('label'), ...labelColumns('hint'), 'required', 'appearance', 'choice_filter'], rows: survey },
    choices: { columns: ['list_name', 'name', ...labelColumns('label'), 'province'], rows: choices },
    settings: {
      columns: ['form_title', 'form_id', 'version', 'default_language', 'instance_name'],
      rows: [
        {
          form_title: input.title,
          // stable for a campaign: KoboToolbox and ODK match submissions to a form by it
          form_id: `ruamsang_${input.campaignId.replace(/-/g, '').slice(0, 12)}`,
          version: input.version,
          default_language: XLSFORM_LANGUAGES.th,
          instance_name: 'concat(${province_code}, "-", ${sector})',
        },
      ],
    },
  };
}
