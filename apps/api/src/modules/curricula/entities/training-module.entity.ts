import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ModuleChange, ModuleSnapshot } from '@ruamsang/domain';
import type { DeliveryMode, ModuleStatus, TeachingLanguage } from '@ruamsang/shared';
import type { LocalizedTextValue } from '../../../graphql/localized-text.js';
import { AppUserEntity } from '../../accounts/entities/app-user.entity.js';
import { CampaignEntity } from '../../assessments/entities/campaign.entity.js';

export interface StoredCompetencyTarget {
  competencyCode: string;
  targetLevel: number;
  /** The learning outcome's wording, th/en/ms. */
  outcome: LocalizedTextValue | null;
}

export interface StoredMaterial {
  label: string;
  url: string;
}

/** A gap (campaign × competency) the module says it addresses; its evidence is read live. */
export interface StoredAddressedGap {
  campaignId: string;
  competencyCode: string;
}

/** A co-designed training module. Content edits are versioned in module_version. */
@Entity({ name: 'training_module' })
export class TrainingModuleEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('training_module_code_uq', { unique: true })
  @Column({ type: 'varchar', length: 20 }) code!: string;
  @Column({ type: 'jsonb' }) title!: LocalizedTextValue;
  @Column({ type: 'jsonb', nullable: true }) summary!: LocalizedTextValue | null;
  @Column({ name: 'competency_targets', type: 'jsonb', default: () => "'[]'" }) competencyTargets!: StoredCompetencyTarget[];
  @Column({ type: 'double precision' }) hours!: number;
  @Column({ name: 'delivery_mode', type: 'varchar', length: 16 }) deliveryMode!: DeliveryMode;
  @Column({ name: 'teaching_language', type: 'varchar', length: 20 }) teachingLanguage!: TeachingLanguage;
  @Column({ type: 'jsonb', default: () => "'[]'" }) materials!: StoredMaterial[];
  @Column({ name: 'addressed_gaps', type: 'jsonb', default: () => "'[]'" }) addressedGaps!: StoredAddressedGap[];
  /** Free references to personas of the workshop tools (not enforced by a foreign key). */
  @Column({ name: 'persona_ids', type: 'text', array: true, default: () => "'{}'" }) personaIds!: string[];
  @Column({ name: 'co_author_ids', type: 'uuid', array: true, default: () => "'{}'" }) coAuthorIds!: string[];
  @Index('training_module_status_idx')
  @Column({ type: 'varchar', length: 12 }) status!: ModuleStatus;
  @Column({ type: 'int', default: 1 }) version!: number;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'training_module_created_by_fk' })
  creator?: AppUserEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** Module → prerequisite module; the edges of a DAG (checked on every write). */
@Entity({ name: 'training_module_prerequisite' })
export class ModulePrerequisiteEntity {
  @PrimaryColumn({ name: 'module_id', type: 'uuid' }) moduleId!: string;
  @ManyToOne(() => TrainingModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'module_prerequisite_module_fk' })
  module?: TrainingModuleEntity;
  @Index('module_prerequisite_prerequisite_idx')
  @PrimaryColumn({ name: 'prerequisite_id', type: 'uuid' }) prerequisiteId!: string;
  @ManyToOne(() => TrainingModuleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'prerequisite_id', foreignKeyConstraintName: 'module_prerequisite_prerequisite_fk' })
  prerequisite?: TrainingModuleEntity;
}

/** One version of a module: the full snapshot after the change, and what changed. */
@Entity({ name: 'module_version' })
@Index('module_version_uq', ['moduleId', 'version'], { unique: true })
export class ModuleVersionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'module_id', type: 'uuid' }) moduleId!: string;
  @ManyToOne(() => TrainingModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'module_version_module_fk' })
  module?: TrainingModuleEntity;
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'jsonb' }) snapshot!: ModuleSnapshot;
  @Column({ type: 'jsonb' }) changes!: ModuleChange[];
  @Column({ name: 'changed_by', type: 'uuid', nullable: true }) changedBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changed_by', foreignKeyConstraintName: 'module_version_changed_by_fk' })
  changer?: AppUserEntity;
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' }) changedAt!: Date;
}

export enum ModuleCommentKind {
  COMMENT = 'COMMENT',
  SUGGESTION = 'SUGGESTION',
}

/** A practitioner's (or anyone's) comment or suggestion on a module draft. */
@Entity({ name: 'module_comment' })
@Index('module_comment_module_idx', ['moduleId', 'createdAt'])
export class ModuleCommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'module_id', type: 'uuid' }) moduleId!: string;
  @ManyToOne(() => TrainingModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'module_comment_module_fk' })
  module?: TrainingModuleEntity;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'module_comment_author_fk' })
  author?: AppUserEntity;
  @Column({ type: 'varchar', length: 12 }) kind!: ModuleCommentKind;
  @Column({ type: 'text' }) body!: string;
  /** The module version the comment was written against. */
  @Column({ name: 'module_version', type: 'int' }) moduleVersion!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Modules in teaching order for a target group, linked to the campaign whose gaps it answers. */
@Entity({ name: 'curriculum' })
export class CurriculumEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Index('curriculum_campaign_idx')
  @Column({ name: 'campaign_id', type: 'uuid' }) campaignId!: string;
  @ManyToOne(() => CampaignEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'curriculum_campaign_fk' })
  campaign?: CampaignEntity;
  @Column({ name: 'province_codes', type: 'text', array: true, default: () => "'{}'" }) provinceCodes!: string[];
  @Column({ type: 'text', array: true, default: () => "'{}'" }) sectors!: string[];
  @Column({ name: 'persona_groups', type: 'text', array: true, default: () => "'{}'" }) personaGroups!: string[];
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @ManyToOne(() => AppUserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'curriculum_created_by_fk' })
  creator?: AppUserEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

@Entity({ name: 'curriculum_module' })
@Index('curriculum_module_position_uq', ['curriculumId', 'position'], { unique: true })
export class CurriculumModuleEntity {
  @PrimaryColumn({ name: 'curriculum_id', type: 'uuid' }) curriculumId!: string;
  @ManyToOne(() => CurriculumEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'curriculum_id', foreignKeyConstraintName: 'curriculum_module_curriculum_fk' })
  curriculum?: CurriculumEntity;
  @Index('curriculum_module_module_idx')
  @PrimaryColumn({ name: 'module_id', type: 'uuid' }) moduleId!: string;
  @ManyToOne(() => TrainingModuleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'module_id', foreignKeyConstraintName: 'curriculum_module_module_fk' })
  module?: TrainingModuleEntity;
  @Column({ type: 'int' }) position!: number;
}
