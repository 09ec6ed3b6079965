import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedTextValue } from '../../../graphql/localized-text.js';
import { FrameworkEntity } from './framework.entity.js';

@Entity({ name: 'competency_domain' })
@Index('competency_domain_code_uq', ['frameworkId', 'code'], { unique: true })
export class CompetencyDomainEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'framework_id', type: 'uuid' }) frameworkId!: string;
  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'competency_domain_framework_fk' })
  framework?: FrameworkEntity;
  @Column({ type: 'varchar', length: 40 }) code!: string;
  @Column({ type: 'jsonb' }) name!: LocalizedTextValue;
  @Column({ type: 'jsonb', nullable: true }) description!: LocalizedTextValue | null;
  @Column({ type: 'int' }) position!: number;
}

@Entity({ name: 'competency' })
@Index('competency_code_uq', ['frameworkId', 'code'], { unique: true })
export class CompetencyEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'framework_id', type: 'uuid' }) frameworkId!: string;
  @ManyToOne(() => FrameworkEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'framework_id', foreignKeyConstraintName: 'competency_framework_fk' })
  framework?: FrameworkEntity;
  @Index('competency_domain_idx')
  @Column({ name: 'domain_id', type: 'uuid' }) domainId!: string;
  @ManyToOne(() => CompetencyDomainEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'domain_id', foreignKeyConstraintName: 'competency_domain_fk' })
  domain?: CompetencyDomainEntity;
  @Column({ type: 'varchar', length: 40 }) code!: string;
  /**
   * The competency this one refines, within the same domain (null: directly under the domain).
   * Keeps the shape of a deeper tree, e.g. one imported from Moodle.
   */
  @Column({ name: 'parent_code', type: 'varchar', length: 40, nullable: true }) parentCode!: string | null;
  @Column({ type: 'jsonb' }) name!: LocalizedTextValue;
  @Column({ type: 'jsonb', nullable: true }) description!: LocalizedTextValue | null;
  /** Five descriptors, for proficiency levels 1 (aware) to 5 (can teach others). */
  @Column({ name: 'level_descriptors', type: 'jsonb' }) levelDescriptors!: LocalizedTextValue[];
  @Column({ type: 'int' }) position!: number;
}
