import { tokenStore } from '../../app/apollo';

/** Fetches a certificate's PDF with the bearer token (the path needs it) and saves it under a readable name. */
export async function downloadCertificate(pdfUrl: string, fileName: string, language: string): Promise<void> {
  const token = tokenStore.get();
  const response = await fetch(pdfUrl, {
    headers: { accept: 'application/pdf', 'accept-language': language, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `HTTP ${response.status}`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
