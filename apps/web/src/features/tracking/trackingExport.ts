import { tokenStore } from '../../app/apollo';

/** Downloads a tracking export (the same figures as the screen, suppression included) with the bearer token. */
export async function downloadTrackingExport(kind: 'gap-closure' | 'completion' | 'funnel', id: string, format: 'csv' | 'xlsx', params: Record<string, string>): Promise<void> {
  const token = tokenStore.get();
  const query = new URLSearchParams(params);
  const response = await fetch(`/exports/${kind}/${encodeURIComponent(id)}.${format}?${query.toString()}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `HTTP ${response.status}`);
  }
  const match = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '');
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = match?.[1] ?? `${kind}.${format}`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
