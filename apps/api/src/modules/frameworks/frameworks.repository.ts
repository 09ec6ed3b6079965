import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import type { LocalizedTextValue } from '../../graphql/localized-text.js';
import { CompetencyDomainEntity, CompetencyEntity } from './entities/competency.entity.js';
import { FrameworkEntity } from './entities/framework.entity.js';

export interface FrameworkCompetencyContent {
  code: string;
  parentCode?: string | null;
  name: LocalizedTextValue;
  description: LocalizedTextValue | null;
  levelDescriptors: LocalizedTextValue[];
}

export interface FrameworkContent {
  readonly domains: readonly {
    code: string;
    name: LocalizedTextValue;
    description?: LocalizedTextValue | null;
    competencies: readonly FrameworkCompetencyContent[];
  }[];
}

@Injectable()
export class FrameworksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<FrameworkEntity | null> {
    return manager.getRepository(FrameworkEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<FrameworkEntity[]> {
    return this.dataSource.getRepository(FrameworkEntity).findBy({ id: In([...ids]) });
  }

  list(): Promise<FrameworkEntity[]> {
    return this.dataSource.getRepository(FrameworkEntity).find({ order: { code: 'ASC', version: 'DESC' } });
  }

  async codeExists(code: string, manager: EntityManager): Promise<boolean> {
    return (await manager.getRepository(FrameworkEntity).countBy({ code })) > 0;
  }

  async latestVersion(code: string, manager: EntityManager): Promise<number> {
    const row = await manager.getRepository(FrameworkEntity).findOne({ where: { code }, order: { version: 'DESC' } });
    return row?.version ?? 0;
  }

  save(framework: Partial<FrameworkEntity>, manager: EntityManager): Promise<FrameworkEntity> {
    const repository = manager.getRepository(FrameworkEntity);
    return repository.save(repository.create(framework));
  }

  /** Replaces a draft's domains and competencies in one go. */
  async replaceContent(frameworkId: string, content: FrameworkContent, manager: EntityManager): Promise<void> {
    await manager.getRepository(CompetencyEntity).delete({ frameworkId });
    await manager.getRepository(CompetencyDomainEntity).delete({ frameworkId });
    let competencyPosition = 0;
    for (const [position, domain] of content.domains.entries()) {
      const saved = await manager
        .getRepository(CompetencyDomainEntity)
        .save(manager.create(CompetencyDomainEntity, { frameworkId, code: domain.code, name: domain.name, description: domain.description ?? null, position }));
      if (domain.competencies.length === 0) continue;
      await manager.getRepository(CompetencyEntity).insert(
        domain.competencies.map((c) =>
          manager.create(CompetencyEntity, {
            frameworkId,
            domainId: saved.id,
            code: c.code,
            parentCode: c.parentCode ?? null,
            name: c.name,
            description: c.description,
            levelDescriptors: c.levelDescriptors,
            position: competencyPosition++,
          }),
        ),
      );
    }
  }

  domainsOf(frameworkIds: readonly string[]): Promise<CompetencyDomainEntity[]> {
    return this.dataSource.getRepository(CompetencyDomainEntity).find({ where: { frameworkId: In([...frameworkIds]) }, order: { position: 'ASC' } });
  }

  competenciesOf(frameworkIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<CompetencyEntity[]> {
    return manager.getRepository(CompetencyEntity).find({ where: { frameworkId: In([...frameworkIds]) }, order: { position: 'ASC' } });
  }

  async content(frameworkId: string, manager: EntityManager): Promise<FrameworkContent> {
    const domains = await manager.getRepository(CompetencyDomainEntity).find({ where: { frameworkId }, order: { position: 'ASC' } });
    const competencies = await this.competenciesOf([frameworkId], manager);
    return {
      domains: domains.map((d) => ({
        code: d.code,
        name: d.name,
        description: d.description,
        competencies: competencies
          .filter((c) => c.domainId === d.id)
          .map((c) => ({ code: c.code, parentCode: c.parentCode, name: c.name, description: c.description, levelDescriptors: c.levelDescriptors })),
      })),
    };
  }
}
