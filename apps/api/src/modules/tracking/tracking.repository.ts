import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { AppUserEntity } from '../accounts/entities/app-user.entity.js';
import { CampaignEntity } from '../assessments/entities/campaign.entity.js';
import { CurriculumEntity } from '../curricula/entities/training-module.entity.js';
import { CohortEntity } from '../scheduling/entities/scheduling.entity.js';
import { CompetencyRatingEntity } from './entities/competency-rating.entity.js';

/** A needs-assessment rating of a signed-up practitioner (the "pre"). */
export interface PreRatingRow {
  readonly practitionerId: string;
  readonly provinceCode: string;
  readonly competencyCode: string;
  readonly target: number;
  readonly current: number;
}

/** A campaign rating as it appears in a person's history. */
export interface CampaignHistoryRow {
  readonly responseId: string;
  readonly campaignId: string;
  readonly campaignTitle: string;
  readonly frameworkId: string;
  readonly source: 'SELF' | 'IMPORTED';
  readonly competencyCode: string;
  readonly target: number;
  readonly current: number;
  readonly submittedAt: Date;
}

export interface SeatRow {
  readonly cohortId: string;
  readonly cohortName: string;
  readonly curriculumId: string;
  readonly provinceCode: string;
}

/** A practitioner's profile fields the dashboards group by. */
export interface PersonRow {
  readonly id: string;
  readonly provinceCode: string | null;
  readonly districtCode: string | null;
  readonly sector: string | null;
  readonly gender: string | null;
}

/** The only file that talks to the database for competency tracking. */
@Injectable()
export class TrackingRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  curriculum(id: string): Promise<CurriculumEntity | null> {
    return this.m().getRepository(CurriculumEntity).findOneBy({ id });
  }
  curriculaOfCampaign(campaignId: string): Promise<CurriculumEntity[]> {
    return this.m().getRepository(CurriculumEntity).find({ where: { campaignId }, order: { title: 'ASC', id: 'ASC' } });
  }
  curriculaByIds(ids: readonly string[]): Promise<CurriculumEntity[]> {
    return ids.length ? this.m().getRepository(CurriculumEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }
  campaign(id: string): Promise<CampaignEntity | null> {
    return this.m().getRepository(CampaignEntity).findOneBy({ id });
  }
  cohort(id: string): Promise<CohortEntity | null> {
    return this.m().getRepository(CohortEntity).findOneBy({ id });
  }
  cohortsByIds(ids: readonly string[]): Promise<CohortEntity[]> {
    return ids.length ? this.m().getRepository(CohortEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }
  users(ids: readonly string[]): Promise<AppUserEntity[]> {
    return ids.length ? this.m().getRepository(AppUserEntity).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** The competencies a curriculum's modules teach (their learning outcomes), each once. */
  async competencyCodesOfCurricula(curriculumIds: readonly string[]): Promise<Map<string, string[]>> {
    const result = new Map<string, string[]>(curriculumIds.map((id) => [id, []]));
    if (!curriculumIds.length) return result;
    const rows = await this.m().query<{ curriculum_id: string; code: string }[]>(
      `SELECT DISTINCT cm.curriculum_id, t->>'competencyCode' AS code
         FROM curriculum_module cm
         JOIN training_module m ON m.id = cm.module_id
         CROSS JOIN LATERAL jsonb_array_elements(m.competency_targets) t
        WHERE cm.curriculum_id = ANY($1::uuid[])`,
      [[...curriculumIds]],
    );
    for (const r of rows) result.get(r.curriculum_id)?.push(r.code);
    return result;
  }

  /** Seats (ENROLLED) the practitioner holds, with their cohort's curriculum. */
  seatsOf(practitionerId: string, manager?: EntityManager): Promise<SeatRow[]> {
    return this.m(manager).query<SeatRow[]>(
      `SELECT c.id AS "cohortId", c.name AS "cohortName", c.curriculum_id AS "curriculumId", c.province_code AS "provinceCode"
         FROM enrolment e JOIN cohort c ON c.id = e.cohort_id
        WHERE e.practitioner_id = $1 AND e.status = 'ENROLLED'
        ORDER BY c.created_at, c.id`,
      [practitionerId],
    );
  }

  /** Practitioners holding a seat in the cohort, by name. */
  enrolledIn(cohortId: string): Promise<{ id: string; displayName: string }[]> {
    return this.m().query(
      `SELECT u.id, u.display_name AS "displayName"
         FROM enrolment e JOIN app_user u ON u.id = e.practitioner_id
        WHERE e.cohort_id = $1 AND e.status = 'ENROLLED'
        ORDER BY u.display_name, u.id`,
      [cohortId],
    );
  }

  async isEnrolled(cohortId: string, practitionerId: string, manager?: EntityManager): Promise<boolean> {
    const rows = await this.m(manager).query<unknown[]>(`SELECT 1 FROM enrolment WHERE cohort_id = $1 AND practitioner_id = $2 AND status = 'ENROLLED'`, [cohortId, practitionerId]);
    return rows.length > 0;
  }

  /** Whether the trainer teaches at least one session of the cohort. */
  async teaches(trainerId: string, cohortId: string): Promise<boolean> {
    const rows = await this.m().query<unknown[]>(`SELECT 1 FROM training_session WHERE cohort_id = $1 AND $2::uuid = ANY(trainer_ids) LIMIT 1`, [cohortId, trainerId]);
    return rows.length > 0;
  }

  /** Pre ratings in a campaign of people with an account (paper responses have no one to pair with). */
  preRatings(campaignId: string, practitionerIds?: readonly string[]): Promise<PreRatingRow[]> {
    const only = practitionerIds ? 'AND r.respondent_id = ANY($2::uuid[])' : '';
    return this.m().query<PreRatingRow[]>(
      `SELECT DISTINCT ON (r.respondent_id, rt.competency_code)
              r.respondent_id AS "practitionerId", r.province_code AS "provinceCode", rt.competency_code AS "competencyCode", rt.target, rt.current
         FROM assessment_response r JOIN rating rt ON rt.response_id = r.id
        WHERE r.campaign_id = $1 AND r.respondent_id IS NOT NULL ${only}
        ORDER BY r.respondent_id, rt.competency_code, r.submitted_at DESC, r.id`,
      practitionerIds ? [campaignId, [...practitionerIds]] : [campaignId],
    );
  }

  /** Post ratings stored against these curricula. */
  postRatings(curriculumIds: readonly string[], practitionerIds?: readonly string[]): Promise<CompetencyRatingEntity[]> {
    if (!curriculumIds.length) return Promise.resolve([]);
    return this.m()
      .getRepository(CompetencyRatingEntity)
      .find({
        where: { curriculumId: In([...curriculumIds]), ...(practitionerIds ? { practitionerId: In([...practitionerIds]) } : {}) },
        order: { ratedAt: 'ASC', createdAt: 'ASC', id: 'ASC' },
      });
  }

  // ---- a person's history ---------------------------------------------------------------------
  campaignHistory(practitionerId: string): Promise<CampaignHistoryRow[]> {
    return this.m().query<CampaignHistoryRow[]>(
      `SELECT r.id AS "responseId", c.id AS "campaignId", c.title AS "campaignTitle", c.framework_id AS "frameworkId", r.source,
              rt.competency_code AS "competencyCode", rt.target, rt.current, r.submitted_at AS "submittedAt"
         FROM assessment_response r JOIN rating rt ON rt.response_id = r.id JOIN campaign c ON c.id = r.campaign_id
        WHERE r.respondent_id = $1`,
      [practitionerId],
    );
  }
  trackingHistory(practitionerId: string): Promise<CompetencyRatingEntity[]> {
    return this.m().getRepository(CompetencyRatingEntity).find({ where: { practitionerId }, order: { ratedAt: 'DESC', createdAt: 'DESC', id: 'ASC' } });
  }
  /** Competency names by code, from the frameworks of these campaigns (latest framework wins). */
  async competencyNames(frameworkIds: readonly string[]): Promise<{ code: string; name: Record<string, string> }[]> {
    if (!frameworkIds.length) return [];
    return this.m().query(`SELECT code, name FROM competency WHERE framework_id = ANY($1::uuid[]) ORDER BY position`, [[...frameworkIds]]);
  }

  // ---- writes (append-only) -------------------------------------------------------------------
  ratingsOfSubmission(clientSubmissionId: string, manager: EntityManager): Promise<CompetencyRatingEntity[]> {
    return manager.getRepository(CompetencyRatingEntity).find({ where: { clientSubmissionId }, order: { competencyCode: 'ASC' } });
  }
  async insertRatings(manager: EntityManager, rows: Partial<CompetencyRatingEntity>[]): Promise<CompetencyRatingEntity[]> {
    const repo = manager.getRepository(CompetencyRatingEntity);
    return repo.save(rows.map((r) => repo.create(r)));
  }
  /** Serialises submissions that share an idempotency key (a retry racing the first send). */
  async lockSubmission(manager: EntityManager, clientSubmissionId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1::text, 7))`, [clientSubmissionId]);
  }

  // ---- dashboards -----------------------------------------------------------------------------
  people(ids: readonly string[]): Promise<PersonRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.m().query<PersonRow[]>(
      `SELECT id, province_code AS "provinceCode", district_code AS "districtCode", sector, gender FROM app_user WHERE id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }
  /** Everyone who answered the campaign with an account. */
  async assessed(campaignId: string): Promise<string[]> {
    const rows = await this.m().query<{ id: string }[]>(`SELECT DISTINCT respondent_id AS id FROM assessment_response WHERE campaign_id = $1 AND respondent_id IS NOT NULL`, [campaignId]);
    return rows.map((r) => r.id);
  }
  /** People holding a seat in a cohort of the curriculum. */
  async enrolledInCurriculum(curriculumId: string): Promise<string[]> {
    const rows = await this.m().query<{ id: string }[]>(
      `SELECT DISTINCT e.practitioner_id AS id FROM enrolment e JOIN cohort c ON c.id = e.cohort_id WHERE c.curriculum_id = $1 AND e.status = 'ENROLLED'`,
      [curriculumId],
    );
    return rows.map((r) => r.id);
  }
  /** People who attended (PRESENT or LATE, as the completion rule counts them) at least one session day of the curriculum. */
  async attendedCurriculum(curriculumId: string): Promise<string[]> {
    const rows = await this.m().query<{ id: string }[]>(
      `SELECT DISTINCT a.practitioner_id AS id
         FROM attendance a JOIN training_session s ON s.id = a.session_id JOIN cohort c ON c.id = s.cohort_id
        WHERE c.curriculum_id = $1 AND a.status IN ('PRESENT', 'LATE')`,
      [curriculumId],
    );
    return rows.map((r) => r.id);
  }
  /** People who completed the curriculum. */
  async completedCurriculum(curriculumId: string): Promise<string[]> {
    const rows = await this.m().query<{ id: string }[]>(`SELECT DISTINCT practitioner_id AS id FROM completion WHERE curriculum_id = $1`, [curriculumId]);
    return rows.map((r) => r.id);
  }
}

