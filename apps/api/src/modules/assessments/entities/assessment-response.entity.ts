import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AppUserEntity } from '../../accounts/entities/app-user.entity.js';
import { CampaignEntity } from './campaign.entity.js';

export enum ResponseSource {
  SELF = 'SELF',
  IMPORTED = 'IMPORTED',
}

/**
 * One practitioner's submitted self-assessment in a campaign (or one imported paper form).
 * The respondent's groups are copied at submission so the analysis keeps them even if the
 * profile changes or the person is erased.
 */
@Entity({ name: 'assessment_response' })
@Index('assessment_response_respondent_uq', ['campaignId', 'respondentId'], { unique: true, where: '"respondent_id" IS NOT NULL' })
@Index('assessment_response_ref_uq', ['campaignId', 'respondentRef'], { unique: true, where: '"respondent_ref" IS NOT NULL' })
export class AssessmentResponseEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId!: string;
  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'assessment_response_campaign_fk' })
  campaign?: CampaignEntity;
  @Index('assessment_response_respondent_idx')
  @Column({ name: 'respondent_id', type: 'uuid', nullable: true }) respondentId!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'respondent_id', foreignKeyConstraintName: 'assessment_response_respondent_fk' })
  respondent?: AppUserEntity;
  /** The pseudonymous id written on a paper form. */
  @Column({ name: 'respondent_ref', type: 'varchar', length: 60, nullable: true }) respondentRef!: string | null;
  @Column({ type: 'varchar', length: 16 }) source!: ResponseSource;
  @Column({ name: 'province_code', type: 'varchar', length: 2 }) provinceCode!: string;
  @Column({ name: 'district_code', type: 'varchar', length: 4, nullable: true }) districtCode!: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) sector!: string | null;
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId!: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) gender!: string | null;
  @Column({ name: 'age_band', type: 'varchar', length: 32, nullable: true }) ageBand!: string | null;
  @Column({ name: 'persona_groups', type: 'text', array: true, default: () => "'{}'" }) personaGroups!: string[];
  /** Answers to the campaign's open questions (hopes, fears), by question key. */
  @Column({ type: 'jsonb', default: () => "'{}'" }) answers!: Record<string, string>;
  @Column({ name: 'client_submission_id', type: 'varchar', length: 128, nullable: true }) clientSubmissionId!: string | null;
  @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/**
 * T (importance / desired / criticality) and C (ability / current / performance) for one competency.
 * Only the primary key is indexed: every read goes by response (the dashboards read the rollups),
 * and each extra index cost a tenth of the import time of a million ratings.
 */
@Entity({ name: 'rating' })
export class RatingEntity {
  /**
   * References assessment_response.id, enforced per statement rather than per row (migration
   * SetBasedRatingReference): triggers check a whole insert at once and cascade deletes. A
   * row-level foreign key cost 40% of the time of importing a million ratings.
   */
  @PrimaryColumn({ name: 'response_id', type: 'uuid' }) responseId!: string;
  @ManyToOne(() => AssessmentResponseEntity, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'response_id' })
  response?: AssessmentResponseEntity;
  @PrimaryColumn({ name: 'competency_code', type: 'varchar', length: 40 }) competencyCode!: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId!: string;
  @Column({ type: 'smallint' }) target!: number;
  @Column({ type: 'smallint' }) current!: number;
  /** Hennessy-Hicks only: would training help, or must the organisation change? */
  @Column({ name: 'need_type', type: 'varchar', length: 16, nullable: true }) needType!: string | null;
}

/** Every clientSubmissionId ever accepted, so a retried submission returns the stored response. */
@Entity({ name: 'submission_receipt' })
export class SubmissionReceiptEntity {
  @PrimaryColumn({ name: 'client_submission_id', type: 'varchar', length: 128 }) clientSubmissionId!: string;
  @Index('submission_receipt_response_idx')
  @Column({ name: 'response_id', type: 'uuid' }) responseId!: string;
  @ManyToOne(() => AssessmentResponseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id', foreignKeyConstraintName: 'submission_receipt_response_fk' })
  response?: AssessmentResponseEntity;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

/** Work in progress, saved as the practitioner goes and restored on any device. */
@Entity({ name: 'assessment_draft' })
export class AssessmentDraftEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' }) campaignId!: string;
  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'assessment_draft_campaign_fk' })
  campaign?: CampaignEntity;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'assessment_draft_user_fk' })
  user?: AppUserEntity;
  @Column({ type: 'jsonb', default: () => "'[]'" }) ratings!: { competencyCode: string; target: number | null; current: number | null; needType: string | null }[];
  @Column({ type: 'jsonb', default: () => "'{}'" }) answers!: Record<string, string>;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** PDPA: a person agreed to a given version of the consent text at a given time. */
@Entity({ name: 'consent_record' })
export class ConsentRecordEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('consent_record_user_idx')
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'consent_record_user_fk' })
  user?: AppUserEntity;
  @Column({ name: 'consent_version', type: 'varchar', length: 32 }) consentVersion!: string;
  @Column({ name: 'given_at', type: 'timestamptz', default: () => 'now()' }) givenAt!: Date;
}
