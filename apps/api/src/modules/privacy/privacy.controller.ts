import { Controller, Get, Header } from '@nestjs/common';
import type { Actor } from '@ruamsang/domain';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import { PrivacyService, type PersonalDataExport } from './privacy.service.js';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return escape(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return escape(JSON.stringify(value));
}

/** The export as a page a person can read and print: one table per kind of data. */
export function readableExport(data: PersonalDataExport): string {
  const sections = data.sections.map((section) => {
    const rows = section.records as Record<string, unknown>[];
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    const table = rows.length
      ? `<table><thead><tr>${columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr></thead><tbody>${rows
          .map((r) => `<tr>${columns.map((c) => `<td>${cell(r[c])}</td>`).join('')}</tr>`)
          .join('')}</tbody></table>`
      : '<p>ไม่มีข้อมูล (none)</p>';
    return `<section><h2>${escape(section.holds)} <small>(${escape(section.table)})</small></h2>${table}</section>`;
  });
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>ข้อมูลส่วนบุคคลของฉัน — Ruamsang</title>
<style>body{font-family:'Noto Sans Thai',sans-serif;margin:2rem}table{border-collapse:collapse;margin-bottom:1rem}td,th{border:1px solid #999;padding:.25rem .5rem;font-size:.85rem;vertical-align:top}</style></head>
<body><h1>ข้อมูลส่วนบุคคลที่ร่วมสร้างเก็บไว้เกี่ยวกับคุณ</h1><p>Personal data Ruamsang holds about you — exported ${escape(data.exportedAt)}</p>${sections.join('')}</body></html>`;
}

@Controller('exports')
export class PrivacyController {
  constructor(private readonly privacy: PrivacyService) {}

  @Get('my-data.json')
  @Header('content-type', 'application/json; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="ruamsang-my-data.json"')
  async json(@CurrentActor() actor: Actor): Promise<string> {
    return JSON.stringify(await this.privacy.exportMyData(actor), null, 2);
  }

  @Get('my-data.html')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="ruamsang-my-data.html"')
  async html(@CurrentActor() actor: Actor): Promise<string> {
    return readableExport(await this.privacy.exportMyData(actor));
  }
}
