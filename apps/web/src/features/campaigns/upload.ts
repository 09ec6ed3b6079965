import { importUrl, isImportReport, type ImportMode, type ImportReport } from './paper-import.js';

export type UploadProgress =
  /** Bytes sent so far; `total` is null when the browser cannot tell. */
  | { readonly phase: 'uploading'; readonly loaded: number; readonly total: number | null }
  /** The whole file is sent; the server is reading and checking it. */
  | { readonly phase: 'processing' };

/** A refusal from the import endpoint: the HTTP status, the API's code and message when it gave them. */
export class ImportUploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'ImportUploadError';
  }
}

/** The part of XMLHttpRequest the upload uses, so tests can hand in a fake. */
export interface UploadRequest {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: Blob): void;
  abort(): void;
  readonly status: number;
  readonly responseText: string;
  readonly upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null; onload: (() => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
}

export interface UploadOptions {
  readonly campaignId: string;
  readonly mode: ImportMode;
  readonly file: Blob;
  readonly token: string | null;
  readonly locale: string;
  readonly onProgress?: (progress: UploadProgress) => void;
  readonly createRequest?: () => UploadRequest;
}

export interface RunningUpload {
  readonly done: Promise<ImportReport>;
  abort(): void;
}

function refusalOf(status: number, text: string): ImportUploadError {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (a proxy's page, say): keep the status only
  }
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const code = typeof fields['code'] === 'string' ? fields['code'] : null;
  const message = typeof fields['message'] === 'string' ? fields['message'] : Array.isArray(fields['message']) ? fields['message'].join('; ') : '';
  return new ImportUploadError(status, code, message);
}

/**
 * Sends the file as the raw request body with XMLHttpRequest, because fetch() reports no upload
 * progress; a large spreadsheet on a village connection takes long enough to need a bar.
 */
export function uploadImport(options: UploadOptions): RunningUpload {
  const request = options.createRequest ? options.createRequest() : (new XMLHttpRequest() as unknown as UploadRequest);
  const done = new Promise<ImportReport>((resolve, reject) => {
    request.open('POST', importUrl(options.campaignId, options.mode));
    if (options.token) request.setRequestHeader('authorization', `Bearer ${options.token}`);
    request.setRequestHeader('accept-language', options.locale);
    request.setRequestHeader('content-type', options.file.type || 'application/octet-stream');
    request.upload.onprogress = (event) =>
      options.onProgress?.({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    request.upload.onload = () => options.onProgress?.({ phase: 'processing' });
    request.onload = () => {
      // 422 is an all-or-nothing file that had refusals and stored nothing: its body is the report
      if ((request.status >= 200 && request.status < 300) || request.status === 422) {
        let body: unknown = null;
        try {
          body = JSON.parse(request.responseText);
        } catch {
          body = null;
        }
        if (isImportReport(body)) resolve(body);
        else if (request.status === 422) reject(refusalOf(request.status, request.responseText));
        else reject(new ImportUploadError(request.status, null, ''));
        return;
      }
      reject(refusalOf(request.status, request.responseText));
    };
    request.onerror = () => reject(new ImportUploadError(0, 'NETWORK', ''));
    request.onabort = () => reject(new ImportUploadError(0, 'ABORTED', ''));
    request.send(options.file);
  });
  return { done, abort: () => request.abort() };
}

/** Share of the file sent, 0–100, or null while the size is unknown. */
export function percentSent(progress: UploadProgress | null): number | null {
  if (!progress) return 0;
  if (progress.phase === 'processing') return 100;
  if (progress.total === null || progress.total <= 0) return null;
  return Math.min(100, Math.round((progress.loaded / progress.total) * 100));
}
