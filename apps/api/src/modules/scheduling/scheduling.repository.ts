import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AppUserEntity } from '../accounts/entities/app-user.entity.js';
import { CurriculumEntity, CurriculumModuleEntity, ModulePrerequisiteEntity, TrainingModuleEntity } from '../curricula/entities/training-module.entity.js';
import {
  CalendarTokenEntity,
  CohortEntity,
  EnrolmentEntity,
  EnrolmentStatus,
  ProvinceCalendarRuleEntity,
  SessionStatus,
  TrainerProfileEntity,
  TrainingSessionEntity,
  VenueEntity,
} from './entities/scheduling.entity.js';

/** Ordered modules of a curriculum with their prerequisite edges. */
export interface CurriculumPlanRow {
  readonly curriculumId: string;
  readonly modules: readonly TrainingModuleEntity[];
  readonly prerequisites: readonly { moduleId: string; prerequisiteId: string }[];
}

@Injectable()
export class SchedulingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  // ---- venues, trainers, rules -----------------------------------------------------------------
  venues(provinceCode?: string | null): Promise<VenueEntity[]> {
    return this.m().getRepository(VenueEntity).find({ where: provinceCode ? { provinceCode } : {}, order: { provinceCode: 'ASC', name: 'ASC', id: 'ASC' } });
  }
  venue(id: string): Promise<VenueEntity | null> {
    return this.m().getRepository(VenueEntity).findOneBy({ id });
  }
  venuesByIds(ids: readonly string[]): Promise<VenueEntity[]> {
    return ids.length ? this.m().getRepository(VenueEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }
  saveVenue(venue: Partial<VenueEntity>, manager?: EntityManager): Promise<VenueEntity> {
    return this.m(manager).getRepository(VenueEntity).save(venue);
  }
  trainers(): Promise<TrainerProfileEntity[]> {
    return this.m().getRepository(TrainerProfileEntity).find({ order: { userId: 'ASC' } });
  }
  trainer(userId: string): Promise<TrainerProfileEntity | null> {
    return this.m().getRepository(TrainerProfileEntity).findOneBy({ userId });
  }
  saveTrainer(profile: Partial<TrainerProfileEntity>, manager?: EntityManager): Promise<TrainerProfileEntity> {
    return this.m(manager).getRepository(TrainerProfileEntity).save(profile);
  }
  users(ids: readonly string[]): Promise<AppUserEntity[]> {
    return ids.length ? this.m().getRepository(AppUserEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }
  user(id: string, manager?: EntityManager): Promise<AppUserEntity | null> {
    return this.m(manager).getRepository(AppUserEntity).findOneBy({ id });
  }
  rules(provinceCodes?: readonly string[]): Promise<ProvinceCalendarRuleEntity[]> {
    return this.m()
      .getRepository(ProvinceCalendarRuleEntity)
      .find({ where: provinceCodes ? { provinceCode: In([...provinceCodes]) } : {}, order: { provinceCode: 'ASC' } });
  }
  saveRules(rules: Partial<ProvinceCalendarRuleEntity>): Promise<ProvinceCalendarRuleEntity> {
    return this.m().getRepository(ProvinceCalendarRuleEntity).save(rules);
  }

  // ---- cohorts and curricula ---------------------------------------------------------------
  cohorts(filter: { provinceCode?: string | null; curriculumId?: string | null } = {}): Promise<CohortEntity[]> {
    const where: Record<string, string> = {};
    if (filter.provinceCode) where['provinceCode'] = filter.provinceCode;
    if (filter.curriculumId) where['curriculumId'] = filter.curriculumId;
    return this.m().getRepository(CohortEntity).find({ where, order: { provinceCode: 'ASC', name: 'ASC', id: 'ASC' } });
  }
  cohortsByIds(ids: readonly string[], manager?: EntityManager): Promise<CohortEntity[]> {
    return ids.length ? this.m(manager).getRepository(CohortEntity).find({ where: { id: In([...ids]) }, order: { id: 'ASC' } }) : Promise.resolve([]);
  }
  cohort(id: string, manager?: EntityManager): Promise<CohortEntity | null> {
    return this.m(manager).getRepository(CohortEntity).findOneBy({ id });
  }
  saveCohort(cohort: Partial<CohortEntity>, manager?: EntityManager): Promise<CohortEntity> {
    return this.m(manager).getRepository(CohortEntity).save(cohort);
  }
  curriculum(id: string): Promise<CurriculumEntity | null> {
    return this.m().getRepository(CurriculumEntity).findOneBy({ id });
  }
  curriculaByIds(ids: readonly string[]): Promise<CurriculumEntity[]> {
    return ids.length ? this.m().getRepository(CurriculumEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }
  async curriculumPlans(curriculumIds: readonly string[]): Promise<CurriculumPlanRow[]> {
    if (!curriculumIds.length) return [];
    const links = await this.m()
      .getRepository(CurriculumModuleEntity)
      .find({ where: { curriculumId: In([...curriculumIds]) }, order: { curriculumId: 'ASC', position: 'ASC' } });
    const moduleIds = [...new Set(links.map((l) => l.moduleId))];
    const modules = moduleIds.length ? await this.m().getRepository(TrainingModuleEntity).findBy({ id: In(moduleIds) }) : [];
    const byId = new Map(modules.map((m) => [m.id, m]));
    const prerequisites = moduleIds.length ? await this.m().getRepository(ModulePrerequisiteEntity).findBy({ moduleId: In(moduleIds) }) : [];
    return curriculumIds.map((curriculumId) => {
      const ordered = links.filter((l) => l.curriculumId === curriculumId).flatMap((l) => byId.get(l.moduleId) ?? []);
      const inside = new Set(ordered.map((m) => m.id));
      return {
        curriculumId,
        modules: ordered,
        prerequisites: prerequisites.filter((p) => inside.has(p.moduleId) && inside.has(p.prerequisiteId)).map((p) => ({ moduleId: p.moduleId, prerequisiteId: p.prerequisiteId })),
      };
    });
  }
  modulesByIds(ids: readonly string[]): Promise<TrainingModuleEntity[]> {
    return ids.length ? this.m().getRepository(TrainingModuleEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  // ---- sessions ------------------------------------------------------------------------------
  sessions(filter: { cohortIds?: readonly string[]; status?: SessionStatus; ids?: readonly string[] } = {}, manager?: EntityManager): Promise<TrainingSessionEntity[]> {
    const q = this.m(manager).getRepository(TrainingSessionEntity).createQueryBuilder('s');
    if (filter.cohortIds) q.andWhere('s.cohort_id IN (:...cohortIds)', { cohortIds: filter.cohortIds.length ? filter.cohortIds : ['00000000-0000-0000-0000-000000000000'] });
    if (filter.ids) q.andWhere('s.id IN (:...ids)', { ids: filter.ids.length ? filter.ids : ['00000000-0000-0000-0000-000000000000'] });
    if (filter.status) q.andWhere('s.status = :status', { status: filter.status });
    return q.orderBy('s.dates[1]', 'ASC').addOrderBy('s.start_time', 'ASC').addOrderBy('s.id', 'ASC').getMany();
  }
  async sessionsInProvince(provinceCode: string, status: SessionStatus): Promise<TrainingSessionEntity[]> {
    return this.m()
      .getRepository(TrainingSessionEntity)
      .createQueryBuilder('s')
      .innerJoin(CohortEntity, 'c', 'c.id = s.cohort_id')
      .where('c.province_code = :provinceCode AND s.status = :status', { provinceCode, status })
      .orderBy('s.dates[1]', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }
  async sessionsOfUser(userId: string, status?: SessionStatus): Promise<TrainingSessionEntity[]> {
    const q = this.m()
      .getRepository(TrainingSessionEntity)
      .createQueryBuilder('s')
      .where(
        `(:userId = ANY(s.trainer_ids) OR s.cohort_id IN (SELECT e.cohort_id FROM enrolment e WHERE e.practitioner_id = :userId AND e.status = '${EnrolmentStatus.ENROLLED}'))`,
        { userId },
      );
    if (status) q.andWhere('s.status = :status', { status });
    return q.orderBy('s.dates[1]', 'ASC').addOrderBy('s.id', 'ASC').getMany();
  }
  async replaceDrafts(cohortIds: readonly string[], sessions: readonly Partial<TrainingSessionEntity>[], manager: EntityManager): Promise<TrainingSessionEntity[]> {
    if (cohortIds.length) await manager.getRepository(TrainingSessionEntity).delete({ cohortId: In([...cohortIds]), status: SessionStatus.DRAFT });
    return sessions.length ? manager.getRepository(TrainingSessionEntity).save(sessions.map((s) => manager.getRepository(TrainingSessionEntity).create(s))) : [];
  }
  saveSession(session: TrainingSessionEntity, manager?: EntityManager): Promise<TrainingSessionEntity> {
    return this.m(manager).getRepository(TrainingSessionEntity).save(session);
  }
  async publish(ids: readonly string[], manager?: EntityManager): Promise<void> {
    if (ids.length) await this.m(manager).getRepository(TrainingSessionEntity).update({ id: In([...ids]) }, { status: SessionStatus.PUBLISHED });
  }
  /** The days of a session on which attendance has been recorded, oldest first. */
  async markedDays(sessionId: string, manager?: EntityManager): Promise<string[]> {
    const rows: { day: string }[] = await this.m(manager).query(
      `SELECT DISTINCT to_char(session_date, 'YYYY-MM-DD') AS day FROM attendance WHERE session_id = $1 ORDER BY day`,
      [sessionId],
    );
    return rows.map((r) => r.day);
  }

  // ---- enrolment -----------------------------------------------------------------------------
  /** Takes the cohort row lock: enrolments and withdrawals of one cohort run one at a time. */
  async hasCompleted(cohortId: string, practitionerId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query('SELECT 1 FROM completion WHERE cohort_id = $1 AND practitioner_id = $2', [cohortId, practitionerId]);
    return rows.length > 0;
  }
  async lockCohort(manager: EntityManager, cohortId: string): Promise<CohortEntity | null> {
    const rows: { id: string }[] = await manager.query('SELECT id FROM cohort WHERE id = $1 FOR UPDATE', [cohortId]);
    return rows.length ? manager.getRepository(CohortEntity).findOneBy({ id: cohortId }) : null;
  }
  enrolment(cohortId: string, practitionerId: string, manager?: EntityManager): Promise<EnrolmentEntity | null> {
    return this.m(manager).getRepository(EnrolmentEntity).findOneBy({ cohortId, practitionerId });
  }
  enrolmentsOfCohort(cohortId: string, manager?: EntityManager): Promise<EnrolmentEntity[]> {
    return this.m(manager).getRepository(EnrolmentEntity).find({ where: { cohortId }, order: { queuedAt: 'ASC', id: 'ASC' } });
  }
  enrolmentsOfPractitioner(practitionerId: string): Promise<EnrolmentEntity[]> {
    return this.m().getRepository(EnrolmentEntity).find({ where: { practitionerId }, order: { queuedAt: 'ASC', id: 'ASC' } });
  }
  async enrolmentsOfCohorts(cohortIds: readonly string[]): Promise<EnrolmentEntity[]> {
    return cohortIds.length ? this.m().getRepository(EnrolmentEntity).find({ where: { cohortId: In([...cohortIds]) }, order: { queuedAt: 'ASC', id: 'ASC' } }) : [];
  }
  insertEnrolment(manager: EntityManager, row: Partial<EnrolmentEntity>): Promise<EnrolmentEntity> {
    return manager.getRepository(EnrolmentEntity).save(manager.getRepository(EnrolmentEntity).create(row));
  }
  async deleteEnrolment(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(EnrolmentEntity).delete({ id });
  }
  async promote(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(EnrolmentEntity).update({ id }, { status: EnrolmentStatus.ENROLLED });
  }

  /** Target − current per competency from the practitioner's latest self-assessment. */
  async latestGaps(practitionerId: string): Promise<Map<string, number>> {
    const rows: { competency_code: string; target: number; current: number }[] = await this.m().query(
      `SELECT r.competency_code, r.target, r.current FROM rating r
        WHERE r.response_id = (SELECT id FROM assessment_response WHERE respondent_id = $1 ORDER BY submitted_at DESC, id DESC LIMIT 1)`,
      [practitionerId],
    );
    return new Map(rows.map((r) => [r.competency_code, Math.max(0, Number(r.target) - Number(r.current))]));
  }

  // ---- calendar tokens -----------------------------------------------------------------------
  async saveToken(userId: string, tokenHash: string): Promise<void> {
    await this.m().getRepository(CalendarTokenEntity).delete({ userId });
    await this.m().getRepository(CalendarTokenEntity).insert({ userId, tokenHash });
  }
  tokenByHash(tokenHash: string): Promise<CalendarTokenEntity | null> {
    return this.m().getRepository(CalendarTokenEntity).findOneBy({ tokenHash });
  }
}
