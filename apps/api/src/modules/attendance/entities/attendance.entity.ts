import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AppUserEntity } from '../../accounts/entities/app-user.entity.js';
import { CurriculumEntity } from '../../curricula/entities/training-module.entity.js';
import { CohortEntity, TrainingSessionEntity } from '../../scheduling/entities/scheduling.entity.js';

/**
 * PRESENT and LATE count as attended (the whole session day's minutes); ABSENT and EXCUSED do
 * not (EXCUSED only records that the absence was explained).
 */
export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  LATE = 'LATE',
  ABSENT = 'ABSENT',
  EXCUSED = 'EXCUSED',
}

export enum AttendanceMethod {
  TRAINER = 'TRAINER',
  QR_CHECK_IN = 'QR_CHECK_IN',
}

/** One practitioner's attendance on one day of one session (the current state; history in attendance_correction). */
@Entity({ name: 'attendance' })
@Index('attendance_session_date_practitioner_uq', ['sessionId', 'sessionDate', 'practitionerId'], { unique: true })
export class AttendanceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @ManyToOne(() => TrainingSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'attendance_session_fk' })
  session?: TrainingSessionEntity;
  /** Asia/Bangkok local date, one of the session's dates. */
  @Column({ name: 'session_date', type: 'date' }) sessionDate!: string;
  @Index('attendance_practitioner_idx')
  @Column({ name: 'practitioner_id', type: 'uuid' }) practitionerId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practitioner_id', foreignKeyConstraintName: 'attendance_practitioner_fk' })
  practitioner?: AppUserEntity;
  @Column({ type: 'varchar', length: 10 }) status!: AttendanceStatus;
  @Column({ type: 'varchar', length: 12 }) method!: AttendanceMethod;
  @Column({ name: 'marked_by', type: 'uuid', nullable: true }) markedBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'marked_by', foreignKeyConstraintName: 'attendance_marked_by_fk' })
  marker?: AppUserEntity;
  @Column({ name: 'marked_at', type: 'timestamptz' }) markedAt!: Date;
}

/** Every change of an existing mark: who, when, old → new and why. Never updated or deleted by the app. */
@Entity({ name: 'attendance_correction' })
export class AttendanceCorrectionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('attendance_correction_attendance_idx')
  @Column({ name: 'attendance_id', type: 'uuid' }) attendanceId!: string;
  @ManyToOne(() => AttendanceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attendance_id', foreignKeyConstraintName: 'attendance_correction_attendance_fk' })
  attendance?: AttendanceEntity;
  @Column({ name: 'old_status', type: 'varchar', length: 10 }) oldStatus!: AttendanceStatus;
  @Column({ name: 'new_status', type: 'varchar', length: 10 }) newStatus!: AttendanceStatus;
  @Column({ name: 'old_method', type: 'varchar', length: 12 }) oldMethod!: AttendanceMethod;
  /** Required for `correctAttendance`; null when the trainer re-taps on the roster. */
  @Column({ type: 'varchar', length: 500, nullable: true }) reason!: string | null;
  @Column({ name: 'corrected_by', type: 'uuid', nullable: true }) correctedBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'corrected_by', foreignKeyConstraintName: 'attendance_correction_corrected_by_fk' })
  corrector?: AppUserEntity;
  @Column({ name: 'corrected_at', type: 'timestamptz' }) correctedAt!: Date;
}

/** A roster batch already applied, by the client's idempotency key: a retried batch is answered, not re-applied. */
@Entity({ name: 'attendance_batch_receipt' })
export class AttendanceBatchReceiptEntity {
  @PrimaryColumn({ name: 'client_batch_id', type: 'varchar', length: 128 }) clientBatchId!: string;
  @Column({ name: 'session_id', type: 'uuid' }) sessionId!: string;
  @ManyToOne(() => TrainingSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'attendance_batch_receipt_session_fk' })
  session?: TrainingSessionEntity;
  @Column({ name: 'session_date', type: 'date' }) sessionDate!: string;
  @Index('attendance_batch_receipt_marked_by_idx')
  @Column({ name: 'marked_by', type: 'uuid', nullable: true }) markedBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'marked_by', foreignKeyConstraintName: 'attendance_batch_receipt_marked_by_fk' })
  marker?: AppUserEntity;
  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' }) receivedAt!: Date;
}

/** How a curriculum is completed. Absent = the defaults (80 %, no post-assessment). */
@Entity({ name: 'completion_rule' })
export class CompletionRuleEntity {
  @PrimaryColumn({ name: 'curriculum_id', type: 'uuid' }) curriculumId!: string;
  @ManyToOne(() => CurriculumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'curriculum_id', foreignKeyConstraintName: 'completion_rule_curriculum_fk' })
  curriculum?: CurriculumEntity;
  @Column({ name: 'min_attendance_percent', type: 'smallint', default: 80 }) minAttendancePercent!: number;
  @Column({ name: 'requires_post_assessment', type: 'boolean', default: false }) requiresPostAssessment!: boolean;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'completion_rule_updated_by_fk' })
  updater?: AppUserEntity;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/**
 * A computed completion (never typed in): present while the practitioner satisfies the
 * curriculum's rule in that cohort, deleted when a correction takes them below it.
 */
@Entity({ name: 'completion' })
@Index('completion_practitioner_cohort_uq', ['practitionerId', 'cohortId'], { unique: true })
export class CompletionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'practitioner_id', type: 'uuid' }) practitionerId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practitioner_id', foreignKeyConstraintName: 'completion_practitioner_fk' })
  practitioner?: AppUserEntity;
  @Index('completion_curriculum_idx')
  @Column({ name: 'curriculum_id', type: 'uuid' }) curriculumId!: string;
  @ManyToOne(() => CurriculumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'curriculum_id', foreignKeyConstraintName: 'completion_curriculum_fk' })
  curriculum?: CurriculumEntity;
  @Index('completion_cohort_idx')
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'completion_cohort_fk' })
  cohort?: CohortEntity;
  /** When the rule was first met (the end of the deciding session day, or the post-assessment), not when it was computed. */
  @Column({ name: 'completed_at', type: 'timestamptz' }) completedAt!: Date;
  @Column({ name: 'attended_minutes', type: 'int' }) attendedMinutes!: number;
  /** Minutes the rule requires (ceil of percent × scheduled minutes). */
  @Column({ name: 'required_minutes', type: 'int' }) requiredMinutes!: number;
  @Column({ name: 'scheduled_minutes', type: 'int' }) scheduledMinutes!: number;
}

/** A certificate for a completion. Revoked (not deleted) when the completion is withdrawn. */
@Entity({ name: 'certificate' })
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('certificate_code_uq', { unique: true })
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Index('certificate_completion_idx')
  @Column({ name: 'completion_id', type: 'uuid', nullable: true }) completionId!: string | null;
  @ManyToOne(() => CompletionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'completion_id', foreignKeyConstraintName: 'certificate_completion_fk' })
  completion?: CompletionEntity;
  @Index('certificate_practitioner_idx')
  @Column({ name: 'practitioner_id', type: 'uuid' }) practitionerId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practitioner_id', foreignKeyConstraintName: 'certificate_practitioner_fk' })
  practitioner?: AppUserEntity;
  @Column({ name: 'curriculum_id', type: 'uuid' }) curriculumId!: string;
  @ManyToOne(() => CurriculumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'curriculum_id', foreignKeyConstraintName: 'certificate_curriculum_fk' })
  curriculum?: CurriculumEntity;
  @Column({ name: 'cohort_id', type: 'uuid' }) cohortId!: string;
  /** Snapshots printed on the certificate and answered by /verify. */
  @Column({ name: 'holder_name', type: 'varchar', length: 200 }) holderName!: string;
  @Column({ name: 'curriculum_title', type: 'varchar', length: 200 }) curriculumTitle!: string;
  @Column({ name: 'completed_at', type: 'timestamptz' }) completedAt!: Date;
  @CreateDateColumn({ name: 'issued_at', type: 'timestamptz' }) issuedAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
}
