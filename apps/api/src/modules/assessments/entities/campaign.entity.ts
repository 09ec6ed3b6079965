import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Instrument } from '@ruamsang/shared';
import type { LocalizedTextValue } from '../../../graphql/localized-text.js';
import { FrameworkEntity } from '../../frameworks/entities/framework.entity.js';

export interface OpenQuestion {
  key: string;
  prompt: LocalizedTextValue;
}

/** A needs-assessment round: a frozen framework version, an audience, a window and an instrument. */
@Entity({ name: 'campaign' })
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('campaign_framework_idx')
  @Column({ name: 'framework_id', type: 'uuid' }) frameworkId!: string;
  @ManyToOne(() => FrameworkEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'campaign_framework_fk' })
  framework?: FrameworkEntity;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'varchar', length: 16 }) instrument!: Instrument;
  @Column({ name: 'province_codes', type: 'text', array: true }) provinceCodes!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) sectors!: string[];
  @Column({ name: 'opens_at', type: 'timestamptz' }) opensAt!: Date;
  @Column({ name: 'closes_at', type: 'timestamptz' }) closesAt!: Date;
  /** Groups smaller than this show no figures anywhere (small-cell suppression). */
  @Column({ name: 'min_group_size', type: 'int', default: 5 }) minGroupSize!: number;
  /** Dots each participant may place on gaps during prioritisation. */
  @Column({ name: 'vote_budget', type: 'int', default: 10 }) voteBudget!: number;
  @Column({ name: 'open_questions', type: 'jsonb', default: () => "'[]'" }) openQuestions!: OpenQuestion[];
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /**
   * Bumped in the same transaction as every change to the campaign's gap rollups, so a computed
   * analysis can be reused until the figures under it change (pg returns bigint as a string).
   */
  @Column({ name: 'rollup_version', type: 'bigint', default: 0 }) rollupVersion!: string;
}
