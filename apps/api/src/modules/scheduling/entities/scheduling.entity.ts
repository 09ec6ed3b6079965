import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Blackout, RamadanPolicy } from '@ruamsang/domain';
import type { TeachingLanguage } from '@ruamsang/shared';
import { AppUserEntity } from '../../accounts/entities/app-user.entity.js';
import { CurriculumEntity, TrainingModuleEntity } from '../../curricula/entities/training-module.entity.js';

export interface StoredRange {
  from: string;
  to: string;
}

/** A training venue in a province; availability windows empty = always available. */
@Entity({ name: 'venue' })
export class VenueEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('venue_province_idx')
  @Column({ name: 'province_code', type: 'varchar', length: 2 }) provinceCode!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'int' }) capacity!: number;
  @Column({ type: 'jsonb', default: () => "'[]'" }) availability!: StoredRange[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** What a trainer (a user with role TRAINER) can teach, where they live and when they are free. */
@Entity({ name: 'trainer_profile' })
export class TrainerProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'trainer_profile_user_fk' })
  user?: AppUserEntity;
  @Column({ name: 'home_province_code', type: 'varchar', length: 2 }) homeProvinceCode!: string;
  @Column({ name: 'module_codes', type: 'text', array: true, default: () => "'{}'" }) moduleCodes!: string[];
  @Column({ type: 'jsonb', default: () => "'[]'" }) availability!: StoredRange[];
  @Column({ name: 'max_load_hours', type: 'int', nullable: true }) maxLoadHours!: number | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A group of learners taking one curriculum in one province and language. */
@Entity({ name: 'cohort' })
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Index('cohort_curriculum_idx')
  @Column({ name: 'curriculum_id', type: 'uuid' }) curriculumId!: string;
  @ManyToOne(() => CurriculumEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'curriculum_id', foreignKeyConstraintName: 'cohort_curriculum_fk' })
  curriculum?: CurriculumEntity;
  @Index('cohort_province_idx')
  @Column({ name: 'province_code', type: 'varchar', length: 2 }) provinceCode!: string;
  @Column({ name: 'teaching_language', type: 'varchar', length: 20 }) teachingLanguage!: TeachingLanguage;
  @Column({ type: 'int' }) capacity!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

export enum SessionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** One module taught to one cohort at one venue on consecutive days, by one or more trainers. */
@Entity({ name: 'training_session' })
@Index('training_session_cohort_module_uq', ['cohortId', 'moduleId'], { unique: true })
export class TrainingSessionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'training_session_cohort_fk' })
  cohort?: CohortEntity;
  @Column({ name: 'module_id', type: 'uuid' }) moduleId!: string;
  @ManyToOne(() => TrainingModuleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'training_session_module_fk' })
  module?: TrainingModuleEntity;
  @Index('training_session_venue_idx')
  @Column({ name: 'venue_id', type: 'uuid' }) venueId!: string;
  @ManyToOne(() => VenueEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'venue_id', foreignKeyConstraintName: 'training_session_venue_fk' })
  venue?: VenueEntity;
  /** Trainer user ids (the trainers' own data; erased with them). */
  @Column({ name: 'trainer_ids', type: 'uuid', array: true, default: () => "'{}'" }) trainerIds!: string[];
  /** Asia/Bangkok local dates, first to last. */
  @Column({ type: 'text', array: true }) dates!: string[];
  @Column({ name: 'start_time', type: 'varchar', length: 5 }) startTime!: string;
  @Column({ name: 'end_time', type: 'varchar', length: 5 }) endTime!: string;
  @Index('training_session_status_idx')
  @Column({ type: 'varchar', length: 10 }) status!: SessionStatus;
  /** iCalendar SEQUENCE: raised on every change, so calendar programs replace the invitation. */
  @Column({ type: 'int', default: 0 }) sequence!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A province's local calendar: blackouts, Ramadan policy, prayer window. Absent = defaults. */
@Entity({ name: 'province_calendar_rule' })
export class ProvinceCalendarRuleEntity {
  @PrimaryColumn({ name: 'province_code', type: 'varchar', length: 2 }) provinceCode!: string;
  @Column({ name: 'ramadan_policy', type: 'varchar', length: 10 }) ramadanPolicy!: RamadanPolicy;
  @Column({ name: 'prayer_start', type: 'varchar', length: 5, nullable: true }) prayerStart!: string | null;
  @Column({ name: 'prayer_end', type: 'varchar', length: 5, nullable: true }) prayerEnd!: string | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) blackouts!: Blackout[];
  @Column({ name: 'extra_holidays', type: 'jsonb', default: () => "'[]'" }) extraHolidays!: { date: string; name: string }[];
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'province_calendar_rule_updated_by_fk' })
  updater?: AppUserEntity;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

export enum EnrolmentStatus {
  ENROLLED = 'ENROLLED',
  WAITING = 'WAITING',
}

/** A practitioner's seat in a cohort, or their place on its waiting list (ordered by `queuedAt`, `id`). */
@Entity({ name: 'enrolment' })
@Index('enrolment_cohort_practitioner_uq', ['cohortId', 'practitionerId'], { unique: true })
export class EnrolmentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'enrolment_cohort_fk' })
  cohort?: CohortEntity;
  @Index('enrolment_practitioner_idx')
  @Column({ name: 'practitioner_id', type: 'uuid' }) practitionerId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practitioner_id', foreignKeyConstraintName: 'enrolment_practitioner_fk' })
  practitioner?: AppUserEntity;
  @Column({ type: 'varchar', length: 10 }) status!: EnrolmentStatus;
  /** Order on the waiting list (serial per insert; earlier = first). */
  @Column({ name: 'queued_at', type: 'timestamptz' }) queuedAt!: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** The hash of a user's personal calendar-feed token (the token itself is shown once). */
@Entity({ name: 'calendar_token' })
export class CalendarTokenEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'calendar_token_user_fk' })
  user?: AppUserEntity;
  @Index('calendar_token_hash_uq', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 }) tokenHash!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
