import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  CERTIFICATE_CODE_BYTES,
  certificateCodeFrom,
  completionMoment,
  DEFAULT_COMPLETION_RULE,
  evaluateCompletion,
  type CompletionEvaluation,
  type CompletionRuleSpec,
  type DayMark,
  type ScheduledSession,
} from '@ruamsang/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../privacy/audit.service.js';
import { AttendanceRepository, type CohortRow, type CompletionRow, type MarkRow, type SessionRow } from './attendance.repository.js';

/** One person's evaluation in one cohort. */
export interface CohortEvaluation extends CompletionEvaluation {
  readonly practitionerId: string;
  readonly cohortId: string;
  /** When the rule was first met (see completionMoment); null while it is not. */
  readonly completedAt: Date | null;
}

const toScheduled = (s: SessionRow): ScheduledSession => ({ id: s.id, dates: s.dates, startTime: s.startTime, endTime: s.endTime });
const toDayMark = (m: MarkRow): DayMark => ({ sessionId: m.sessionId, sessionDate: m.sessionDate, status: m.status });

/**
 * Completions are computed, never typed in: `recompute` evaluates the curriculum's rule for a
 * practitioner in each cohort of the curriculum they hold a seat in, inserts or deletes their
 * `completion` rows accordingly, issues a certificate (a fresh unguessable code) for a new
 * completion and revokes it when the completion goes away. A revoked code stays revoked: if the
 * person completes again, a new certificate with a new code is issued. Always called inside the
 * transaction that changed attendance, the rule or the post-assessment.
 */
@Injectable()
export class CompletionService {
  constructor(
    private readonly repository: AttendanceRepository,
    private readonly audit: AuditService,
  ) {}

  async ruleOf(curriculumId: string, manager?: EntityManager): Promise<CompletionRuleSpec> {
    const stored = await this.repository.rule(curriculumId, manager);
    return stored ? { minAttendancePercent: stored.minAttendancePercent, requiresPostAssessment: stored.requiresPostAssessment } : DEFAULT_COMPLETION_RULE;
  }

  /** Evaluations for the given cohorts of one curriculum (all seated people, or only some). */
  async evaluate(curriculumId: string, cohorts: readonly CohortRow[], practitionerIds: readonly string[] | null, manager?: EntityManager): Promise<CohortEvaluation[]> {
    const cohortIds = cohorts.map((c) => c.id);
    // One after the other: inside a transaction they share one connection.
    const rule = await this.ruleOf(curriculumId, manager);
    const sessions = await this.repository.publishedSessionsOfCohorts(cohortIds, manager);
    const seats = await this.repository.seats(cohortIds, practitionerIds, manager);
    const marks = await this.repository.marksOfCohorts(cohortIds, practitionerIds, manager);
    const posted = await this.repository.postAssessed(curriculumId, [...new Set(seats.map((s) => s.practitionerId))], manager);
    const sessionsOf = new Map<string, ScheduledSession[]>();
    for (const s of sessions) sessionsOf.set(s.cohortId, [...(sessionsOf.get(s.cohortId) ?? []), toScheduled(s)]);
    const marksOf = new Map<string, DayMark[]>();
    for (const m of marks) marksOf.set(m.practitionerId, [...(marksOf.get(m.practitionerId) ?? []), toDayMark(m)]);
    const now = new Date();
    return seats.map((seat) => {
      const cohortSessions = sessionsOf.get(seat.cohortId) ?? [];
      const personMarks = marksOf.get(seat.practitionerId) ?? [];
      const postAssessedAt = posted.get(seat.practitionerId) ?? null;
      const evaluation = evaluateCompletion(rule, cohortSessions, personMarks, postAssessedAt !== null);
      return {
        practitionerId: seat.practitionerId,
        cohortId: seat.cohortId,
        ...evaluation,
        completedAt: evaluation.complete ? completionMoment(rule, cohortSessions, personMarks, postAssessedAt, now) : null,
      };
    });
  }

  /** Re-evaluates one practitioner's completion of one curriculum, in the caller's transaction. */
  recompute(manager: EntityManager, practitionerId: string, curriculumId: string, actorId: string | null = null): Promise<void> {
    return this.recomputeMany(manager, curriculumId, [practitionerId], actorId);
  }

  /** Re-evaluates some people's completion of a curriculum (null: everyone it concerns). */
  async recomputeMany(manager: EntityManager, curriculumId: string, practitionerIds: readonly string[] | null, actorId: string | null = null): Promise<void> {
    const people = practitionerIds ?? (await this.repository.peopleOfCurriculum(curriculumId, manager));
    if (people.length === 0) return;
    const cohorts = await this.repository.cohortsOfCurriculum(curriculumId, manager);
    const evaluations = await this.evaluate(curriculumId, cohorts, people, manager);
    const existing = await this.repository.completions(curriculumId, people, manager);
    const key = (p: string, c: string) => `${p}|${c}`;
    const complete = new Map(evaluations.filter((e) => e.complete).map((e) => [key(e.practitionerId, e.cohortId), e]));
    const kept = new Map<string, CompletionRow>();
    for (const row of existing) {
      const now = complete.get(key(row.practitionerId, row.cohortId));
      if (now) {
        kept.set(key(row.practitionerId, row.cohortId), row);
        if (now.attendedMinutes !== row.attendedMinutes || now.requiredMinutes !== row.requiredMinutes || now.scheduledMinutes !== row.scheduledMinutes) {
          await this.repository.updateCompletionFigures(manager, row.id, now);
        }
      } else {
        await this.withdraw(manager, row, actorId);
      }
    }
    const added = [...complete.values()].filter((e) => !kept.has(key(e.practitionerId, e.cohortId)));
    // A kept completion whose certificate was lost (e.g. revoked by hand) gets a new one.
    const live = await this.repository.liveCertificateCompletions([...kept.values()].map((k) => k.id), manager);
    const needCertificate: { completionId: string; completedAt: Date; practitionerId: string; cohortId: string }[] = [...kept.values()]
      .filter((k) => !live.has(k.id))
      .map((k) => ({ completionId: k.id, completedAt: k.completedAt, practitionerId: k.practitionerId, cohortId: k.cohortId }));
    for (const e of added) {
      const row = await this.repository.insertCompletion(manager, { ...e, curriculumId, completedAt: e.completedAt ?? new Date() });
      if (!row) continue; // a concurrent transaction recorded it (and its certificate)
      await this.audit.record(manager, { actorId, action: 'CREATE', entity: 'completion', entityId: row.id, subjectId: e.practitionerId });
      needCertificate.push({ completionId: row.id, completedAt: row.completedAt, practitionerId: e.practitionerId, cohortId: e.cohortId });
    }
    if (needCertificate.length > 0) await this.issue(manager, curriculumId, needCertificate, actorId);
  }

  private async withdraw(manager: EntityManager, row: CompletionRow, actorId: string | null): Promise<void> {
    const revoked = await this.repository.revokeCertificatesOf(manager, row.id);
    for (const id of revoked) await this.audit.record(manager, { actorId, action: 'UPDATE', entity: 'certificate', entityId: id, subjectId: row.practitionerId, fields: ['revokedAt'] });
    await this.repository.deleteCompletion(manager, row.id);
    await this.audit.record(manager, { actorId, action: 'DELETE', entity: 'completion', entityId: row.id, subjectId: row.practitionerId });
  }

  private async issue(
    manager: EntityManager,
    curriculumId: string,
    items: readonly { completionId: string; completedAt: Date; practitionerId: string; cohortId: string }[],
    actorId: string | null,
  ): Promise<void> {
    const curriculum = await this.repository.curriculum(curriculumId, manager);
    const names = new Map((await this.repository.names([...new Set(items.map((i) => i.practitionerId))], manager)).map((p) => [p.id, p.displayName]));
    for (const item of items) {
      for (let attempt = 0; ; attempt++) {
        const code = certificateCodeFrom(randomBytes(CERTIFICATE_CODE_BYTES));
        const stored = await this.repository.insertCertificate(manager, {
          code,
          completionId: item.completionId,
          practitionerId: item.practitionerId,
          curriculumId,
          cohortId: item.cohortId,
          holderName: names.get(item.practitionerId) ?? '',
          curriculumTitle: curriculum?.title ?? '',
          completedAt: item.completedAt,
        });
        if (stored) {
          await this.audit.record(manager, { actorId, action: 'CREATE', entity: 'certificate', entityId: code, subjectId: item.practitionerId });
          break;
        }
        // 50 random bits: a collision is astronomically rare; never loop for ever.
        if (attempt >= 5) throw new Error('could not draw an unused certificate code');
      }
    }
  }
}
