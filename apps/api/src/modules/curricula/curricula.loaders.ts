import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupByKeys, type LoaderFactory } from '../../graphql/request-loaders.js';
import { CurriculaRepository } from './curricula.repository.js';
import type { ModuleCommentEntity, TrainingModuleEntity } from './entities/training-module.entity.js';
import { GapWeightsService, type GapWeight } from './gap-weights.service.js';

/** Module id → its prerequisite modules (by code), one statement per request batch. */
@Injectable()
export class ModulePrerequisitesLoader implements LoaderFactory<string, TrainingModuleEntity[]> {
  constructor(private readonly repository: CurriculaRepository) {}
  create() {
    return new DataLoader<string, TrainingModuleEntity[]>(async (ids) =>
      groupByKeys(ids, await this.repository.prerequisitesOf(ids), (e) => e.moduleId).map((edges) => edges.map((e) => e.prerequisite)),
    );
  }
}

/** Curriculum id → its modules in teaching order. */
@Injectable()
export class CurriculumModulesLoader implements LoaderFactory<string, TrainingModuleEntity[]> {
  constructor(private readonly repository: CurriculaRepository) {}
  create() {
    return new DataLoader<string, TrainingModuleEntity[]>(async (ids) =>
      groupByKeys(ids, await this.repository.modulesOfCurricula(ids), (r) => r.curriculumId).map((rows) => rows.map((r) => r.module)),
    );
  }
}

/** Module id → comments, oldest first. */
@Injectable()
export class ModuleCommentsLoader implements LoaderFactory<string, ModuleCommentEntity[]> {
  constructor(private readonly repository: CurriculaRepository) {}
  create() {
    return new DataLoader<string, ModuleCommentEntity[]>(async (ids) => groupByKeys(ids, await this.repository.commentsOf(ids), (c) => c.moduleId));
  }
}

/** Campaign id → gap weights; each campaign's gap analysis is read once per request. */
@Injectable()
export class GapWeightsLoader implements LoaderFactory<string, Map<string, GapWeight>> {
  constructor(private readonly weights: GapWeightsService) {}
  create() {
    return new DataLoader<string, Map<string, GapWeight>>((ids) => Promise.all(ids.map((id) => this.weights.weightsFor(id))));
  }
}
