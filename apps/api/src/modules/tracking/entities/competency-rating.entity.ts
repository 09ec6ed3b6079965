import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUserEntity } from '../../accounts/entities/app-user.entity.js';
import { CurriculumEntity } from '../../curricula/entities/training-module.entity.js';
import { CohortEntity } from '../../scheduling/entities/scheduling.entity.js';

/** Where a competency rating came from. */
export enum CompetencyRatingSource {
  /** The practitioner re-rated themselves. */
  SELF = 'SELF',
  /** A trainer verified the practitioner's level with evidence. */
  TRAINER = 'TRAINER',
  /** Brought in from a file or another system. */
  IMPORTED = 'IMPORTED',
}

/**
 * One rating of one practitioner's ability in one competency, after (or outside) a needs
 * assessment. Append-only: a row is never updated; a correction is a new row, so every rating
 * keeps its source and date. (The one exception is PDPA erasure, which blanks free text.)
 */
@Entity({ name: 'competency_rating' })
@Index('competency_rating_practitioner_idx', ['practitionerId', 'competencyCode', 'ratedAt'])
@Index('competency_rating_submission_uq', ['clientSubmissionId', 'competencyCode'], { unique: true })
@Check('competency_rating_level_chk', '"level" BETWEEN 1 AND 5')
@Check('competency_rating_target_chk', '"target" IS NULL OR "target" BETWEEN 1 AND 5')
@Check('competency_rating_source_chk', `"source" IN ('SELF', 'TRAINER', 'IMPORTED')`)
export class CompetencyRatingEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Kept when the person is erased (their account is anonymised), so gap closure does not move. */
  @Column({ name: 'practitioner_id', type: 'uuid' }) practitionerId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practitioner_id', foreignKeyConstraintName: 'competency_rating_practitioner_fk' })
  practitioner?: AppUserEntity;
  @Column({ name: 'competency_code', type: 'varchar', length: 40 }) competencyCode!: string;
  @Index('competency_rating_curriculum_idx')
  @Column({ name: 'curriculum_id', type: 'uuid', nullable: true }) curriculumId!: string | null;
  @ManyToOne(() => CurriculumEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'curriculum_id', foreignKeyConstraintName: 'competency_rating_curriculum_fk' })
  curriculum?: CurriculumEntity;
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true }) cohortId!: string | null;
  @ManyToOne(() => CohortEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'competency_rating_cohort_fk' })
  cohort?: CohortEntity;
  @Column({ type: 'varchar', length: 10 }) source!: CompetencyRatingSource;
  /** Current ability, 1–5 (the framework's proficiency scale). */
  @Column({ type: 'smallint' }) level!: number;
  /** Importance / desired level, 1–5; self ratings only. */
  @Column({ type: 'smallint', nullable: true }) target!: number | null;
  /** What the trainer saw (trainer ratings only). */
  @Column({ type: 'text', nullable: true }) evidence!: string | null;
  /** Who gave the rating (the practitioner for SELF, the trainer for TRAINER, the importer for IMPORTED). */
  @Column({ name: 'rated_by', type: 'uuid', nullable: true }) ratedBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'rated_by', foreignKeyConstraintName: 'competency_rating_rated_by_fk' })
  rater?: AppUserEntity;
  @Column({ name: 'rated_at', type: 'timestamptz' }) ratedAt!: Date;
  /** The client-generated id of the submission (idempotency: a retry stores nothing new). */
  @Column({ name: 'client_submission_id', type: 'varchar', length: 128, nullable: true }) clientSubmissionId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
