import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppUserEntity } from '../../accounts/entities/app-user.entity.js';
import { CampaignEntity } from '../../assessments/entities/campaign.entity.js';
import { ProvinceEntity } from '../../geography/entities/province.entity.js';
import { CohortEntity } from '../../scheduling/entities/scheduling.entity.js';

/**
 * A link (/join/<token>) by which practitioners create their own account in one province, for a
 * campaign (they land on its assessment) or a cohort (they are enrolled or waitlisted). Only a
 * hash of the token is stored.
 */
@Entity({ name: 'invitation' })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** SHA-256 of the token, hex. */
  @Index('invitation_token_hash_uq', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash!: string;
  @Index('invitation_campaign_idx')
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true })
  campaignId!: string | null;
  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'invitation_campaign_fk' })
  campaign?: CampaignEntity;
  @Index('invitation_cohort_idx')
  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId!: string | null;
  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'invitation_cohort_fk' })
  cohort?: CohortEntity;
  @Index('invitation_province_idx')
  @Column({ name: 'province_code', type: 'varchar', length: 2 })
  provinceCode!: string;
  @ManyToOne(() => ProvinceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'invitation_province_fk' })
  province?: ProvinceEntity;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  /** null = no limit. */
  @Column({ name: 'max_uses', type: 'int', nullable: true }) maxUses!: number | null;
  @Column({ type: 'int', default: 0 }) uses!: number;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'invitation_created_by_fk' })
  creator?: AppUserEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** One account created through an invitation, keyed by the client's key so a retried join is answered, not repeated. */
@Entity({ name: 'invitation_join' })
@Index('invitation_join_client_key_uq', ['invitationId', 'clientKey'], { unique: true })
export class InvitationJoinEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'invitation_id', type: 'uuid' }) invitationId!: string;
  @ManyToOne(() => InvitationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invitation_id', foreignKeyConstraintName: 'invitation_join_invitation_fk' })
  invitation?: InvitationEntity;
  @Column({ name: 'client_key', type: 'uuid' }) clientKey!: string;
  @Index('invitation_join_user_idx')
  @Column({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'invitation_join_user_fk' })
  user?: AppUserEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
