import { downloadWithToken } from '../../app/download';

/** Downloads a tracking export (the same figures as the screen, suppression included) with the bearer token. */
export function downloadTrackingExport(kind: 'gap-closure' | 'completion' | 'funnel', id: string, format: 'csv' | 'xlsx', params: Record<string, string>): Promise<void> {
  const query = new URLSearchParams(params);
  return downloadWithToken(`/exports/${kind}/${encodeURIComponent(id)}.${format}?${query.toString()}`, { fallbackName: `${kind}.${format}` });
}
