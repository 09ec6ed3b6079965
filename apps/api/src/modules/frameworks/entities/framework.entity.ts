import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { LocalizedTextValue } from '../../../graphql/localized-text.js';

export enum FrameworkStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

/** One version of a competency framework. Published versions are frozen. */
@Entity({ name: 'framework' })
@Index('framework_code_version_uq', ['code', 'version'], { unique: true })
export class FrameworkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 40 }) code!: string;
  @Column({ type: 'int' }) version!: number;
  @Column({ type: 'varchar', length: 16 }) status!: FrameworkStatus;
  @Column({ type: 'jsonb' }) name!: LocalizedTextValue;
  @Column({ type: 'jsonb', nullable: true }) description!: LocalizedTextValue | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'previous_version_id', type: 'uuid', nullable: true }) previousVersionId!: string | null;
}
