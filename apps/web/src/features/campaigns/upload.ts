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

/** Any import upload: the address and how to recognise the report the endpoint answers. */
export interface FileUploadOptions<Report> extends Omit<UploadOptions, 'campaignId' | 'mode'> {
  readonly url: string;
  readonly isReport: (value: unknown) => value is Report;
}

export interface RunningUpload<Report = ImportReport> {
  readonly done: Promise<Report>;
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

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Sends the file as the raw request body with XMLHttpRequest, because fetch() reports no upload
 * progress; a large spreadsheet on a village connection takes long enough to need a bar. A 422
 * that carries a report (an all-or-nothing file with refused rows) resolves with that report.
 */
export function uploadFile<Report>(options: FileUploadOptions<Report>): RunningUpload<Report> {
  const request = options.createRequest ? options.createRequest() : (new XMLHttpRequest() as unknown as UploadRequest);
  const done = new Promise<Report>((resolve, reject) => {
    request.open('POST', options.url);
    if (options.token) request.setRequestHeader('authorization', `Bearer ${options.token}`);
    request.setRequestHeader('accept-language', options.locale);
    request.setRequestHeader('content-type', options.file.type || 'application/octet-stream');
    request.upload.onprogress = (event) =>
      options.onProgress?.({ phase: 'uploading', loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    request.upload.onload = () => options.onProgress?.({ phase: 'processing' });
    request.onload = () => {
      const body = request.status === 422 || (request.status >= 200 && request.status < 300) ? parsed(request.responseText) : null;
      if (options.isReport(body)) resolve(body);
      else if (request.status >= 200 && request.status < 300) reject(new ImportUploadError(request.status, null, ''));
      else reject(refusalOf(request.status, request.responseText));
    };
    request.onerror = () => reject(new ImportUploadError(0, 'NETWORK', ''));
    request.onabort = () => reject(new ImportUploadError(0, 'ABORTED', ''));
    request.send(options.file);
  });
  return { done, abort: () => request.abort() };
}

/** The paper-form import of one campaign. */
export function uploadImport(options: UploadOptions): RunningUpload {
  return uploadFile({ ...options, url: importUrl(options.campaignId, options.mode), isReport: isImportReport });
}

/** Share of the file sent, 0–100, or null while the size is unknown. */
export function percentSent(progress: UploadProgress | null): number | null {
  if (!progress) return 0;
  if (progress.phase === 'processing') return 100;
  if (progress.total === null || progress.total <= 0) return null;
  return Math.min(100, Math.round((progress.loaded / progress.total) * 100));
}
