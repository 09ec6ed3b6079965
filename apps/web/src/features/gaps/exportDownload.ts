import { downloadWithToken } from '../../app/download';

export type ExportFormat = 'csv' | 'xlsx';

/** Downloads the server's export of exactly what the dashboard shows (same analysis, same suppression). */
export function downloadGapExport(campaignId: string, groupBy: string, format: ExportFormat, lang: string): Promise<void> {
  const query = new URLSearchParams({ groupBy, lang });
  return downloadWithToken(`/exports/gaps/${encodeURIComponent(campaignId)}.${format}?${query.toString()}`, { headers: { 'accept-language': lang }, fallbackName: `gaps.${format}` });
}
