import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { PersonaGroup } from '@ruamsang/shared';
import { AppUserEntity } from '../../accounts/entities/app-user.entity.js';
import { CampaignEntity } from '../../assessments/entities/campaign.entity.js';
import { FrameworkEntity } from '../../frameworks/entities/framework.entity.js';
import { ProvinceEntity } from '../../geography/entities/province.entity.js';

export enum WorkshopItemKind {
  HOPES_FEARS_BOARD = 'HOPES_FEARS_BOARD',
  PERSONA = 'PERSONA',
  ICEBERG = 'ICEBERG',
}

export enum HopeOrFear {
  HOPE = 'HOPE',
  FEAR = 'FEAR',
}

/** A Hopes & Fears board for a campaign, a province, or both. */
@Entity({ name: 'hopes_fears_board' })
export class HopesFearsBoardEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Index('hopes_fears_board_campaign_idx')
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true }) campaignId!: string | null;
  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'hopes_fears_board_campaign_fk' })
  campaign?: CampaignEntity;
  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true }) provinceCode!: string | null;
  @ManyToOne(() => ProvinceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'hopes_fears_board_province_fk' })
  province?: ProvinceEntity;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'hopes_fears_board_created_by_fk' })
  creator?: AppUserEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** One hope or fear on a board; any signed-in participant who sees the board may add one. */
@Entity({ name: 'hopes_fears_card' })
@Index('hopes_fears_card_board_idx', ['boardId', 'createdAt'])
export class HopesFearsCardEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'board_id', type: 'uuid' }) boardId!: string;
  @ManyToOne(() => HopesFearsBoardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'board_id', foreignKeyConstraintName: 'hopes_fears_card_board_fk' })
  board?: HopesFearsBoardEntity;
  @Column({ type: 'varchar', length: 8 }) kind!: HopeOrFear;
  @Column({ type: 'varchar', length: 500 }) text!: string;
  @Index('hopes_fears_card_author_idx')
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'hopes_fears_card_author_fk' })
  author?: AppUserEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A persona a module can say it serves: a named, described member of a vulnerable group. */
@Entity({ name: 'persona' })
export class PersonaEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 120 }) name!: string;
  @Column({ type: 'varchar', length: 2000 }) description!: string;
  @Column({ name: 'persona_group', type: 'varchar', length: 32 }) group!: PersonaGroup;
  @Index('persona_province_idx')
  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true }) provinceCode!: string | null;
  @ManyToOne(() => ProvinceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'persona_province_fk' })
  province?: ProvinceEntity;
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true }) campaignId!: string | null;
  @ManyToOne(() => CampaignEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'persona_campaign_fk' })
  campaign?: CampaignEntity;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'persona_created_by_fk' })
  creator?: AppUserEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Iceberg causal analysis: the visible event and, beneath it, patterns, structures and mental models. */
@Entity({ name: 'iceberg_analysis' })
export class IcebergAnalysisEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 2000 }) event!: string;
  @Column({ type: 'varchar', length: 2000 }) patterns!: string;
  @Column({ type: 'varchar', length: 2000 }) structures!: string;
  @Column({ name: 'mental_models', type: 'varchar', length: 2000 }) mentalModels!: string;
  @Index('iceberg_analysis_campaign_idx')
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true }) campaignId!: string | null;
  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'iceberg_analysis_campaign_fk' })
  campaign?: CampaignEntity;
  @Column({ name: 'province_code', type: 'varchar', length: 2, nullable: true }) provinceCode!: string | null;
  @ManyToOne(() => ProvinceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code', foreignKeyConstraintName: 'iceberg_analysis_province_fk' })
  province?: ProvinceEntity;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'iceberg_analysis_created_by_fk' })
  creator?: AppUserEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/**
 * A workshop item's link to a competency (of a framework) or, when campaign_id is set, to a gap
 * (campaign × competency). framework_id is always filled (the campaign's framework for a gap).
 */
@Entity({ name: 'workshop_link' })
@Index('workshop_link_item_idx', ['itemKind', 'itemId'])
@Index('workshop_link_competency_uq', ['itemKind', 'itemId', 'frameworkId', 'competencyCode'], { unique: true, where: 'campaign_id IS NULL' })
@Index('workshop_link_gap_uq', ['itemKind', 'itemId', 'campaignId', 'competencyCode'], { unique: true, where: 'campaign_id IS NOT NULL' })
@Index('workshop_link_gap_idx', ['campaignId', 'competencyCode'])
export class WorkshopLinkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'item_kind', type: 'varchar', length: 24 }) itemKind!: WorkshopItemKind;
  @Column({ name: 'item_id', type: 'uuid' }) itemId!: string;
  @Column({ name: 'framework_id', type: 'uuid' }) frameworkId!: string;
  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'workshop_link_framework_fk' })
  framework?: FrameworkEntity;
  @Column({ name: 'campaign_id', type: 'uuid', nullable: true }) campaignId!: string | null;
  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'workshop_link_campaign_fk' })
  campaign?: CampaignEntity;
  @Column({ name: 'competency_code', type: 'varchar', length: 40 }) competencyCode!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
