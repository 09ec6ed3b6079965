import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { buildXlsForm, provinceScopeOf, type Actor, type Texts, type XlsForm } from '@ruamsang/domain';
import { GENDERS, SECTORS, type Locale } from '@ruamsang/shared';
import ExcelJS from 'exceljs';
import { DomainError, translate } from '../../common/errors.js';
import { AssessmentMessages } from '../assessments/assessments.errors.js';
import { FrameworksRepository } from '../frameworks/frameworks.repository.js';
import { GroupLabels } from '../gaps/gaps.messages.js';
import { GapsService } from '../gaps/gaps.service.js';
import { readThaiGeography } from '../geography/geography.repository.js';
import { XlsFormMessages } from './reports.messages.js';
import { CONTENT_TYPES, type ExportFile } from './reports.service.js';

const texts = (key: string, params: Record<string, string | number> = {}): Texts => ({
  th: translate(key, 'th', params),
  en: translate(key, 'en', params),
  ms: translate(key, 'ms', params),
});
const localized = (value: { th: string; en?: string | null; ms?: string | null }): Texts => ({ th: value.th, en: value.en || value.th, ms: value.ms || value.th });

/**
 * GET /exports/campaigns/<id>.xlsform.xlsx: the campaign as an XLSForm for KoboToolbox and ODK,
 * for the people who may import its paper forms (admins; coordinators of its provinces), so the
 * submissions those tools export come back through the same import.
 */
@Injectable()
export class XlsFormExportService {
  constructor(
    private readonly gaps: GapsService,
    private readonly frameworks: FrameworksRepository,
  ) {}

  async form(actor: Actor, campaignId: string): Promise<{ form: XlsForm; title: string }> {
    const scope = provinceScopeOf(actor);
    if (scope.kind === 'NONE') throw DomainError.forbidden(AssessmentMessages['assessments.cannotImport']);
    const campaign = await this.gaps.visibleCampaign(actor, campaignId);
    const provinceCodes = scope.kind === 'SOME' ? campaign.provinceCodes.filter((c) => scope.provinceCodes.includes(c)) : campaign.provinceCodes;
    if (provinceCodes.length === 0) throw DomainError.forbidden(AssessmentMessages['assessments.cannotImport']);
    const [domains, competencies] = await Promise.all([this.frameworks.domainsOf([campaign.frameworkId]), this.frameworks.competenciesOf([campaign.frameworkId])]);
    const { provinces, districts } = readThaiGeography();
    const wanted = new Set(provinceCodes);
    const words = {
      profile: texts(XlsFormMessages['xlsform.profile']),
      province: texts(XlsFormMessages['xlsform.province']),
      district: texts(XlsFormMessages['xlsform.district']),
      sector: texts(XlsFormMessages['xlsform.sector']),
      gender: texts(XlsFormMessages['xlsform.gender']),
      target: texts(`xlsform.target.${campaign.instrument}`),
      current: texts(`xlsform.current.${campaign.instrument}`),
      scaleLow: texts(XlsFormMessages['xlsform.scaleLow']),
      scaleHigh: texts(XlsFormMessages['xlsform.scaleHigh']),
      openQuestions: texts(XlsFormMessages['xlsform.openQuestions']),
    };
    const place = (code: string, th: string, en: string) => ({ code, name: { th, en, ms: en } });
    const input = {
      campaignId: campaign.id,
      title: campaign.title,
      instrument: campaign.instrument,
      domains: [...domains]
        .sort((a, b) => a.position - b.position)
        .map((d) => ({
          code: d.code,
          name: localized(d.name),
          competencies: competencies
            .filter((c) => c.domainId === d.id)
            .sort((a, b) => a.position - b.position)
            .map((c) => ({ code: c.code, name: localized(c.name) })),
        })),
      provinces: provinces.filter((p) => wanted.has(p.code)).map((p) => place(p.code, p.nameTh, p.nameEn)),
      districts: districts.filter((d) => wanted.has(d.provinceCode)).map((d) => ({ ...place(d.code, d.nameTh, d.nameEn), provinceCode: d.provinceCode })),
      sectors: SECTORS.map((s) => ({ code: s, name: texts(GroupLabels[`group.${s}`]) })),
      genders: GENDERS.map((g) => ({ code: g, name: texts(GroupLabels[`group.${g}`]) })),
      openQuestions: campaign.openQuestions.map((q) => ({ key: q.key, prompt: localized(q.prompt) })),
      words,
    };
    // The version changes exactly when the form does, so Kobo and ODK see a new form only then.
    const draft = buildXlsForm({ ...input, version: '' });
    const version = createHash('sha256').update(JSON.stringify([draft.survey.rows, draft.choices.rows, campaign.title])).digest('hex').slice(0, 10);
    return { form: buildXlsForm({ ...input, version }), title: campaign.title };
  }

  async export(actor: Actor, campaignId: string, _locale: Locale): Promise<ExportFile> {
    const { form } = await this.form(actor, campaignId);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'Ruamsang';
    for (const [name, sheet] of [
      ['survey', form.survey],
      ['choices', form.choices],
      ['settings', form.settings],
    ] as const) {
      const ws = workbook.addWorksheet(name);
      ws.columns = sheet.columns.map((c) => ({ header: c, key: c, width: c.startsWith('label') || c.startsWith('hint') ? 40 : 18 }));
      for (const row of sheet.rows) ws.addRow(row);
      ws.getRow(1).font = { bold: true };
    }
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    return { body, contentType: CONTENT_TYPES.xlsx, fileName: `${form.settings.rows[0]?.['form_id'] ?? 'ruamsang'}.xlsform.xlsx` };
  }
}
