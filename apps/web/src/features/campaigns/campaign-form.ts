/**
 * Pure helpers for the campaign form. Dates are whole days in Thailand's time (UTC+7, no
 * daylight saving): a campaign opens at the start of its first day and closes at the end of
 * its last day, wherever the browser happens to be.
 */

const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar day (YYYY-MM-DD) in Bangkok at the given instant, `days` later. */
export function bangkokDay(now: Date, days = 0): string {
  return new Date(now.getTime() + BANGKOK_OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** 00:00:00 Bangkok time on that day, as an ISO instant; null for an empty or malformed day. */
export function opensAtOf(day: string): string | null {
  if (!DAY.test(day)) return null;
  const instant = new Date(`${day}T00:00:00+07:00`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** 23:59:59 Bangkok time on that day (the last moment answers are accepted). */
export function closesAtOf(day: string): string | null {
  if (!DAY.test(day)) return null;
  const instant = new Date(`${day}T23:59:59+07:00`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

export interface OpenQuestionDraft {
  readonly key: string;
  readonly prompt: { readonly th: string };
}

/**
 * One open question per non-empty line, keyed q1, q2 … in order (keys the API accepts:
 * lower-case letter first). At most `max` questions are kept; the API allows ten.
 */
export function openQuestionsFrom(text: string, max = 10): OpenQuestionDraft[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, max)
    .map((line, i) => ({ key: `q${i + 1}`, prompt: { th: line } }));
}

/** Which form field an API error path belongs to: `openQuestions.0.prompt.th` → `openQuestions`. */
export function formFieldOf(path: string): string {
  const head = path.split('.')[0] ?? path;
  return head.replace(/\[\d+\]$/, '');
}

/**
 * Per-field messages keyed by form field, the first message for each field kept. The API
 * prefixes each message with its path ("title: must be…"); shown beside its own field the
 * prefix is noise, so it goes, while a nested path ("openQuestions.0.prompt.th") stays.
 */
export function fieldMessages(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = formFieldOf(path);
    out[field] ??= field === path && message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
  }
  return out;
}
