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

  /** Many entries in batched statements (an import names every person it created). */
  async recordMany(manager: EntityManager | null, entries: readonly AuditEntry[]): Promise<void> {
    const events = (manager ?? this.dataSource.manager).getRepository(AuditEventEntity);
    // 6 parameters a row: 5,000 rows stay well under PostgreSQL's 65,535 bind parameters.
    for (let start = 0; start < entries.length; start += 5_000) {
      await events.insert(
        entries.slice(start, start + 5_000).map((entry) => ({
          actorId: entry.actorId,
          action: entry.action,
          entity: entry.entity,
          entityId: entry.entityId ?? null,
          subjectId: entry.subjectId ?? null,
          fields: [...(entry.fields ?? [])],
        })),
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
