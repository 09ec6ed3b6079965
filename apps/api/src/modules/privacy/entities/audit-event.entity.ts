import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change to personal data: who, when, what. Holds ids and field names, never the values,
 * so the trail itself leaks nothing and can outlive an erasure.
 */
@Entity({ name: 'audit_event' })
@Index('audit_event_subject_idx', ['subjectId', 'at'])
@Index('audit_event_at_idx', ['at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'timestamptz', default: () => 'now()' }) at!: Date;
  /** Who did it; null for the system (imports by file carry the importer). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId!: string | null;
  @Column({ type: 'varchar', length: 32 }) action!: string;
  @Column({ type: 'varchar', length: 64 }) entity!: string;
  @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true }) entityId!: string | null;
  /** Whose personal data it is, when that is one person. */
  @Column({ name: 'subject_id', type: 'uuid', nullable: true }) subjectId!: string | null;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) fields!: string[];
}
