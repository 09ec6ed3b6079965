import { tokenStore } from '../../app/apollo';

export type ExportFormat = 'csv' | 'xlsx';

/** The file name the server gives in Content-Disposition, else a sensible default. */
function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Downloads the server's export of exactly what the dashboard shows (same analysis, same
 * suppression): fetch with the bearer token → blob → a temporary download link.
 */
export async function downloadGapExport(campaignId: string, groupBy: string, format: ExportFormat, lang: string): Promise<void> {
  const token = tokenStore.get();
  const query = new URLSearchParams({ groupBy, lang });
  const response = await fetch(`/exports/gaps/${encodeURIComponent(campaignId)}.${format}?${query.toString()}`, {
    headers: { 'accept-language': lang, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `HTTP ${response.status}`);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response, `gaps.${format}`);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
