import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, type LoaderFactory } from '../../graphql/request-loaders.js';
import { AccountsRepository } from './accounts.repository.js';
import type { AppUserEntity } from './entities/app-user.entity.js';

@Injectable()
export class UserLoader implements LoaderFactory<string, AppUserEntity | null> {
  constructor(private readonly repository: AccountsRepository) {}
  create() {
    return new DataLoader<string, AppUserEntity | null>(async (ids) => byKeys(ids, await this.repository.findByIds(ids), (u) => u.id));
  }
}
