/** Pure helpers of the offline assessment form (no IndexedDB, no React): unit-tested. */

export interface LocalRating {
  readonly competencyCode: string;
  readonly target: number | null;
  readonly current: number | null;
  readonly needType: string | null;
}

export interface LocalAnswer {
  readonly key: string;
  readonly text: string;
}

/** What the device keeps of an assessment in progress: enough to restore it and to export it. */
export interface LocalDraft {
  readonly campaignId: string;
  readonly campaignTitle: string;
  readonly ratings: readonly LocalRating[];
  readonly answers: readonly LocalAnswer[];
  readonly savedAt: string;
}

/** A submission waiting for the connection; the clientSubmissionId makes every retry the same submission. */
export interface QueuedSubmission {
  readonly clientSubmissionId: string;
  readonly queuedAt: string;
  readonly draft: LocalDraft;
}

/** Where the assessment stands between this device and the server. */
export type SyncState = 'editing' | 'savedLocally' | 'queued' | 'sending' | 'sent' | 'refused';

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The draft as CSV, one line per rating then one per open answer, so nothing typed is lost when
 * the campaign closed before the draft could be sent.
 */
export function draftCsv(draft: LocalDraft): string {
  const lines: (string | number | null)[][] = [['campaign_id', 'competency_code', 'target', 'current', 'need_type', 'question_key', 'answer']];
  for (const r of draft.ratings) lines.push([draft.campaignId, r.competencyCode, r.target, r.current, r.needType, null, null]);
  for (const a of draft.answers) lines.push([draft.campaignId, null, null, null, null, a.key, a.text]);
  return `${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
