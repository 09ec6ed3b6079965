import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Actor } from '@ruamsang/domain';
import { Role } from '@ruamsang/shared';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors.js';
import { AppUserEntity } from '../accounts/entities/app-user.entity.js';
import { AuditService } from './audit.service.js';
import type { AuditEventEntity } from './entities/audit-event.entity.js';
import { PERSONAL_DATA } from './personal-data.handlers.js';
import { PrivacyMessages } from './privacy.errors.js';

export interface PersonalDataExport {
  readonly exportedAt: string;
  readonly userId: string;
  /** One section per kind of personal data held, named by its table. */
  readonly sections: { readonly table: string; readonly holds: string; readonly records: unknown[] }[];
}

@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Everything held about the signed-in person (PDPA s.30), from every registered handler. */
  async exportMyData(actor: Actor): Promise<PersonalDataExport> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const sections = [];
      for (const handler of PERSONAL_DATA) {
        sections.push({ table: manager.connection.getMetadata(handler.entity).tableName, holds: handler.holds, records: await handler.export(manager, actor.id) });
      }
      await this.audit.record(manager, { actorId: actor.id, action: 'EXPORT', entity: 'app_user', entityId: actor.id, subjectId: actor.id });
      return { exportedAt: new Date().toISOString(), userId: actor.id, sections };
    });
  }

  /** Removes or anonymises a person's data everywhere (PDPA s.33); aggregates stay as they were. */
  async eraseUser(actor: Actor, userId: string): Promise<void> {
    if (actor.role !== Role.ADMIN) throw DomainError.forbidden(PrivacyMessages['privacy.onlyAdminsErase']);
    if (actor.id === userId) throw DomainError.badInput('id', PrivacyMessages['privacy.cannotEraseSelf']);
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(AppUserEntity).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw DomainError.notFound(PrivacyMessages['privacy.userNotFound']);
      for (const handler of PERSONAL_DATA) await handler.erase(manager, userId);
      await this.audit.record(manager, {
        actorId: actor.id,
        action: 'ERASE',
        entity: 'app_user',
        entityId: userId,
        subjectId: userId,
        fields: PERSONAL_DATA.map((h) => manager.connection.getMetadata(h.entity).tableName),
      });
    });
  }

  async auditLog(actor: Actor, query: { subjectId?: string | null; limit: number; offset: number }): Promise<{ items: AuditEventEntity[]; total: number }> {
    if (actor.role !== Role.ADMIN) throw DomainError.forbidden(PrivacyMessages['privacy.onlyAdminsAudit']);
    return this.audit.list(query);
  }
}
