import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModuleStatus } from '@ruamsang/shared';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CompetencyEntity } from '../frameworks/entities/competency.entity.js';
import {
  CurriculumEntity,
  CurriculumModuleEntity,
  ModuleCommentEntity,
  ModulePrerequisiteEntity,
  ModuleVersionEntity,
  TrainingModuleEntity,
} from './entities/training-module.entity.js';

export interface ModuleListFilter {
  readonly search?: string | null;
  readonly status?: ModuleStatus | null;
  readonly offset: number;
  readonly limit: number;
}

/** A lock key for "the prerequisite graph": writers that could close a cycle take it in turn. */
const PREREQUISITE_GRAPH_LOCK = 0x52_53_50_52; // "RSPR"

@Injectable()
export class CurriculaRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Serialises writers of prerequisites and curricula, so two concurrent edits cannot together close a cycle. */
  async lockPrerequisiteGraph(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [PREREQUISITE_GRAPH_LOCK]);
  }

  findModuleByCode(code: string, manager: EntityManager = this.dataSource.manager): Promise<TrainingModuleEntity | null> {
    return manager.getRepository(TrainingModuleEntity).findOneBy({ code });
  }

  findModulesByCodes(codes: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<TrainingModuleEntity[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return manager.getRepository(TrainingModuleEntity).findBy({ code: In([...codes]) });
  }

  findModulesByIds(ids: readonly string[]): Promise<TrainingModuleEntity[]> {
    return this.dataSource.getRepository(TrainingModuleEntity).findBy({ id: In([...ids]) });
  }

  allModules(manager: EntityManager = this.dataSource.manager): Promise<TrainingModuleEntity[]> {
    return manager.getRepository(TrainingModuleEntity).find({ order: { code: 'ASC' } });
  }

  async listModules(filter: ModuleListFilter): Promise<{ items: TrainingModuleEntity[]; total: number }> {
    const query = this.dataSource.getRepository(TrainingModuleEntity).createQueryBuilder('m');
    if (filter.status) query.andWhere('m.status = :status', { status: filter.status });
    if (filter.search) {
      query.andWhere("(m.code ILIKE :q OR m.title->>'th' ILIKE :q OR m.title->>'en' ILIKE :q OR m.title->>'ms' ILIKE :q)", {
        q: `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    const [items, total] = await query.orderBy('m.code', 'ASC').skip(filter.offset).take(filter.limit).getManyAndCount();
    return { items, total };
  }

  /** Every prerequisite edge, by code: the whole graph a cycle check needs. */
  async prerequisiteEdges(manager: EntityManager = this.dataSource.manager): Promise<{ moduleCode: string; prerequisiteCode: string }[]> {
    const rows: { module_code: string; prerequisite_code: string }[] = await manager.query(
      `SELECT m.code AS module_code, p.code AS prerequisite_code
         FROM training_module_prerequisite e
         JOIN training_module m ON m.id = e.module_id
         JOIN training_module p ON p.id = e.prerequisite_id`,
    );
    return rows.map((r) => ({ moduleCode: r.module_code, prerequisiteCode: r.prerequisite_code }));
  }

  /** Prerequisites of several modules in one statement, for the DataLoader. */
  async prerequisitesOf(moduleIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<{ moduleId: string; prerequisite: TrainingModuleEntity }[]> {
    if (moduleIds.length === 0) return [];
    const edges = await manager
      .getRepository(ModulePrerequisiteEntity)
      .find({ where: { moduleId: In([...moduleIds]) }, relations: { prerequisite: true } });
    return edges
      .filter((e): e is ModulePrerequisiteEntity & { prerequisite: TrainingModuleEntity } => e.prerequisite !== undefined)
      .sort((a, b) => a.prerequisite.code.localeCompare(b.prerequisite.code))
      .map((e) => ({ moduleId: e.moduleId, prerequisite: e.prerequisite }));
  }

  saveModule(module: Partial<TrainingModuleEntity>, manager: EntityManager): Promise<TrainingModuleEntity> {
    const repository = manager.getRepository(TrainingModuleEntity);
    return repository.save(repository.create(module));
  }

  async replacePrerequisites(moduleId: string, prerequisiteIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.getRepository(ModulePrerequisiteEntity).delete({ moduleId });
    if (prerequisiteIds.length > 0) {
      await manager.getRepository(ModulePrerequisiteEntity).insert(prerequisiteIds.map((prerequisiteId) => ({ moduleId, prerequisiteId })));
    }
  }

  async insertVersion(version: Omit<ModuleVersionEntity, 'id' | 'changedAt' | 'module' | 'changer'>, manager: EntityManager): Promise<void> {
    await manager.getRepository(ModuleVersionEntity).insert(version);
  }

  versionsOf(moduleId: string): Promise<ModuleVersionEntity[]> {
    return this.dataSource.getRepository(ModuleVersionEntity).find({ where: { moduleId }, order: { version: 'DESC' } });
  }

  insertComment(comment: Pick<ModuleCommentEntity, 'moduleId' | 'authorId' | 'kind' | 'body' | 'moduleVersion'>): Promise<ModuleCommentEntity> {
    const repository = this.dataSource.getRepository(ModuleCommentEntity);
    return repository.save(repository.create(comment));
  }

  commentsOf(moduleIds: readonly string[]): Promise<ModuleCommentEntity[]> {
    return this.dataSource.getRepository(ModuleCommentEntity).find({ where: { moduleId: In([...moduleIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Which of `codes` name a competency in some framework. */
  async existingCompetencyCodes(codes: readonly string[]): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows = await this.dataSource
      .getRepository(CompetencyEntity)
      .createQueryBuilder('c')
      .select('DISTINCT c.code', 'code')
      .where('c.code IN (:...codes)', { codes: [...codes] })
      .getRawMany<{ code: string }>();
    return new Set(rows.map((r) => r.code));
  }

  saveCurriculum(curriculum: Partial<CurriculumEntity>, manager: EntityManager): Promise<CurriculumEntity> {
    const repository = manager.getRepository(CurriculumEntity);
    return repository.save(repository.create(curriculum));
  }

  findCurriculum(id: string, manager: EntityManager = this.dataSource.manager): Promise<CurriculumEntity | null> {
    return manager.getRepository(CurriculumEntity).findOneBy({ id });
  }

  listCurricula(campaignId: string | null | undefined): Promise<CurriculumEntity[]> {
    return this.dataSource.getRepository(CurriculumEntity).find({ where: campaignId ? { campaignId } : {}, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async replaceCurriculumModules(curriculumId: string, moduleIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.getRepository(CurriculumModuleEntity).delete({ curriculumId });
    if (moduleIds.length > 0) {
      await manager.getRepository(CurriculumModuleEntity).insert(moduleIds.map((moduleId, position) => ({ curriculumId, moduleId, position })));
    }
  }

  /** The modules of several curricula, in teaching order, in one statement. */
  async modulesOfCurricula(curriculumIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<{ curriculumId: string; module: TrainingModuleEntity }[]> {
    if (curriculumIds.length === 0) return [];
    const rows = await manager
      .getRepository(CurriculumModuleEntity)
      .find({ where: { curriculumId: In([...curriculumIds]) }, relations: { module: true }, order: { curriculumId: 'ASC', position: 'ASC' } });
    return rows
      .filter((r): r is CurriculumModuleEntity & { module: TrainingModuleEntity } => r.module !== undefined)
      .map((r) => ({ curriculumId: r.curriculumId, module: r.module }));
  }

  /** Teaching orders of every curriculum that holds `moduleId` (module codes by position). */
  async curriculaHolding(moduleId: string, manager: EntityManager): Promise<{ curriculumId: string; title: string; codes: string[] }[]> {
    const rows: { curriculum_id: string; title: string; code: string }[] = await manager.query(
      `SELECT cm.curriculum_id, c.title, m.code
         FROM curriculum_module cm
         JOIN curriculum c ON c.id = cm.curriculum_id
         JOIN training_module m ON m.id = cm.module_id
        WHERE cm.curriculum_id IN (SELECT curriculum_id FROM curriculum_module WHERE module_id = $1)
        ORDER BY cm.curriculum_id, cm.position`,
      [moduleId],
    );
    const result = new Map<string, { curriculumId: string; title: string; codes: string[] }>();
    for (const row of rows) {
      const entry = result.get(row.curriculum_id) ?? { curriculumId: row.curriculum_id, title: row.title, codes: [] };
      entry.codes.push(row.code);
      result.set(row.curriculum_id, entry);
    }
    return [...result.values()];
  }
}
