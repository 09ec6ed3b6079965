import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byKeys, groupByKeys, type LoaderFactory } from '../../graphql/request-loaders.js';
import type { CompetencyDomainEntity, CompetencyEntity } from './entities/competency.entity.js';
import type { FrameworkEntity } from './entities/framework.entity.js';
import { FrameworksRepository } from './frameworks.repository.js';

@Injectable()
export class FrameworkLoader implements LoaderFactory<string, FrameworkEntity | null> {
  constructor(private readonly repository: FrameworksRepository) {}
  create() {
    return new DataLoader<string, FrameworkEntity | null>(async (ids) => byKeys(ids, await this.repository.findByIds(ids), (f) => f.id));
  }
}

@Injectable()
export class FrameworkDomainsLoader implements LoaderFactory<string, CompetencyDomainEntity[]> {
  constructor(private readonly repository: FrameworksRepository) {}
  create() {
    return new DataLoader<string, CompetencyDomainEntity[]>(async (ids) => groupByKeys(ids, await this.repository.domainsOf(ids), (d) => d.frameworkId));
  }
}

@Injectable()
export class FrameworkCompetenciesLoader implements LoaderFactory<string, CompetencyEntity[]> {
  constructor(private readonly repository: FrameworksRepository) {}
  create() {
    return new DataLoader<string, CompetencyEntity[]>(async (ids) => groupByKeys(ids, await this.repository.competenciesOf(ids), (c) => c.frameworkId));
  }
}
