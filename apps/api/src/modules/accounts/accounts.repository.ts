import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { Role } from '@ruamsang/shared';
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
      qb.andWhere('(u.display_name ILIKE :pattern OR u.email ILIKE :pattern)', { pattern });
    }
    const [items, total] = await qb.orderBy('u.display_name', 'ASC').addOrderBy('u.id', 'ASC').skip(query.offset).take(query.limit).getManyAndCount();
    return { items, total };
  }
}
