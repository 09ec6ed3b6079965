import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor } from '@ruamsang/domain';
import { Role, TeachingLanguage } from '@ruamsang/shared';
import type { DataSource } from 'typeorm';
import { AppUserEntity } from '../../modules/accounts/entities/app-user.entity.js';
import { AttendanceService } from '../../modules/attendance/attendance.service.js';
import { AttendanceStatus } from '../../modules/attendance/entities/attendance.entity.js';
import { CurriculumEntity, TrainingModuleEntity } from '../../modules/curricula/entities/training-module.entity.js';
import { CohortEntity, SessionStatus, TrainingSessionEntity, VenueEntity } from '../../modules/scheduling/entities/scheduling.entity.js';
import { SchedulingService } from '../../modules/scheduling/scheduling.service.js';
import { TrackingService } from '../../modules/tracking/tracking.service.js';
import { SeededRandom } from './seeded-random.js';

const DEMO_DOMAIN = 'demo.ruamsang.org';

/** The pilot cohort: the second demo curriculum, held in Pattani in August 2026 (before the planned schedule). */
export const DEMO_PILOT_COHORT = 'วิทยากรอาหารปลอดภัยฮาลาลและประมงพื้นบ้าน รุ่นนำร่อง ปัตตานี';
/** Module → its days (weekdays, no Thai public holiday) and hours per day. */
const PILOT_SESSIONS: readonly { module: string; dates: string[]; start: string; end: string }[] = [
  { module: 'FAC-101', dates: ['2026-08-03', '2026-08-04'], start: '09:00', end: '15:00' },
  { module: 'HAL-101', dates: ['2026-08-05', '2026-08-06'], start: '09:00', end: '15:00' },
  { module: 'FSH-201', dates: ['2026-08-10', '2026-08-11'], start: '09:00', end: '14:00' },
  { module: 'FAC-201', dates: ['2026-08-17', '2026-08-18'], start: '09:00', end: '13:00' },
];
/** Days each pilot participant (after the demo practitioner, in e-mail order) missed, by index into the 8 days. */
const MISSED: readonly (readonly number[])[] = [[], [7], [2], [], [0, 3], [6, 7], [5], [1, 4, 6], [], [3], [0, 1, 2, 3, 4]];
/** Who, having attended enough, does not send the post-assessment (so they are not complete under the rule). */
const NO_POST_ASSESSMENT = 9;

/**
 * The pilot cohort of the demo: sessions in the past, attendance marked by the trainer through
 * AttendanceService (one batch per day, a correction with a reason), a completion rule asking for
 * the post-assessment, and the participants' self re-assessments through TrackingService — so
 * completions and certificates are computed by CompletionService, never written by hand. The
 * demo practitioner attends every day and completes. Idempotent: nothing happens once the pilot
 * cohort exists.
 */
@Injectable()
export class DemoAttendanceSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scheduling: SchedulingService,
    private readonly attendance: AttendanceService,
    private readonly tracking: TrackingService,
  ) {}

  async seed(): Promise<void> {
    if (await this.dataSource.getRepository(CohortEntity).existsBy({ name: DEMO_PILOT_COHORT })) return;
    const started = Date.now();
    const users = this.dataSource.getRepository(AppUserEntity);
    const [admin, trainer, demo] = await Promise.all(['admin', 'trainer', 'practitioner'].map((who) => users.findOneBy({ email: `${who}@${DEMO_DOMAIN}` })));
    const curricula = await this.dataSource.getRepository(CurriculumEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    const curriculum = curricula[1];
    const venue = await this.dataSource.getRepository(VenueEntity).findOneBy({ provinceCode: '94', name: 'ศูนย์การเรียนรู้ชุมชนบ้านตะโละ' });
    if (!admin || !trainer || !demo || !curriculum || !venue) return;
    const asAdmin: Actor = { id: admin.id, role: Role.ADMIN, managedProvinceCodes: [] };
    const asTrainer: Actor = { id: trainer.id, role: Role.TRAINER, managedProvinceCodes: [] };

    const cohort = await this.dataSource.getRepository(CohortEntity).save({
      name: DEMO_PILOT_COHORT,
      curriculumId: curriculum.id,
      provinceCode: '94',
      teachingLanguage: TeachingLanguage.THAI,
      capacity: 15,
    });
    const modules = await this.dataSource.getRepository(TrainingModuleEntity).find();
    const sessions: TrainingSessionEntity[] = [];
    for (const s of PILOT_SESSIONS) {
      const module = modules.find((m) => m.code === s.module);
      if (!module) return;
      sessions.push(
        await this.dataSource.getRepository(TrainingSessionEntity).save({
          cohortId: cohort.id,
          moduleId: module.id,
          venueId: venue.id,
          trainerIds: [trainer.id],
          dates: s.dates,
          startTime: s.start,
          endTime: s.end,
          status: SessionStatus.PUBLISHED,
        }),
      );
    }

    // Participants: the demo practitioner and Pattani practitioners with no place in another cohort of the curriculum.
    const taken = new Set(
      (
        await this.dataSource.query<{ id: string }[]>(`SELECT e.practitioner_id AS id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE c.curriculum_id = $1`, [curriculum.id])
      ).map((r) => r.id),
    );
    const locals = (await users.find({ where: { role: Role.PRACTITIONER, provinceCode: '94' }, order: { email: 'ASC' } })).filter((p) => p.id !== demo.id && !taken.has(p.id));
    const people = [demo, ...locals.slice(0, MISSED.length)];
    for (const p of people) await this.scheduling.enrol(asAdmin, { cohortId: cohort.id, practitionerId: p.id });

    await this.attendance.setCompletionRule(asAdmin, { curriculumId: curriculum.id, minAttendancePercent: 80, requiresPostAssessment: true });

    // One roster batch per day, as the trainer would send them.
    const random = new SeededRandom(2026_08);
    const days = sessions.flatMap((s) => s.dates.map((date) => ({ session: s, date })));
    for (const [dayIndex, { session, date }] of days.entries()) {
      const marks = people.map((p, i) => {
        const missed = i > 0 && (MISSED[i - 1] ?? []).includes(dayIndex);
        const status = missed ? (random.chance(0.3) ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT) : random.chance(0.1) && i > 0 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
        // The demo practitioner was once late, and once first marked absent by mistake (corrected below).
        return { practitionerId: p.id, status: i === 0 && dayIndex === 2 ? AttendanceStatus.LATE : i === 0 && dayIndex === 5 ? AttendanceStatus.ABSENT : status };
      });
      await this.attendance.markAttendance(asTrainer, { clientBatchId: randomUUID(), sessionId: session.id, sessionDate: date, marks }, 'th');
    }
    const [dayOfCorrection] = days.slice(5, 6);
    if (dayOfCorrection) {
      await this.attendance.correctAttendance(asTrainer, {
        sessionId: dayOfCorrection.session.id,
        sessionDate: dayOfCorrection.date,
        practitionerId: demo.id,
        status: AttendanceStatus.PRESENT,
        reason: 'มีชื่อในใบลงชื่อกระดาษ บันทึกขาดเรียนผิดคน',
      });
    }

    // Post-assessments: everyone who attended enough (but one) re-rates the curriculum's competencies.
    const progress = await this.attendance.cohortProgress(asAdmin, cohort.id);
    let reassessed = 0;
    for (const [i, p] of people.entries()) {
      const row = progress.find((r) => r.practitionerId === p.id);
      if (!row || row.attendedMinutes < row.requiredMinutes || i === NO_POST_ASSESSMENT + 1) continue;
      const actor: Actor = { id: p.id, role: Role.PRACTITIONER, managedProvinceCodes: [] };
      const form = (await this.tracking.reassessments(actor, 'th')).find((r) => r.curriculumId === curriculum.id);
      if (!form || form.competencies.length === 0) continue;
      const ratings = form.competencies.map((c) => {
        const pre = c.preCurrent ?? 2;
        return { competencyCode: c.code, level: Math.min(5, pre + random.pick([0, 1, 1, 1, 2])), target: c.preTarget ?? undefined };
      });
      await this.tracking.submitReassessment(actor, { curriculumId: curriculum.id, clientSubmissionId: randomUUID(), ratings }, 'th');
      reassessed += 1;
    }
    const complete = (await this.attendance.cohortProgress(asAdmin, cohort.id)).filter((r) => r.complete).length;
    this.logger.log(`Demo attendance: ${days.length} days for ${people.length} people, ${reassessed} post-assessments, ${complete} complete (${Date.now() - started} ms)`);
  }
}
