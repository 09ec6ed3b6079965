import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from './entities/audit-event.entity.js';

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'IMPORT' | 'CONSENT' | 'EXPORT' | 'ERASE';

export interface AuditEntry {
  readonly actorId: string | null;
  readonly action: AuditAction;
  readonly entity: string;
  readonly entityId?: string | null;
  readonly subjectId?: string | null;
  readonly fields?: readonly string[];
}

/** Writes the audit trail in the caller's transaction, so a change and its record land together. */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(manager: EntityManager | null, entry: AuditEntry): Promise<void> {
    const events = (manager ?? this.dataSource.manager).getRepository(AuditEventEntity);
    await events.insert({
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      subjectId: entry.subjectId ?? null,
      fields: [...(entry.fields ?? [])],
    });
  }

  /**
   * Many entries in one statement per 10,000 (an import names every person it created): arrays
   * through unnest, so the statement's size does not grow with the rows.
   */
  async recordMany(manager: EntityManager | null, entries: readonly AuditEntry[]): Promise<void> {
    const runner = manager ?? this.dataSource.manager;
    for (let start = 0; start < entries.length; start += 10_000) {
      const batch = entries.slice(start, start + 10_000);
      await runner.query(
        `INSERT INTO audit_event (actor_id, action, entity, entity_id, subject_id, fields)
         SELECT a, b, c, d, e, CASE WHEN f = '' THEN '{}'::text[] ELSE string_to_array(f, chr(31)) END
           FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::varchar[], $5::uuid[], $6::text[]) AS u(a, b, c, d, e, f)`,
        [
          batch.map((e) => e.actorId),
          batch.map((e) => e.action),
          batch.map((e) => e.entity),
          batch.map((e) => e.entityId ?? null),
          batch.map((e) => e.subjectId ?? null),
          batch.map((e) => (e.fields ?? []).join('\u001f')),
        ],
      );
    }
  }

  async list(query: { subjectId?: string | null; limit: number; offset: number }): Promise<{ items: AuditEventEntity[]; total: number }> {
    const [items, total] = await this.dataSource.getRepository(AuditEventEntity).findAndCount({
      where: query.subjectId ? { subjectId: query.subjectId } : {},
      order: { at: 'DESC', id: 'ASC' },
      skip: query.offset,
      take: query.limit,
    });
    return { items, total };
  }
}
