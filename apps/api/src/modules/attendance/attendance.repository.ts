import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { LocalizedTextValue } from '../../graphql/localized-text.js';
import { AttendanceMethod, AttendanceStatus, CompletionRuleEntity, type AttendanceEntity } from './entities/attendance.entity.js';

/** A session with what the roster and the rules need about its cohort and module. */
export interface SessionRow {
  readonly id: string;
  readonly cohortId: string;
  readonly cohortName: string;
  readonly provinceCode: string;
  readonly curriculumId: string;
  readonly moduleTitle: LocalizedTextValue;
  readonly trainerIds: string[];
  readonly dates: string[];
  readonly startTime: string;
  readonly endTime: string;
  /** DRAFT until a coordinator publishes it; only published sessions are taught and counted. */
  readonly status: 'DRAFT' | 'PUBLISHED';
}

export interface CohortRow {
  readonly id: string;
  readonly name: string;
  readonly provinceCode: string;
  readonly curriculumId: string;
}

export interface PersonRow {
  readonly id: string;
  readonly displayName: string;
}

export interface MarkRow {
  readonly id: string;
  readonly sessionId: string;
  readonly sessionDate: string;
  readonly practitionerId: string;
  readonly status: AttendanceStatus;
  readonly method: AttendanceMethod;
  readonly markedAt: Date;
  readonly corrected: boolean;
}

export interface CorrectionRow {
  readonly id: string;
  readonly sessionDate: string;
  readonly practitionerName: string;
  readonly oldStatus: AttendanceStatus;
  readonly newStatus: AttendanceStatus;
  readonly reason: string | null;
  readonly correctedByName: string | null;
  readonly correctedAt: Date;
}

export interface CompletionRow {
  readonly id: string;
  readonly practitionerId: string;
  readonly cohortId: string;
  readonly completedAt: Date;
  readonly attendedMinutes: number;
  readonly requiredMinutes: number;
  readonly scheduledMinutes: number;
}

export interface CertificateRow {
  readonly id: string;
  readonly code: string;
  readonly completionId: string | null;
  readonly practitionerId: string;
  readonly curriculumId: string;
  readonly cohortId: string;
  readonly cohortName: string;
  readonly provinceCode: string;
  readonly holderName: string;
  readonly curriculumTitle: string;
  readonly completedAt: Date;
  readonly revokedAt: Date | null;
}

export interface NewCertificate {
  readonly code: string;
  readonly completionId: string;
  readonly practitionerId: string;
  readonly curriculumId: string;
  readonly cohortId: string;
  readonly holderName: string;
  readonly curriculumTitle: string;
  readonly completedAt: Date;
}

const SESSION_SELECT = `SELECT s.id, s.cohort_id AS "cohortId", c.name AS "cohortName", c.province_code AS "provinceCode",
        c.curriculum_id AS "curriculumId", m.title AS "moduleTitle", s.trainer_ids AS "trainerIds", s.dates,
        s.start_time AS "startTime", s.end_time AS "endTime", s.status
   FROM training_session s JOIN cohort c ON c.id = s.cohort_id JOIN training_module m ON m.id = s.module_id`;

const CERTIFICATE_SELECT = `SELECT t.id, t.code, t.completion_id AS "completionId", t.practitioner_id AS "practitionerId",
        t.curriculum_id AS "curriculumId", t.cohort_id AS "cohortId", c.name AS "cohortName", c.province_code AS "provinceCode",
        t.holder_name AS "holderName", t.curriculum_title AS "curriculumTitle", t.completed_at AS "completedAt", t.revoked_at AS "revokedAt"
   FROM certificate t JOIN cohort c ON c.id = t.cohort_id`;

/** pg returns arrays of uuid/text as arrays, PGlite too; dates of `date` columns as strings (see data-source). */
const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

/** The only file that talks to the database for attendance, completions and certificates. */
@Injectable()
export class AttendanceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  // ---- sessions, cohorts, people --------------------------------------------------------------
  async session(id: string, manager?: EntityManager): Promise<SessionRow | null> {
    const rows = await this.m(manager).query<SessionRow[]>(`${SESSION_SELECT} WHERE s.id = $1`, [id]);
    return rows[0] ?? null;
  }

  /** The published sessions of these cohorts: a draft is a proposal, not hours anyone is asked to attend. */
  publishedSessionsOfCohorts(cohortIds: readonly string[], manager?: EntityManager): Promise<SessionRow[]> {
    if (cohortIds.length === 0) return Promise.resolve([]);
    return this.m(manager).query<SessionRow[]>(`${SESSION_SELECT} WHERE s.cohort_id = ANY($1::uuid[]) AND s.status = 'PUBLISHED' ORDER BY s.dates[1], s.id`, [[...cohortIds]]);
  }

  async cohort(id: string, manager?: EntityManager): Promise<CohortRow | null> {
    const rows = await this.m(manager).query<CohortRow[]>(
      `SELECT id, name, province_code AS "provinceCode", curriculum_id AS "curriculumId" FROM cohort WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  cohortsOfCurriculum(curriculumId: string, manager?: EntityManager): Promise<CohortRow[]> {
    return this.m(manager).query<CohortRow[]>(
      `SELECT id, name, province_code AS "provinceCode", curriculum_id AS "curriculumId" FROM cohort WHERE curriculum_id = $1 ORDER BY created_at, id`,
      [curriculumId],
    );
  }

  async curriculum(id: string, manager?: EntityManager): Promise<{ id: string; title: string; provinceCodes: string[] } | null> {
    const rows = await this.m(manager).query<{ id: string; title: string; provinceCodes: string[] }[]>(
      `SELECT id, title, province_codes AS "provinceCodes" FROM curriculum WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Practitioners holding a seat (ENROLLED) in the cohort, by name. */
  seatedIn(cohortId: string, manager?: EntityManager): Promise<PersonRow[]> {
    return this.m(manager).query<PersonRow[]>(
      `SELECT u.id, u.display_name AS "displayName"
         FROM enrolment e JOIN app_user u ON u.id = e.practitioner_id
        WHERE e.cohort_id = $1 AND e.status = 'ENROLLED'
        ORDER BY u.display_name, u.id`,
      [cohortId],
    );
  }

  /** Seats (cohort, practitioner) in the given cohorts, optionally only for some people. */
  seats(cohortIds: readonly string[], practitionerIds: readonly string[] | null, manager?: EntityManager): Promise<{ cohortId: string; practitionerId: string }[]> {
    if (cohortIds.length === 0 || practitionerIds?.length === 0) return Promise.resolve([]);
    return this.m(manager).query(
      `SELECT cohort_id AS "cohortId", practitioner_id AS "practitionerId" FROM enrolment
        WHERE status = 'ENROLLED' AND cohort_id = ANY($1::uuid[]) AND ($2::uuid[] IS NULL OR practitioner_id = ANY($2::uuid[]))`,
      [[...cohortIds], practitionerIds ? [...practitionerIds] : null],
    );
  }

  names(ids: readonly string[], manager?: EntityManager): Promise<PersonRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.m(manager).query<PersonRow[]>(`SELECT id, display_name AS "displayName" FROM app_user WHERE id = ANY($1::uuid[])`, [[...ids]]);
  }

  // ---- marks ----------------------------------------------------------------------------------
  private async markRows(where: string, params: unknown[], manager?: EntityManager, lock = false): Promise<MarkRow[]> {
    const rows = await this.m(manager).query<(Omit<MarkRow, 'markedAt'> & { markedAt: Date | string })[]>(
      `SELECT a.id, a.session_id AS "sessionId", to_char(a.session_date, 'YYYY-MM-DD') AS "sessionDate", a.practitioner_id AS "practitionerId",
              a.status, a.method, a.marked_at AS "markedAt",
              EXISTS (SELECT 1 FROM attendance_correction k WHERE k.attendance_id = a.id) AS corrected
         FROM attendance a WHERE ${where}${lock ? ' FOR UPDATE OF a' : ''}`,
      params,
    );
    return rows.map((r) => ({ ...r, markedAt: asDate(r.markedAt) }));
  }

  marksOfDay(sessionId: string, sessionDate: string, manager?: EntityManager, lock = false): Promise<MarkRow[]> {
    return this.markRows(`a.session_id = $1 AND a.session_date = $2::date`, [sessionId, sessionDate], manager, lock);
  }

  async markOf(sessionId: string, sessionDate: string, practitionerId: string, manager?: EntityManager, lock = false): Promise<MarkRow | null> {
    const rows = await this.markRows(`a.session_id = $1 AND a.session_date = $2::date AND a.practitioner_id = $3`, [sessionId, sessionDate, practitionerId], manager, lock);
    return rows[0] ?? null;
  }

  /** Every mark on the sessions of these cohorts (optionally only some people's). */
  marksOfCohorts(cohortIds: readonly string[], practitionerIds: readonly string[] | null, manager?: EntityManager): Promise<MarkRow[]> {
    if (cohortIds.length === 0 || practitionerIds?.length === 0) return Promise.resolve([]);
    return this.markRows(
      `a.session_id IN (SELECT id FROM training_session WHERE cohort_id = ANY($1::uuid[])) AND ($2::uuid[] IS NULL OR a.practitioner_id = ANY($2::uuid[]))`,
      [[...cohortIds], practitionerIds ? [...practitionerIds] : null],
      manager,
    );
  }

  /** Inserts a mark unless one exists (a concurrent check-in); returns the new row's id, or null when one was there. */
  async insertMark(
    manager: EntityManager,
    mark: { sessionId: string; sessionDate: string; practitionerId: string; status: AttendanceStatus; method: AttendanceMethod; markedBy: string | null },
  ): Promise<string | null> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO attendance (session_id, session_date, practitioner_id, status, method, marked_by, marked_at)
       VALUES ($1, $2::date, $3, $4, $5, $6, now())
       ON CONFLICT (session_id, session_date, practitioner_id) DO NOTHING RETURNING id`,
      [mark.sessionId, mark.sessionDate, mark.practitionerId, mark.status, mark.method, mark.markedBy],
    );
    return rows[0]?.id ?? null;
  }

  /** Changes a mark and logs the change (old → new, who, why) in the same transaction. */
  async changeMark(
    manager: EntityManager,
    existing: Pick<AttendanceEntity, 'id' | 'status' | 'method'>,
    change: { status: AttendanceStatus; method: AttendanceMethod; by: string | null; reason: string | null },
  ): Promise<void> {
    await manager.query(`UPDATE attendance SET status = $2, method = $3, marked_by = $4, marked_at = now() WHERE id = $1`, [existing.id, change.status, change.method, change.by]);
    await manager.query(
      `INSERT INTO attendance_correction (attendance_id, old_status, new_status, old_method, reason, corrected_by, corrected_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())`,
      [existing.id, existing.status, change.status, existing.method, change.reason, change.by],
    );
  }

  async corrections(sessionId: string): Promise<CorrectionRow[]> {
    const rows = await this.m().query<(Omit<CorrectionRow, 'correctedAt'> & { correctedAt: Date | string })[]>(
      `SELECT k.id, to_char(a.session_date, 'YYYY-MM-DD') AS "sessionDate", p.display_name AS "practitionerName",
              k.old_status AS "oldStatus", k.new_status AS "newStatus", k.reason, b.display_name AS "correctedByName", k.corrected_at AS "correctedAt"
         FROM attendance_correction k
         JOIN attendance a ON a.id = k.attendance_id
         JOIN app_user p ON p.id = a.practitioner_id
         LEFT JOIN app_user b ON b.id = k.corrected_by
        WHERE a.session_id = $1
        ORDER BY k.corrected_at DESC, k.id`,
      [sessionId],
    );
    return rows.map((r) => ({ ...r, correctedAt: asDate(r.correctedAt) }));
  }

  // ---- batch receipts -------------------------------------------------------------------------
  /** Records a batch; false when this client batch id was already received (it is then not re-applied). */
  async receiveBatch(manager: EntityManager, receipt: { clientBatchId: string; sessionId: string; sessionDate: string; markedBy: string }): Promise<boolean> {
    const rows = await manager.query<{ client_batch_id: string }[]>(
      `INSERT INTO attendance_batch_receipt (client_batch_id, session_id, session_date, marked_by, received_at)
       VALUES ($1, $2, $3::date, $4, now()) ON CONFLICT (client_batch_id) DO NOTHING RETURNING client_batch_id`,
      [receipt.clientBatchId, receipt.sessionId, receipt.sessionDate, receipt.markedBy],
    );
    return rows.length === 1;
  }

  async batch(clientBatchId: string, manager?: EntityManager): Promise<{ sessionId: string; sessionDate: string } | null> {
    const rows = await this.m(manager).query<{ sessionId: string; sessionDate: string }[]>(
      `SELECT session_id AS "sessionId", to_char(session_date, 'YYYY-MM-DD') AS "sessionDate" FROM attendance_batch_receipt WHERE client_batch_id = $1`,
      [clientBatchId],
    );
    return rows[0] ?? null;
  }

  // ---- completion rules -----------------------------------------------------------------------
  rule(curriculumId: string, manager?: EntityManager): Promise<CompletionRuleEntity | null> {
    return this.m(manager).getRepository(CompletionRuleEntity).findOneBy({ curriculumId });
  }

  async saveRule(manager: EntityManager, rule: { curriculumId: string; minAttendancePercent: number; requiresPostAssessment: boolean; updatedBy: string }): Promise<void> {
    await manager.query(
      `INSERT INTO completion_rule (curriculum_id, min_attendance_percent, requires_post_assessment, updated_by, updated_at)
       VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (curriculum_id) DO UPDATE SET min_attendance_percent = EXCLUDED.min_attendance_percent,
         requires_post_assessment = EXCLUDED.requires_post_assessment, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [rule.curriculumId, rule.minAttendancePercent, rule.requiresPostAssessment, rule.updatedBy],
    );
  }

  /** Whether each person has a SELF re-assessment (competency_rating) for the curriculum: the "post-assessment". */
  /** When each of these people first submitted the curriculum's post-assessment (a self re-assessment). */
  async postAssessed(curriculumId: string, practitionerIds: readonly string[], manager?: EntityManager): Promise<Map<string, Date>> {
    if (practitionerIds.length === 0) return new Map();
    const rows = await this.m(manager).query<{ id: string; at: Date | string }[]>(
      `SELECT practitioner_id AS id, min(rated_at) AS at FROM competency_rating
        WHERE curriculum_id = $1 AND source = 'SELF' AND practitioner_id = ANY($2::uuid[]) GROUP BY practitioner_id`,
      [curriculumId, [...practitionerIds]],
    );
    return new Map(rows.map((r) => [r.id, asDate(r.at)]));
  }

  // ---- completions and certificates -----------------------------------------------------------
  async completions(curriculumId: string, practitionerIds: readonly string[] | null, manager?: EntityManager): Promise<CompletionRow[]> {
    if (practitionerIds?.length === 0) return [];
    const rows = await this.m(manager).query<(Omit<CompletionRow, 'completedAt'> & { completedAt: Date | string })[]>(
      `SELECT id, practitioner_id AS "practitionerId", cohort_id AS "cohortId", completed_at AS "completedAt",
              attended_minutes AS "attendedMinutes", required_minutes AS "requiredMinutes", scheduled_minutes AS "scheduledMinutes"
         FROM completion WHERE curriculum_id = $1 AND ($2::uuid[] IS NULL OR practitioner_id = ANY($2::uuid[]))`,
      [curriculumId, practitionerIds ? [...practitionerIds] : null],
    );
    return rows.map((r) => ({ ...r, completedAt: asDate(r.completedAt) }));
  }

  /** Inserts a completion; null when a concurrent transaction already did. */
  async insertCompletion(
    manager: EntityManager,
    c: { practitionerId: string; curriculumId: string; cohortId: string; completedAt: Date; attendedMinutes: number; requiredMinutes: number; scheduledMinutes: number },
  ): Promise<{ id: string; completedAt: Date } | null> {
    const rows = await manager.query<{ id: string; completedAt: Date | string }[]>(
      `INSERT INTO completion (practitioner_id, curriculum_id, cohort_id, completed_at, attended_minutes, required_minutes, scheduled_minutes)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (practitioner_id, cohort_id) DO NOTHING RETURNING id, completed_at AS "completedAt"`,
      [c.practitionerId, c.curriculumId, c.cohortId, c.completedAt, c.attendedMinutes, c.requiredMinutes, c.scheduledMinutes],
    );
    const row = rows[0];
    return row ? { id: row.id, completedAt: asDate(row.completedAt) } : null;
  }

  async updateCompletionFigures(manager: EntityManager, id: string, figures: { attendedMinutes: number; requiredMinutes: number; scheduledMinutes: number }): Promise<void> {
    await manager.query(`UPDATE completion SET attended_minutes = $2, required_minutes = $3, scheduled_minutes = $4 WHERE id = $1`, [
      id,
      figures.attendedMinutes,
      figures.requiredMinutes,
      figures.scheduledMinutes,
    ]);
  }

  async deleteCompletion(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM completion WHERE id = $1`, [id]);
  }

  async insertCertificate(manager: EntityManager, c: NewCertificate): Promise<boolean> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO certificate (code, completion_id, practitioner_id, curriculum_id, cohort_id, holder_name, curriculum_title, completed_at, issued_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now()) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [c.code, c.completionId, c.practitionerId, c.curriculumId, c.cohortId, c.holderName, c.curriculumTitle, c.completedAt],
    );
    return rows.length === 1;
  }

  /** Revokes the live certificates of a completion (before the completion row goes). */
  async revokeCertificatesOf(manager: EntityManager, completionId: string): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(`UPDATE certificate SET revoked_at = now() WHERE completion_id = $1 AND revoked_at IS NULL RETURNING id`, [completionId]);
    return rows.map((r) => r.id);
  }

  /** Live certificates of these completions, by completion id. */
  async liveCertificateCompletions(completionIds: readonly string[], manager?: EntityManager): Promise<Set<string>> {
    if (completionIds.length === 0) return new Set();
    const rows = await this.m(manager).query<{ completionId: string }[]>(
      `SELECT completion_id AS "completionId" FROM certificate WHERE completion_id = ANY($1::uuid[]) AND revoked_at IS NULL`,
      [[...completionIds]],
    );
    return new Set(rows.map((r) => r.completionId));
  }

  private async certificateRows(where: string, params: unknown[], manager?: EntityManager): Promise<CertificateRow[]> {
    const rows = await this.m(manager).query<(Omit<CertificateRow, 'completedAt' | 'revokedAt'> & { completedAt: Date | string; revokedAt: Date | string | null })[]>(
      `${CERTIFICATE_SELECT} WHERE ${where}`,
      params,
    );
    return rows.map((r) => ({ ...r, completedAt: asDate(r.completedAt), revokedAt: r.revokedAt === null ? null : asDate(r.revokedAt) }));
  }

  async certificate(code: string): Promise<CertificateRow | null> {
    return (await this.certificateRows(`t.code = $1`, [code]))[0] ?? null;
  }

  liveCertificatesOf(practitionerId: string): Promise<CertificateRow[]> {
    return this.certificateRows(`t.practitioner_id = $1 AND t.revoked_at IS NULL ORDER BY t.completed_at DESC, t.code`, [practitionerId]);
  }

  liveCertificatesOfCohort(cohortId: string): Promise<CertificateRow[]> {
    return this.certificateRows(`t.cohort_id = $1 AND t.revoked_at IS NULL`, [cohortId]);
  }

  /** Whether anyone in these cohorts has a trainer among the given user (for cohort-level rights). */
  async teachesCohort(userId: string, cohortId: string): Promise<boolean> {
    const rows = await this.m().query<{ one: number }[]>(`SELECT 1 AS one FROM training_session WHERE cohort_id = $1 AND $2 = ANY(trainer_ids) LIMIT 1`, [cohortId, userId]);
    return rows.length > 0;
  }

  /** Curricula a practitioner's completions or seats touch (for the demo and re-computation). */
  async seatedCurricula(practitionerId: string, manager?: EntityManager): Promise<string[]> {
    const rows = await this.m(manager).query<{ id: string }[]>(
      `SELECT DISTINCT c.curriculum_id AS id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE e.practitioner_id = $1 AND e.status = 'ENROLLED'`,
      [practitionerId],
    );
    return rows.map((r) => r.id);
  }

  /** Everyone the curriculum's rule concerns: seated in one of its cohorts, or holding a completion of it. */
  async peopleOfCurriculum(curriculumId: string, manager?: EntityManager): Promise<string[]> {
    const rows = await this.m(manager).query<{ id: string }[]>(
      `SELECT e.practitioner_id AS id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE c.curriculum_id = $1 AND e.status = 'ENROLLED'
       UNION SELECT practitioner_id FROM completion WHERE curriculum_id = $1`,
      [curriculumId],
    );
    return rows.map((r) => r.id);
  }
}
