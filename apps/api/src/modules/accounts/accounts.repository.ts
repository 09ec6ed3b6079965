import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { Role } from '@ruamsang/shared';
import { normalizeThaiMobile } from '@ruamsang/shared/phone';
import { AppUserEntity } from './entities/app-user.entity.js';

export interface UserQuery {
  readonly provinceCodes?: readonly string[] | undefined;
  readonly role?: Role | undefined;
  readonly search?: string | undefined;
  readonly offset: number;
  readonly limit: number;
}

@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private users(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(AppUserEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<AppUserEntity | null> {
    return this.users(manager).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<AppUserEntity[]> {
    return this.users().findBy({ id: In([...ids]) });
  }

  findByEmail(email: string): Promise<AppUserEntity | null> {
    return this.users().findOneBy({ email: email.trim().toLowerCase() });
  }

  findByPhone(phone: string): Promise<AppUserEntity | null> {
    return this.users().findOneBy({ phone });
  }

  findByResetHash(hash: string): Promise<AppUserEntity | null> {
    return this.users().findOneBy({ passwordResetHash: hash });
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** The row, locked until the transaction ends, so two changes to one person run one after the other. */
  findForUpdate(id: string, manager: EntityManager): Promise<AppUserEntity | null> {
    return this.users(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /**
   * How many administrators are active, with their rows locked: two admins demoting or
   * deactivating each other at the same moment cannot leave the programme with none.
   */
  async lockActiveAdmins(manager: EntityManager): Promise<number> {
    const rows = await this.users(manager)
      .createQueryBuilder('u')
      .select('u.id')
      .where('u.role = :role AND u.deactivated_at IS NULL', { role: Role.ADMIN })
      .setLock('pessimistic_write')
      .getMany();
    return rows.length;
  }

  async update(id: string, changes: Partial<AppUserEntity>, manager?: EntityManager): Promise<void> {
    await this.users(manager).update({ id }, changes);
  }

  async anyWithRole(role: Role): Promise<boolean> {
    return (await this.users().countBy({ role })) > 0;
  }

  insert(user: Partial<AppUserEntity>, manager?: EntityManager): Promise<AppUserEntity> {
    const repository = this.users(manager);
    return repository.save(repository.create({ ...user, email: user.email?.trim().toLowerCase() }));
  }

  async page(query: UserQuery): Promise<{ items: AppUserEntity[]; total: number }> {
    const qb = this.users().createQueryBuilder('u');
    if (query.provinceCodes) qb.andWhere('u.province_code IN (:...codes)', { codes: query.provinceCodes.length ? [...query.provinceCodes] : [''] });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.search) {
      const pattern = `%${query.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const phone = normalizeThaiMobile(query.search);
      qb.andWhere(`(u.display_name ILIKE :pattern OR u.email ILIKE :pattern${phone ? ' OR u.phone = :phone' : ''})`, { pattern, phone });
    }
    const [items, total] = await qb.orderBy('u.display_name', 'ASC').addOrderBy('u.id', 'ASC').skip(query.offset).take(query.limit).getManyAndCount();
    return { items, total };
  }
}
