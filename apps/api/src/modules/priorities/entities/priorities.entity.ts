import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { AppUserEntity } from '../../accounts/entities/app-user.entity.js';
import { CampaignEntity } from '../../assessments/entities/campaign.entity.js';

/** Where a need is best met: FAO's three levels (individual, organisation, enabling environment). */
export enum NeedRoute {
  TRAINING = 'TRAINING',
  ORGANISATION = 'ORGANISATION',
  POLICY = 'POLICY',
}

/** Dots one participant placed on one gap (campaign × competency); rows with 0 are not kept. */
@Entity({ name: 'gap_vote' })
@Index('gap_vote_campaign_competency_idx', ['campaignId', 'competencyCode'])
export class GapVoteEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' }) campaignId!: string;
  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'gap_vote_campaign_fk' })
  campaign?: CampaignEntity;
  @PrimaryColumn({ name: 'voter_id', type: 'uuid' }) voterId!: string;
  @ManyToOne(() => AppUserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'voter_id', foreignKeyConstraintName: 'gap_vote_voter_fk' })
  voter?: AppUserEntity;
  @PrimaryColumn({ name: 'competency_code', type: 'varchar', length: 40 }) competencyCode!: string;
  @Column({ type: 'int' }) votes!: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** A participant's comment on a gap. The author is personal data; erasing a user keeps the text anonymised. */
@Entity({ name: 'gap_comment' })
@Index('gap_comment_gap_idx', ['campaignId', 'competencyCode', 'createdAt'])
export class GapCommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId!: string;
  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'gap_comment_campaign_fk' })
  campaign?: CampaignEntity;
  @Column({ name: 'competency_code', type: 'varchar', length: 40 }) competencyCode!: string;
  @Index('gap_comment_author_idx')
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'gap_comment_author_fk' })
  author?: AppUserEntity;
  @Column({ type: 'varchar', length: 1000 }) body!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Where a coordinator routed a need, with a note. One per gap. */
@Entity({ name: 'gap_route' })
export class GapRouteEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' }) campaignId!: string;
  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'gap_route_campaign_fk' })
  campaign?: CampaignEntity;
  @PrimaryColumn({ name: 'competency_code', type: 'varchar', length: 40 }) competencyCode!: string;
  @Column({ type: 'varchar', length: 16 }) route!: NeedRoute;
  @Column({ type: 'varchar', length: 1000, nullable: true }) note!: string | null;
  @Column({ name: 'routed_by', type: 'uuid', nullable: true }) routedBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'routed_by', foreignKeyConstraintName: 'gap_route_routed_by_fk' })
  router?: AppUserEntity;
  @UpdateDateColumn({ name: 'routed_at', type: 'timestamptz' }) routedAt!: Date;
}

/** A campaign's prioritisation settings, chosen by its coordinator: the blend weight and the per-gap cap. */
@Entity({ name: 'priority_setting' })
export class PrioritySettingEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' }) campaignId!: string;
  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'priority_setting_campaign_fk' })
  campaign?: CampaignEntity;
  /** w in [0, 1]: the share of the blended priority that comes from the needs index. */
  @Column({ type: 'double precision', default: 0.5 }) weight!: number;
  @Column({ name: 'max_votes_per_gap', type: 'int', default: 3 }) maxVotesPerGap!: number;
  @Column({ name: 'updated_by', type: 'uuid', nullable: true }) updatedBy!: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}
