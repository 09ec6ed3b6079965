import { ModuleStatus, Role } from '@ruamsang/shared';

/**
 * Who may do what with a training module.
 * - Trainers, coordinators and admins author modules. A trainer edits only modules they created
 *   or co-author; coordinators and admins edit any.
 * - Authors move DRAFT → REVIEW and REVIEW → DRAFT (send back).
 * - Only coordinators and admins approve (REVIEW → APPROVED) or reopen (APPROVED → DRAFT).
 * - Practitioners comment and suggest; they never edit.
 * Editing an APPROVED module's content sends it back to DRAFT (it must be approved again).
 */
export function canAuthorModules(role: Role): boolean {
  switch (role) {
    case Role.TRAINER:
    case Role.COORDINATOR:
    case Role.ADMIN:
      return true;
    case Role.PRACTITIONER:
      return false;
  }
}

export function canEditModule(role: Role, isCreatorOrCoAuthor: boolean): boolean {
  switch (role) {
    case Role.COORDINATOR:
    case Role.ADMIN:
      return true;
    case Role.TRAINER:
      return isCreatorOrCoAuthor;
    case Role.PRACTITIONER:
      return false;
  }
}

export type TransitionRefusal = 'NOT_ALLOWED_FOR_ROLE' | 'INVALID_TRANSITION';

export function refuseStatusChange(role: Role, isCreatorOrCoAuthor: boolean, from: ModuleStatus, to: ModuleStatus): TransitionRefusal | null {
  const approver = role === Role.ADMIN || role === Role.COORDINATOR;
  const author = canEditModule(role, isCreatorOrCoAuthor);
  switch (from) {
    case ModuleStatus.DRAFT:
      if (to !== ModuleStatus.REVIEW) return 'INVALID_TRANSITION';
      return author ? null : 'NOT_ALLOWED_FOR_ROLE';
    case ModuleStatus.REVIEW:
      if (to === ModuleStatus.DRAFT) return author ? null : 'NOT_ALLOWED_FOR_ROLE';
      if (to === ModuleStatus.APPROVED) return approver ? null : 'NOT_ALLOWED_FOR_ROLE';
      return 'INVALID_TRANSITION';
    case ModuleStatus.APPROVED:
      if (to !== ModuleStatus.DRAFT) return 'INVALID_TRANSITION';
      return approver ? null : 'NOT_ALLOWED_FOR_ROLE';
  }
}

/** A module's content as versioned: what a snapshot holds and a diff compares. */
export interface ModuleSnapshot {
  readonly code: string;
  readonly title: { readonly th: string; readonly en?: string | null; readonly ms?: string | null };
  readonly outcomes: readonly {
    readonly text: { readonly th: string; readonly en?: string | null; readonly ms?: string | null };
    readonly competencyCode: string;
    readonly targetLevel: number;
  }[];
  readonly hours: number;
  readonly deliveryMode: string;
  readonly teachingLanguage: string;
  readonly prerequisiteCodes: readonly string[];
  readonly coAuthorIds: readonly string[];
  readonly materials: readonly { readonly label: string; readonly url: string }[];
  readonly addressedGaps: readonly { readonly campaignId: string; readonly competencyCode: string }[];
  readonly personaIds: readonly string[];
  readonly status: string;
}

export type ModuleChange =
  | { readonly kind: 'CREATED' }
  | { readonly kind: 'CHANGED'; readonly field: string; readonly from: string; readonly to: string }
  | { readonly kind: 'ADDED'; readonly field: string; readonly value: string }
  | { readonly kind: 'REMOVED'; readonly field: string; readonly value: string };

const text = (t: ModuleSnapshot['title']) => [t.th, t.en ?? '', t.ms ?? ''];

function setChanges(field: string, before: readonly string[], after: readonly string[]): ModuleChange[] {
  const was = new Set(before);
  const is = new Set(after);
  return [
    ...after.filter((v) => !was.has(v)).map((value): ModuleChange => ({ kind: 'ADDED', field, value })),
    ...before.filter((v) => !is.has(v)).map((value): ModuleChange => ({ kind: 'REMOVED', field, value })),
  ];
}

/** What changed between two versions of a module, field by field, in a fixed order. */
export function diffModule(before: ModuleSnapshot | null, after: ModuleSnapshot): ModuleChange[] {
  if (!before) return [{ kind: 'CREATED' }];
  const changes: ModuleChange[] = [];
  const scalar = (field: string, a: string | number, b: string | number) => {
    if (a !== b) changes.push({ kind: 'CHANGED', field, from: String(a), to: String(b) });
  };
  (['th', 'en', 'ms'] as const).forEach((lang, i) => scalar(`title.${lang}`, text(before.title)[i] ?? '', text(after.title)[i] ?? ''));
  scalar('hours', before.hours, after.hours);
  scalar('deliveryMode', before.deliveryMode, after.deliveryMode);
  scalar('teachingLanguage', before.teachingLanguage, after.teachingLanguage);
  scalar('status', before.status, after.status);
  // Outcomes: compare the competency → level mapping, then the wording.
  const levels = (s: ModuleSnapshot) => new Map(s.outcomes.map((o) => [o.competencyCode, o.targetLevel]));
  const beforeLevels = levels(before);
  const afterLevels = levels(after);
  for (const [code, level] of afterLevels) {
    const was = beforeLevels.get(code);
    if (was === undefined) changes.push({ kind: 'ADDED', field: 'outcome', value: `${code} → ${level}` });
    else if (was !== level) changes.push({ kind: 'CHANGED', field: `outcome ${code} level`, from: String(was), to: String(level) });
  }
  for (const [code, level] of beforeLevels) if (!afterLevels.has(code)) changes.push({ kind: 'REMOVED', field: 'outcome', value: `${code} → ${level}` });
  const wording = (s: ModuleSnapshot) => new Map(s.outcomes.map((o) => [o.competencyCode, text(o.text).join(' | ')]));
  const beforeWording = wording(before);
  for (const [code, words] of wording(after)) {
    const was = beforeWording.get(code);
    if (was !== undefined && was !== words) changes.push({ kind: 'CHANGED', field: `outcome ${code} text`, from: was, to: words });
  }
  changes.push(...setChanges('prerequisite', before.prerequisiteCodes, after.prerequisiteCodes));
  changes.push(...setChanges('co-author', before.coAuthorIds, after.coAuthorIds));
  changes.push(...setChanges('material', before.materials.map((m) => m.url), after.materials.map((m) => m.url)));
  changes.push(
    ...setChanges(
      'gap',
      before.addressedGaps.map((g) => `${g.competencyCode}@${g.campaignId}`),
      after.addressedGaps.map((g) => `${g.competencyCode}@${g.campaignId}`),
    ),
  );
  changes.push(...setChanges('persona', before.personaIds, after.personaIds));
  return changes;
}

/** A one-line English rendering: "hours 12 → 16", "added prerequisite AGR-101". */
export function describeChange(change: ModuleChange): string {
  switch (change.kind) {
    case 'CREATED':
      return 'created';
    case 'CHANGED':
      return `${change.field} ${change.from} → ${change.to}`;
    case 'ADDED':
      return `added ${change.field} ${change.value}`;
    case 'REMOVED':
      return `removed ${change.field} ${change.value}`;
  }
}
