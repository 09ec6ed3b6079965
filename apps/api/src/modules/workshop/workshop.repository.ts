import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import {
  HopesFearsBoardEntity,
  HopesFearsCardEntity,
  IcebergAnalysisEntity,
  PersonaEntity,
  WorkshopLinkEntity,
  type WorkshopItemKind,
} from './entities/workshop.entity.js';

/** What a reader may see: null means no limit on that axis. Items without a province or campaign are for everyone. */
export interface WorkshopScope {
  readonly provinceCodes: readonly string[] | null;
  readonly campaignIds: readonly string[] | null;
}

export interface ListFilter {
  readonly campaignId?: string | null | undefined;
  readonly provinceCode?: string | null | undefined;
  readonly group?: string | null | undefined;
  readonly offset: number;
  readonly limit: number;
}

export type ScopedItem = { provinceCode: string | null; campaignId: string | null };

export function inScope(scope: WorkshopScope, item: ScopedItem): boolean {
  const provinceOk = item.provinceCode === null || scope.provinceCodes === null || scope.provinceCodes.includes(item.provinceCode);
  const campaignOk = item.campaignId === null || scope.campaignIds === null || scope.campaignIds.includes(item.campaignId);
  return provinceOk && campaignOk;
}

@Injectable()
export class WorkshopRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  save<T extends ObjectLiteral>(target: EntityTarget<T>, value: Partial<T>): Promise<T> {
    const repository = this.dataSource.getRepository(target);
    return repository.save(repository.create(value as T));
  }

  findOne<T extends ObjectLiteral & { id: string }>(target: EntityTarget<T>, id: string): Promise<T | null> {
    return this.dataSource.getRepository(target).findOneBy({ id } as never);
  }

  /** A page of items within the reader's scope, newest first, with the total. */
  async list<T extends ObjectLiteral>(target: EntityTarget<T>, scope: WorkshopScope, filter: ListFilter): Promise<{ items: T[]; total: number }> {
    const qb = this.dataSource.getRepository(target).createQueryBuilder('w');
    if (scope.provinceCodes !== null) qb.andWhere('(w.province_code IS NULL OR w.province_code = ANY(:scopeProvinces))', { scopeProvinces: [...scope.provinceCodes] });
    if (scope.campaignIds !== null) qb.andWhere('(w.campaign_id IS NULL OR w.campaign_id = ANY(:scopeCampaigns))', { scopeCampaigns: [...scope.campaignIds] });
    if (filter.campaignId) qb.andWhere('w.campaign_id = :campaignId', { campaignId: filter.campaignId });
    if (filter.provinceCode) qb.andWhere('w.province_code = :provinceCode', { provinceCode: filter.provinceCode });
    if (filter.group) qb.andWhere('w.persona_group = :group', { group: filter.group });
    const [items, total] = await qb.orderBy('w.created_at', 'DESC').addOrderBy('w.id', 'ASC').skip(filter.offset).take(filter.limit).getManyAndCount();
    return { items, total };
  }

  boards(scope: WorkshopScope, filter: ListFilter) {
    return this.list(HopesFearsBoardEntity, scope, filter);
  }
  personas(scope: WorkshopScope, filter: ListFilter) {
    return this.list(PersonaEntity, scope, filter);
  }
  icebergs(scope: WorkshopScope, filter: ListFilter) {
    return this.list(IcebergAnalysisEntity, scope, filter);
  }

  cardsOf(boardIds: readonly string[]): Promise<HopesFearsCardEntity[]> {
    return this.dataSource.getRepository(HopesFearsCardEntity).find({ where: { boardId: In([...boardIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Links of many items at once (for the per-request loader). */
  linksOf(items: readonly { kind: WorkshopItemKind; id: string }[]): Promise<WorkshopLinkEntity[]> {
    if (items.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(WorkshopLinkEntity)
      .createQueryBuilder('l')
      .where('(l.item_kind, l.item_id) IN (SELECT * FROM unnest(:kinds::varchar[], :ids::uuid[]))', { kinds: items.map((i) => i.kind), ids: items.map((i) => i.id) })
      .orderBy('l.created_at', 'ASC')
      .addOrderBy('l.id', 'ASC')
      .getMany();
  }

  /** Adds a link unless the same one exists (idempotent), and returns it. */
  async link(link: Pick<WorkshopLinkEntity, 'itemKind' | 'itemId' | 'frameworkId' | 'campaignId' | 'competencyCode'>): Promise<WorkshopLinkEntity> {
    const repository = this.dataSource.getRepository(WorkshopLinkEntity);
    const existing = await this.findLink(link);
    if (existing) return existing;
    await repository.createQueryBuilder().insert().values(link).orIgnore().execute();
    const saved = await this.findLink(link);
    if (!saved) throw new Error('workshop_link insert lost its row');
    return saved;
  }

  findLink(link: Pick<WorkshopLinkEntity, 'itemKind' | 'itemId' | 'frameworkId' | 'campaignId' | 'competencyCode'>): Promise<WorkshopLinkEntity | null> {
    const qb = this.dataSource
      .getRepository(WorkshopLinkEntity)
      .createQueryBuilder('l')
      .where('l.item_kind = :kind AND l.item_id = :id AND l.competency_code = :code', { kind: link.itemKind, id: link.itemId, code: link.competencyCode });
    if (link.campaignId) qb.andWhere('l.campaign_id = :campaignId', { campaignId: link.campaignId });
    else qb.andWhere('l.campaign_id IS NULL AND l.framework_id = :frameworkId', { frameworkId: link.frameworkId });
    return qb.getOne();
  }

  async unlink(id: string): Promise<void> {
    await this.dataSource.getRepository(WorkshopLinkEntity).delete({ id });
  }
}
