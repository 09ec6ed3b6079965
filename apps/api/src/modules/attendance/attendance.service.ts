import { Inject, Injectable } from '@nestjs/common';
import { bangkokDateOf, normaliseCertificateCode, provinceScopeOf, scopeIncludes, type Actor } from '@ruamsang/domain';
import { Role, type Locale } from '@ruamsang/shared';
import QRCode from 'qrcode';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { LocalizedTextValue } from '../../graphql/localized-text.js';
import { AuditService } from '../privacy/audit.service.js';
import { AttendanceMessages } from './attendance.errors.js';
import { AttendanceRepository, type CertificateRow, type CohortRow, type CorrectionRow, type MarkRow, type SessionRow } from './attendance.repository.js';
import { signCheckInCode, verifyCheckInCode } from './check-in-code.js';
import { CompletionService } from './completion.service.js';
import type { CorrectAttendanceInput, MarkAttendanceInput, SetCompletionRuleInput } from './dto/attendance.input.js';
import { AttendanceMethod, AttendanceStatus } from './entities/attendance.entity.js';

export interface MarkView {
  readonly practitionerId: string;
  readonly practitionerName: string;
  readonly status: AttendanceStatus | null;
  readonly method: AttendanceMethod | null;
  readonly markedAt: Date | null;
  readonly corrected: boolean;
}

export interface RosterView {
  readonly sessionId: string;
  readonly sessionDate: string;
  readonly dates: string[];
  readonly moduleTitle: string;
  readonly cohortId: string;
  readonly cohortName: string;
  readonly provinceCode: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly marks: MarkView[];
}

export interface CheckInCodeView {
  readonly code: string;
  readonly checkInPath: string;
  readonly qrSvg: string;
  readonly validOn: string;
}

export interface CheckInView {
  readonly sessionId: string;
  readonly sessionDate: string;
  readonly moduleTitle: string;
  readonly cohortName: string;
  readonly status: AttendanceStatus;
  readonly alreadyMarked: boolean;
}

export interface RuleView {
  readonly curriculumId: string;
  readonly minAttendancePercent: number;
  readonly requiresPostAssessment: boolean;
}

export interface ProgressView {
  readonly practitionerId: string;
  readonly practitionerName: string;
  readonly scheduledMinutes: number;
  readonly attendedMinutes: number;
  readonly requiredMinutes: number;
  readonly attendancePercent: number;
  readonly postAssessmentSubmitted: boolean;
  readonly complete: boolean;
  readonly certificateCode: string | null;
}

export interface CertificateView {
  readonly code: string;
  readonly curriculumTitle: string;
  readonly completedAt: Date;
  readonly pdfUrl: string;
  readonly holderName: string;
  readonly cohortName: string;
}

/** What `/verify/<code>` answers for a live certificate, and nothing more. */
export interface Verification {
  readonly valid: true;
  readonly holder: string;
  readonly curriculum: string;
  readonly completedAt: string;
}

/** Written in the correction log when a QR check-in upgrades an ABSENT/EXCUSED mark. */
export const CHECK_IN_CORRECTION_REASON = 'เช็กอินด้วยคิวอาร์โค้ด (QR check-in)';

const ATTENDED = new Set([AttendanceStatus.PRESENT, AttendanceStatus.LATE]);
const localized = (title: LocalizedTextValue, locale: Locale): string => title[locale] || title.th;
export const certificatePath = (code: string): string => `/certificates/${code}.pdf`;

/**
 * Attendance per session day (the roster, corrections, QR check-in), the completion rule and
 * each cohort's progress, and certificates. Authorisation lives here: a session's attendance is
 * for its trainers, the coordinators of its province and administrators; check-in for the
 * practitioners seated in its cohort; a certificate for its holder and the same staff.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly repository: AttendanceRepository,
    private readonly completions: CompletionService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---- who may ---------------------------------------------------------------------------------
  private mayManageSession(actor: Actor, session: SessionRow): boolean {
    return actor.role === Role.ADMIN || scopeIncludes(provinceScopeOf(actor), session.provinceCode) || (actor.role === Role.TRAINER && session.trainerIds.includes(actor.id));
  }

  private async mayManageCohort(actor: Actor, cohort: Pick<CohortRow, 'id' | 'provinceCode'>): Promise<boolean> {
    if (actor.role === Role.ADMIN || scopeIncludes(provinceScopeOf(actor), cohort.provinceCode)) return true;
    return actor.role === Role.TRAINER && (await this.repository.teachesCohort(actor.id, cohort.id));
  }

  private async managedSession(actor: Actor, sessionId: string): Promise<SessionRow> {
    const session = await this.repository.session(sessionId);
    if (!session) throw DomainError.notFound(AttendanceMessages['attendance.sessionNotFound']);
    if (!this.mayManageSession(actor, session)) throw DomainError.forbidden(AttendanceMessages['attendance.notYourSession']);
    return session;
  }

  /** Attendance is taken on published sessions only; completion counts only those (see the repository). */
  private static published(session: SessionRow, field: string): void {
    if (session.status !== 'PUBLISHED') throw DomainError.badInput(field, AttendanceMessages['attendance.sessionDraft']);
  }

  private static dayOf(session: SessionRow, date: string, field: string, notAfterToday: boolean): string {
    if (!session.dates.includes(date)) throw DomainError.badInput(field, AttendanceMessages['attendance.dateNotInSession'], { dates: session.dates.join(', ') });
    const today = bangkokDateOf(new Date());
    if (notAfterToday && date > today) throw DomainError.badInput(field, AttendanceMessages['attendance.dateInFuture'], { date, today });
    return date;
  }

  // ---- the roster ------------------------------------------------------------------------------
  async roster(actor: Actor, sessionId: string, sessionDate: string, locale: Locale): Promise<RosterView> {
    const session = await this.managedSession(actor, sessionId);
    AttendanceService.dayOf(session, sessionDate, 'sessionDate', false);
    return this.rosterOf(session, sessionDate, locale);
  }

  private async rosterOf(session: SessionRow, sessionDate: string, locale: Locale, manager?: EntityManager): Promise<RosterView> {
    const people = await this.repository.seatedIn(session.cohortId, manager);
    const marks = await this.repository.marksOfDay(session.id, sessionDate, manager);
    const byPerson = new Map(marks.map((m) => [m.practitionerId, m]));
    return {
      sessionId: session.id,
      sessionDate,
      dates: session.dates,
      moduleTitle: localized(session.moduleTitle, locale),
      cohortId: session.cohortId,
      cohortName: session.cohortName,
      provinceCode: session.provinceCode,
      startTime: session.startTime,
      endTime: session.endTime,
      marks: people.map((p) => markView(p.id, p.displayName, byPerson.get(p.id) ?? null)),
    };
  }

  async corrections(actor: Actor, sessionId: string): Promise<CorrectionRow[]> {
    await this.managedSession(actor, sessionId);
    return this.repository.corrections(sessionId);
  }

  async markAttendance(actor: Actor, input: MarkAttendanceInput, locale: Locale): Promise<RosterView> {
    const session = await this.managedSession(actor, input.sessionId);
    AttendanceService.published(session, 'sessionId');
    AttendanceService.dayOf(session, input.sessionDate, 'sessionDate', true);
    const seen = new Set<string>();
    input.marks.forEach((m, i) => {
      if (seen.has(m.practitionerId)) throw DomainError.badInput(`marks.${i}.practitionerId`, AttendanceMessages['attendance.duplicatePractitioner']);
      seen.add(m.practitionerId);
    });
    return this.repository.transaction(async (manager) => {
      const fresh = await this.repository.receiveBatch(manager, { clientBatchId: input.clientBatchId, sessionId: session.id, sessionDate: input.sessionDate, markedBy: actor.id });
      if (!fresh) {
        const earlier = await this.repository.batch(input.clientBatchId, manager);
        if (earlier && (earlier.sessionId !== session.id || earlier.sessionDate !== input.sessionDate)) {
          throw DomainError.badInput('clientBatchId', AttendanceMessages['attendance.batchReused']);
        }
        return this.rosterOf(session, input.sessionDate, locale, manager);
      }
      const seated = new Set((await this.repository.seatedIn(session.cohortId, manager)).map((p) => p.id));
      input.marks.forEach((m, i) => {
        if (!seated.has(m.practitionerId)) throw DomainError.badInput(`marks.${i}.practitionerId`, AttendanceMessages['attendance.notSeated'], { cohort: session.cohortName });
      });
      const existing = new Map((await this.repository.marksOfDay(session.id, input.sessionDate, manager, true)).map((m) => [m.practitionerId, m]));
      const changed: string[] = [];
      for (const m of input.marks) {
        const applied = await this.apply(manager, session.id, input.sessionDate, m.practitionerId, m.status, AttendanceMethod.TRAINER, actor.id, null, existing.get(m.practitionerId) ?? null);
        if (applied !== 'UNCHANGED') {
          changed.push(m.practitionerId);
          await this.audit.record(manager, { actorId: actor.id, action: applied === 'CREATED' ? 'CREATE' : 'UPDATE', entity: 'attendance', entityId: session.id, subjectId: m.practitionerId, fields: ['status'] });
        }
      }
      if (changed.length > 0) await this.completions.recomputeMany(manager, session.curriculumId, changed, actor.id);
      return this.rosterOf(session, input.sessionDate, locale, manager);
    });
  }

  /** Sets one mark: inserts it, changes it (logging old → new), or leaves it as it is. */
  private async apply(
    manager: EntityManager,
    sessionId: string,
    sessionDate: string,
    practitionerId: string,
    status: AttendanceStatus,
    method: AttendanceMethod,
    by: string,
    reason: string | null,
    known: MarkRow | null,
  ): Promise<'CREATED' | 'CHANGED' | 'UNCHANGED'> {
    let current = known;
    if (!current) {
      const id = await this.repository.insertMark(manager, { sessionId, sessionDate, practitionerId, status, method, markedBy: by });
      if (id) return 'CREATED';
      // Someone (a check-in) marked them meanwhile: treat theirs as the existing mark.
      current = await this.repository.markOf(sessionId, sessionDate, practitionerId, manager, true);
      if (!current) throw new Error('attendance mark vanished during the transaction');
    }
    if (current.status === status) return 'UNCHANGED';
    await this.repository.changeMark(manager, current, { status, method, by, reason });
    return 'CHANGED';
  }

  async correctAttendance(actor: Actor, input: CorrectAttendanceInput): Promise<MarkView> {
    const session = await this.managedSession(actor, input.sessionId);
    AttendanceService.published(session, 'sessionId');
    AttendanceService.dayOf(session, input.sessionDate, 'sessionDate', true);
    const reason = input.reason.trim();
    if (reason.length < 3) throw DomainError.badInput('reason', AttendanceMessages['attendance.reasonBlank']);
    return this.repository.transaction(async (manager) => {
      const person = (await this.repository.seatedIn(session.cohortId, manager)).find((p) => p.id === input.practitionerId);
      if (!person) throw DomainError.badInput('practitionerId', AttendanceMessages['attendance.notSeated'], { cohort: session.cohortName });
      const current = await this.repository.markOf(session.id, input.sessionDate, input.practitionerId, manager, true);
      if (!current) throw DomainError.badInput('practitionerId', AttendanceMessages['attendance.nothingToCorrect']);
      if (current.status === input.status) throw DomainError.badInput('status', AttendanceMessages['attendance.sameStatus'], { status: current.status });
      await this.repository.changeMark(manager, current, { status: input.status, method: AttendanceMethod.TRAINER, by: actor.id, reason });
      await this.audit.record(manager, { actorId: actor.id, action: 'UPDATE', entity: 'attendance', entityId: current.id, subjectId: input.practitionerId, fields: ['status', 'reason'] });
      await this.completions.recompute(manager, input.practitionerId, session.curriculumId, actor.id);
      return markView(person.id, person.displayName, await this.repository.markOf(session.id, input.sessionDate, input.practitionerId, manager));
    });
  }

  // ---- QR check-in -----------------------------------------------------------------------------
  async checkInCode(actor: Actor, sessionId: string, sessionDate: string, origin: string): Promise<CheckInCodeView> {
    const session = await this.managedSession(actor, sessionId);
    AttendanceService.published(session, 'sessionId');
    AttendanceService.dayOf(session, sessionDate, 'sessionDate', false);
    const code = signCheckInCode(this.config.checkInSecret, session.id, sessionDate);
    const checkInPath = `/check-in/${code}`;
    const qrSvg = await QRCode.toString(`${this.config.publicWebUrl ?? origin}${checkInPath}`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { code, checkInPath, qrSvg, validOn: sessionDate };
  }

  async checkIn(actor: Actor, code: string, locale: Locale): Promise<CheckInView> {
    const signed = verifyCheckInCode(this.config.checkInSecret, code.trim());
    if (!signed) throw DomainError.badInput('code', AttendanceMessages['attendance.badCheckInCode']);
    const today = bangkokDateOf(new Date());
    if (signed.date !== today) throw DomainError.badInput('code', AttendanceMessages['attendance.checkInWrongDay'], { date: signed.date, today });
    const session = await this.repository.session(signed.sessionId);
    if (!session) throw DomainError.notFound(AttendanceMessages['attendance.sessionNotFound']);
    AttendanceService.published(session, 'code');
    AttendanceService.dayOf(session, signed.date, 'code', true);
    if (actor.role !== Role.PRACTITIONER) throw DomainError.forbidden(AttendanceMessages['attendance.checkInPractitionersOnly']);
    return this.repository.transaction(async (manager) => {
      const seated = (await this.repository.seatedIn(session.cohortId, manager)).some((p) => p.id === actor.id);
      if (!seated) throw DomainError.forbidden(AttendanceMessages['attendance.checkInPractitionersOnly']);
      const current = await this.repository.markOf(session.id, signed.date, actor.id, manager, true);
      const view = { sessionId: session.id, sessionDate: signed.date, moduleTitle: localized(session.moduleTitle, locale), cohortName: session.cohortName };
      if (current && ATTENDED.has(current.status)) return { ...view, status: current.status, alreadyMarked: true };
      const applied = await this.apply(
        manager,
        session.id,
        signed.date,
        actor.id,
        AttendanceStatus.PRESENT,
        AttendanceMethod.QR_CHECK_IN,
        actor.id,
        current ? CHECK_IN_CORRECTION_REASON : null,
        current,
      );
      await this.audit.record(manager, { actorId: actor.id, action: applied === 'CREATED' ? 'CREATE' : 'UPDATE', entity: 'attendance', entityId: session.id, subjectId: actor.id, fields: ['status'] });
      await this.completions.recompute(manager, actor.id, session.curriculumId, actor.id);
      return { ...view, status: AttendanceStatus.PRESENT, alreadyMarked: false };
    });
  }

  // ---- the completion rule and progress ---------------------------------------------------------
  async completionRule(curriculumId: string): Promise<RuleView> {
    if (!(await this.repository.curriculum(curriculumId))) throw DomainError.notFound(AttendanceMessages['attendance.curriculumNotFound']);
    return { curriculumId, ...(await this.completions.ruleOf(curriculumId)) };
  }

  async setCompletionRule(actor: Actor, input: SetCompletionRuleInput): Promise<RuleView> {
    if (actor.role === Role.PRACTITIONER) throw DomainError.forbidden(AttendanceMessages['attendance.rulesForStaff']);
    const curriculum = await this.repository.curriculum(input.curriculumId);
    if (!curriculum) throw DomainError.notFound(AttendanceMessages['attendance.curriculumNotFound']);
    // A coordinator answers for the curricula taught in one of their provinces (as for campaigns);
    // a curriculum with no province is national, for trainers and administrators.
    if (actor.role === Role.COORDINATOR && !curriculum.provinceCodes.some((code) => scopeIncludes(provinceScopeOf(actor), code))) {
      throw DomainError.forbidden(AttendanceMessages['attendance.ruleOutsideProvinces']);
    }
    return this.repository.transaction(async (manager) => {
      await this.repository.saveRule(manager, { ...input, updatedBy: actor.id });
      await this.audit.record(manager, { actorId: actor.id, action: 'UPDATE', entity: 'completion_rule', entityId: input.curriculumId, fields: ['minAttendancePercent', 'requiresPostAssessment'] });
      await this.completions.recomputeMany(manager, input.curriculumId, null, actor.id);
      return { curriculumId: input.curriculumId, minAttendancePercent: input.minAttendancePercent, requiresPostAssessment: input.requiresPostAssessment };
    });
  }

  async cohortProgress(actor: Actor, cohortId: string): Promise<ProgressView[]> {
    const cohort = await this.repository.cohort(cohortId);
    if (!cohort) throw DomainError.notFound(AttendanceMessages['attendance.cohortNotFound']);
    if (!(await this.mayManageCohort(actor, cohort))) throw DomainError.forbidden(AttendanceMessages['attendance.notYourCohort']);
    const [evaluations, people, certificates] = await Promise.all([
      this.completions.evaluate(cohort.curriculumId, [cohort], null),
      this.repository.seatedIn(cohort.id),
      this.repository.liveCertificatesOfCohort(cohort.id),
    ]);
    const byPerson = new Map(evaluations.map((e) => [e.practitionerId, e]));
    const codes = new Map(certificates.map((c) => [c.practitionerId, c.code]));
    return people.flatMap((p) => {
      const e = byPerson.get(p.id);
      if (!e) return [];
      return [
        {
          practitionerId: p.id,
          practitionerName: p.displayName,
          scheduledMinutes: e.scheduledMinutes,
          attendedMinutes: e.attendedMinutes,
          requiredMinutes: e.requiredMinutes,
          attendancePercent: e.attendancePercent,
          postAssessmentSubmitted: e.postAssessmentSubmitted,
          complete: e.complete,
          certificateCode: codes.get(p.id) ?? null,
        },
      ];
    });
  }

  // ---- certificates ----------------------------------------------------------------------------
  async myCertificates(actor: Actor): Promise<CertificateView[]> {
    return (await this.repository.liveCertificatesOf(actor.id)).map((c) => ({
      code: c.code,
      curriculumTitle: c.curriculumTitle,
      completedAt: c.completedAt,
      pdfUrl: certificatePath(c.code),
      holderName: c.holderName,
      cohortName: c.cohortName,
    }));
  }

  /** A live certificate the actor may download (the holder, the cohort's staff). */
  async certificateFor(actor: Actor, code: string): Promise<CertificateRow> {
    const normalised = normaliseCertificateCode(code);
    const certificate = normalised ? await this.repository.certificate(normalised) : null;
    if (!certificate || certificate.revokedAt) throw DomainError.notFound(AttendanceMessages['attendance.certificateNotFound']);
    if (certificate.practitionerId !== actor.id && !(await this.mayManageCohort(actor, { id: certificate.cohortId, provinceCode: certificate.provinceCode }))) {
      throw DomainError.forbidden(AttendanceMessages['attendance.notYourCertificate']);
    }
    return certificate;
  }

  /** The public answer for a code: null for unknown, malformed, forged or revoked codes. */
  async verify(code: string): Promise<Verification | null> {
    const normalised = normaliseCertificateCode(code);
    const certificate = normalised ? await this.repository.certificate(normalised) : null;
    if (!certificate || certificate.revokedAt) return null;
    return { valid: true, holder: certificate.holderName, curriculum: certificate.curriculumTitle, completedAt: certificate.completedAt.toISOString() };
  }
}

function markView(practitionerId: string, practitionerName: string, mark: MarkRow | null): MarkView {
  return {
    practitionerId,
    practitionerName,
    status: mark?.status ?? null,
    method: mark?.method ?? null,
    markedAt: mark?.markedAt ?? null,
    corrected: mark?.corrected ?? false,
  };
}
