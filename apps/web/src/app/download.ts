import { tokenStore } from './apollo';
import { saveBlob } from './save-file';

/** The file name the server gives in Content-Disposition, if any. */
function fileNameOf(response: Response): string | undefined {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
}

/**
 * Fetches a file the server only gives with the bearer token (exports, certificates) and saves
 * it: under `fileName` when given, else the server's name, else `fallbackName`. A refusal
 * throws the server's own (localised) message.
 */
export async function downloadWithToken(path: string, options: { headers?: Record<string, string>; fileName?: string; fallbackName: string }): Promise<void> {
  const token = tokenStore.get();
  const response = await fetch(path, { headers: { ...options.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `HTTP ${response.status}`);
  }
  saveBlob(await response.blob(), options.fileName ?? fileNameOf(response) ?? options.fallbackName);
}
