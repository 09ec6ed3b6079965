import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { AppUserEntity } from '../accounts/entities/app-user.entity.js';
import { CampaignEntity } from '../assessments/entities/campaign.entity.js';
import { CurriculumEntity } from '../curricula/entities/training-module.entity.js';
import { CohortEntity } from '../scheduling/entities/scheduling.entity.js';
import { InvitationEntity, InvitationJoinEntity } from './entities/invitation.entity.js';

@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private invitations(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(InvitationEntity);
  }

  campaign(id: string): Promise<CampaignEntity | null> {
    return this.dataSource.getRepository(CampaignEntity).findOneBy({ id });
  }

  cohort(id: string): Promise<CohortEntity | null> {
    return this.dataSource.getRepository(CohortEntity).findOneBy({ id });
  }

  async curriculumTitle(id: string): Promise<string | null> {
    return (await this.dataSource.getRepository(CurriculumEntity).findOne({ where: { id }, select: { id: true, title: true } }))?.title ?? null;
  }

  /** Campaign titles and cohort names of these invitations, by id, in two queries. */
  async targetTitles(invitations: readonly InvitationEntity[]): Promise<Map<string, string>> {
    const campaignIds = [...new Set(invitations.flatMap((i) => (i.campaignId ? [i.campaignId] : [])))];
    const cohortIds = [...new Set(invitations.flatMap((i) => (i.cohortId ? [i.cohortId] : [])))];
    const titles = new Map<string, string>();
    if (campaignIds.length > 0) {
      for (const c of await this.dataSource.getRepository(CampaignEntity).find({ where: { id: In(campaignIds) }, select: { id: true, title: true } })) titles.set(c.id, c.title);
    }
    if (cohortIds.length > 0) {
      for (const c of await this.dataSource.getRepository(CohortEntity).find({ where: { id: In(cohortIds) }, select: { id: true, name: true } })) titles.set(c.id, c.name);
    }
    return titles;
  }

  insert(invitation: Partial<InvitationEntity>): Promise<InvitationEntity> {
    const repository = this.invitations();
    return repository.save(repository.create(invitation));
  }

  findById(id: string, manager?: EntityManager): Promise<InvitationEntity | null> {
    return this.invitations(manager).findOneBy({ id });
  }

  findByHash(hash: string): Promise<InvitationEntity | null> {
    return this.invitations().findOneBy({ tokenHash: hash });
  }

  /** The invitation under a row lock, so concurrent joins count its uses one at a time. */
  lockByHash(manager: EntityManager, hash: string): Promise<InvitationEntity | null> {
    return this.invitations(manager).findOne({ where: { tokenHash: hash }, lock: { mode: 'pessimistic_write' } });
  }

  list(filter: { provinceCodes?: readonly string[] | undefined; campaignId?: string | null | undefined; cohortId?: string | null | undefined; activeOnly: boolean }): Promise<InvitationEntity[]> {
    const where: FindOptionsWhere<InvitationEntity> = {};
    if (filter.provinceCodes) where.provinceCode = In([...filter.provinceCodes]);
    if (filter.campaignId) where.campaignId = filter.campaignId;
    if (filter.cohortId) where.cohortId = filter.cohortId;
    if (filter.activeOnly) where.revokedAt = IsNull();
    return this.invitations().find({ where, order: { createdAt: 'DESC', id: 'ASC' }, take: 500 });
  }

  async revoke(id: string, at: Date): Promise<void> {
    await this.invitations().update({ id, revokedAt: IsNull() }, { revokedAt: at });
  }

  async countUse(manager: EntityManager, id: string): Promise<void> {
    await this.invitations(manager).increment({ id }, 'uses', 1);
  }

  joinOf(manager: EntityManager, invitationId: string, clientKey: string): Promise<InvitationJoinEntity | null> {
    return manager.getRepository(InvitationJoinEntity).findOneBy({ invitationId, clientKey });
  }

  async insertJoin(manager: EntityManager, join: Pick<InvitationJoinEntity, 'invitationId' | 'clientKey' | 'userId'>): Promise<void> {
    await manager.getRepository(InvitationJoinEntity).insert(join);
  }

  insertUser(manager: EntityManager, user: Partial<AppUserEntity>): Promise<AppUserEntity> {
    const repository = manager.getRepository(AppUserEntity);
    return repository.save(repository.create(user));
  }

  user(manager: EntityManager, id: string): Promise<AppUserEntity | null> {
    return manager.getRepository(AppUserEntity).findOneBy({ id });
  }
}
