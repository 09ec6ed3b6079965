import { describe, expect, it } from '@jest/globals';
import { ImportUploadError, percentSent, uploadImport, type UploadProgress, type UploadRequest } from './upload.js';

/** A scripted stand-in for XMLHttpRequest that records what the helper asked of it. */
class FakeRequest implements UploadRequest {
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: Blob | null = null;
  aborted = false;
  status = 0;
  responseText = '';
  upload: UploadRequest['upload'] = { onprogress: null, onload: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: Blob) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, body: string) {
    this.status = status;
    this.responseText = body;
    this.onload?.();
  }
}

const file = new Blob(['respondent_ref,province_code\n'], { type: 'text/csv' });
const reportBody = { mode: 'all-or-nothing', rows: 3, storedResponses: 0, storedRatings: 0, rejected: [{ line: 3, column: 'current', reason: 'OUT_OF_SCALE', message: 'current: 9 is outside 1–5' }] };

function start(patch: Partial<Parameters<typeof uploadImport>[0]> = {}) {
  const fake = new FakeRequest();
  const seen: UploadProgress[] = [];
  const upload = uploadImport({ campaignId: 'c-1', mode: 'valid-rows', file, token: 'tok', locale: 'en', onProgress: (p) => seen.push(p), createRequest: () => fake, ...patch });
  return { fake, seen, upload };
}

describe('uploadImport', () => {
  it('reads the report of an all-or-nothing file that stored nothing (422) as a report, not a failure', async () => {
    const { fake, upload } = start({ mode: 'all-or-nothing' });
    fake.answer(422, JSON.stringify(reportBody));
    await expect(upload.done).resolves.toEqual(reportBody);
  });

  it('still fails on a 422 that carries no report', async () => {
    const { fake, upload } = start();
    fake.answer(422, JSON.stringify({ code: 'BAD_USER_INPUT', message: 'no' }));
    await expect(upload.done).rejects.toMatchObject({ status: 422, code: 'BAD_USER_INPUT', message: 'no' });
  });

  it('posts the raw file to the import endpoint with the mode, bearer token and language', async () => {
    const { fake, upload } = start();
    expect(fake.method).toBe('POST');
    expect(fake.url).toBe('/imports/assessments/c-1?mode=valid-rows');
    expect(fake.headers).toEqual({ authorization: 'Bearer tok', 'accept-language': 'en', 'content-type': 'text/csv' });
    expect(fake.body).toBe(file);
    fake.answer(201, JSON.stringify(reportBody));
    await expect(upload.done).resolves.toEqual(reportBody);
  });

  it('sends no authorization header when signed out, and a generic type for a typeless file', () => {
    const { fake } = start({ token: null, file: new Blob(['x']) });
    expect(fake.headers['authorization']).toBeUndefined();
    expect(fake.headers['content-type']).toBe('application/octet-stream');
  });

  it('reports bytes sent, then the processing phase once the body is out', () => {
    const { fake, seen } = start();
    fake.upload.onprogress?.({ lengthComputable: true, loaded: 512, total: 2048 });
    fake.upload.onprogress?.({ lengthComputable: false, loaded: 700, total: 0 });
    fake.upload.onload?.();
    expect(seen).toEqual([
      { phase: 'uploading', loaded: 512, total: 2048 },
      { phase: 'uploading', loaded: 700, total: null },
      { phase: 'processing' },
    ]);
  });

  it('rejects with the API code and message on a refusal', async () => {
    const { fake, upload } = start();
    fake.answer(400, JSON.stringify({ code: 'BAD_USER_INPUT', message: 'Missing columns: province_code' }));
    const error = await upload.done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportUploadError);
    expect(error).toMatchObject({ status: 400, code: 'BAD_USER_INPUT', message: 'Missing columns: province_code' });
  });

  it('keeps only the status when the refusal is not JSON, and refuses a 2xx that is not a report', async () => {
    const first = start();
    first.fake.answer(502, '<html>Bad gateway</html>');
    await expect(first.upload.done).rejects.toMatchObject({ status: 502, code: null, message: '' });
    const second = start();
    second.fake.answer(200, '{"ok":true}');
    await expect(second.upload.done).rejects.toMatchObject({ status: 200, code: null });
  });

  it('tells a network failure from a cancellation', async () => {
    const broken = start();
    broken.fake.onerror?.();
    await expect(broken.upload.done).rejects.toMatchObject({ code: 'NETWORK' });
    const cancelled = start();
    cancelled.upload.abort();
    expect(cancelled.fake.aborted).toBe(true);
    await expect(cancelled.upload.done).rejects.toMatchObject({ code: 'ABORTED' });
  });
});

describe('percentSent', () => {
  it('rounds the share sent and shows 100 while the server processes', () => {
    expect(percentSent({ phase: 'uploading', loaded: 1, total: 3 })).toBe(33);
    expect(percentSent({ phase: 'uploading', loaded: 5, total: 4 })).toBe(100);
    expect(percentSent({ phase: 'processing' })).toBe(100);
    expect(percentSent(null)).toBe(0);
  });
  it('is indeterminate when the size is unknown', () => {
    expect(percentSent({ phase: 'uploading', loaded: 10, total: null })).toBeNull();
  });
});
