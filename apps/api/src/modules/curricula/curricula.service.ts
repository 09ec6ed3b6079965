import { Injectable } from '@nestjs/common';
import {
  canAuthorModules,
  canEditModule,
  checkCurriculumOrder,
  cycleIfPrerequisitesSet,
  diffModule,
  gapCoverage,
  provinceScopeOf,
  refuseStatusChange,
  scopeIncludes,
  suggestModules,
  totalHours,
  type Actor,
  type CompetencyGap,
  type CoverageModule,
  type CoverageResult,
  type CurriculumProblem,
  type ModuleSnapshot,
  type PrerequisiteNode,
  type Suggestion,
} from '@ruamsang/domain';
import { ModuleStatus, Role, DeliveryMode, TeachingLanguage, type Locale } from '@ruamsang/shared';
import type { EntityManager } from 'typeorm';
import { DomainError, translate } from '../../common/errors.js';
import { cleanText } from '../../graphql/localized-text.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { AssessmentMessages } from '../assessments/assessments.errors.js';
import { AssessmentsRepository } from '../assessments/assessments.repository.js';
import { GeographyService } from '../geography/geography.service.js';
import { CurriculaMessages } from './curricula.errors.js';
import { CurriculaRepository } from './curricula.repository.js';
import type { AddModuleCommentInput, CreateCurriculumInput, CreateTrainingModuleInput, TrainingModulesArgs, UpdateCurriculumInput, UpdateTrainingModuleInput } from './dto/curricula.input.js';
import type { CurriculumEntity, ModuleCommentEntity, ModuleVersionEntity, StoredCompetencyTarget, TrainingModuleEntity } from './entities/training-module.entity.js';
import { GapWeightsService, type GapWeight } from './gap-weights.service.js';

export function snapshotOf(module: TrainingModuleEntity, prerequisiteCodes: readonly string[]): ModuleSnapshot {
  return {
    code: module.code,
    title: { th: module.title.th, en: module.title.en ?? null, ms: module.title.ms ?? null },
    outcomes: module.competencyTargets.map((t) => ({ competencyCode: t.competencyCode, targetLevel: t.targetLevel, text: t.outcome ?? { th: '' } })),
    hours: module.hours,
    deliveryMode: module.deliveryMode,
    teachingLanguage: module.teachingLanguage,
    prerequisiteCodes: [...prerequisiteCodes].sort(),
    coAuthorIds: [...module.coAuthorIds],
    materials: module.materials.map((m) => ({ label: m.label, url: m.url })),
    addressedGaps: module.addressedGaps.map((g) => ({ campaignId: g.campaignId, competencyCode: g.competencyCode })),
    personaIds: [...module.personaIds],
    status: module.status,
  };
}

/** The gaps gapCoverage reads, from the injectable weights. */
export function gapsFrom(weights: ReadonlyMap<string, GapWeight>): CompetencyGap[] {
  return [...weights.entries()].map(([competencyCode, w]) => ({ competencyCode, weight: w.weight, meanTarget: w.meanTarget, meanCurrent: w.meanCurrent }));
}

export function coverageModuleOf(module: TrainingModuleEntity, prerequisiteCodes: readonly string[]): CoverageModule {
  return {
    code: module.code,
    hours: module.hours,
    prerequisiteCodes,
    competencyTargets: module.competencyTargets.map((t) => ({ competencyCode: t.competencyCode, targetLevel: t.targetLevel })),
  };
}

function problemError(problem: CurriculumProblem, field: string): DomainError {
  switch (problem.kind) {
    case 'PREREQUISITE_AFTER':
      return DomainError.badInput(field, CurriculaMessages['curricula.prerequisiteAfter'], { module: problem.moduleCode, prerequisite: problem.prerequisiteCode });
    case 'PREREQUISITE_MISSING':
      return DomainError.badInput(field, CurriculaMessages['curricula.prerequisiteMissing'], { module: problem.moduleCode, prerequisite: problem.prerequisiteCode });
    case 'DUPLICATE_MODULE':
      return DomainError.badInput(field, CurriculaMessages['curricula.duplicateModule'], { code: problem.moduleCode });
    case 'UNKNOWN_MODULE':
      return DomainError.badInput(field, CurriculaMessages['curricula.unknownModule'], { code: problem.moduleCode });
    case 'SELF_PREREQUISITE':
      return DomainError.badInput(field, CurriculaMessages['curricula.selfPrerequisite'], { code: problem.moduleCode });
  }
}

export function warningMessage(problem: CurriculumProblem, locale: Locale): string {
  const error = problemError(problem, 'moduleCodes');
  return translate(error.reason, locale, error.params);
}

function cycleError(cycle: readonly string[], code: string): DomainError {
  const at = cycle.indexOf(code);
  const other = (at >= 0 ? cycle[at + 1] : cycle[1]) ?? code;
  return DomainError.badInput('prerequisiteCodes', CurriculaMessages['curricula.prerequisiteCycle'], { cycle: cycle.join(' → '), module: code, other });
}

@Injectable()
export class CurriculaService {
  constructor(
    private readonly repository: CurriculaRepository,
    private readonly accounts: AccountsRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly gapWeights: GapWeightsService,
    private readonly geography: GeographyService,
  ) {}

  // ---- modules -------------------------------------------------------------------------------

  async module(code: string): Promise<TrainingModuleEntity> {
    const module = await this.repository.findModuleByCode(code);
    if (!module) throw DomainError.notFound(CurriculaMessages['curricula.moduleNotFound'], { code });
    return module;
  }

  listModules(args: TrainingModulesArgs): Promise<{ items: TrainingModuleEntity[]; total: number }> {
    return this.repository.listModules(args);
  }

  async history(code: string): Promise<ModuleVersionEntity[]> {
    return this.repository.versionsOf((await this.module(code)).id);
  }

  async createModule(actor: Actor, input: CreateTrainingModuleInput): Promise<TrainingModuleEntity> {
    if (!canAuthorModules(actor.role)) throw DomainError.forbidden(CurriculaMessages['curricula.cannotAuthor']);
    const competencyTargets = await this.competencyTargets(input.competencyTargets ?? []);
    const coAuthorIds = await this.coAuthors(input.coAuthorIds ?? [], actor.id);
    return this.repository.transaction(async (manager) => {
      await this.repository.lockPrerequisiteGraph(manager);
      if (await this.repository.findModuleByCode(input.code, manager)) {
        throw DomainError.conflict(CurriculaMessages['curricula.codeTaken'], { code: input.code }, 'code');
      }
      const prerequisites = await this.prerequisites(input.code, input.prerequisiteCodes ?? [], manager);
      const module = await this.repository.saveModule(
        {
          code: input.code,
          title: cleanText(input.title),
          summary: input.summary ? cleanText(input.summary) : null,
          competencyTargets,
          hours: input.hours,
          deliveryMode: input.deliveryMode ?? DeliveryMode.CLASSROOM,
          teachingLanguage: input.teachingLanguage ?? TeachingLanguage.THAI,
          materials: (input.materials ?? []).map((m) => ({ label: m.label.trim(), url: m.url })),
          addressedGaps: (input.addressedGaps ?? []).map((g) => ({ campaignId: g.campaignId, competencyCode: g.competencyCode })),
          personaIds: input.personaIds ?? [],
          coAuthorIds,
          status: ModuleStatus.DRAFT,
          version: 1,
          createdBy: actor.id,
        },
        manager,
      );
      await this.repository.replacePrerequisites(module.id, prerequisites.map((p) => p.id), manager);
      await this.repository.insertVersion(
        { moduleId: module.id, version: 1, snapshot: snapshotOf(module, prerequisites.map((p) => p.code)), changes: diffModule(null, snapshotOf(module, [])), changedBy: actor.id },
        manager,
      );
      return module;
    });
  }

  async updateModule(actor: Actor, code: string, input: UpdateTrainingModuleInput): Promise<TrainingModuleEntity> {
    if (!canAuthorModules(actor.role)) throw DomainError.forbidden(CurriculaMessages['curricula.cannotAuthor']);
    const existing = await this.module(code);
    this.assertCanEdit(actor, existing);
    const competencyTargets = input.competencyTargets ? await this.competencyTargets(input.competencyTargets) : null;
    const coAuthorIds = input.coAuthorIds ? await this.coAuthors(input.coAuthorIds, existing.createdBy) : null;
    return this.repository.transaction(async (manager) => {
      await this.repository.lockPrerequisiteGraph(manager);
      const module = await this.repository.findModuleByCode(code, manager);
      if (!module) throw DomainError.notFound(CurriculaMessages['curricula.moduleNotFound'], { code });
      const currentPrerequisites = (await this.repository.prerequisitesOf([module.id], manager)).map((p) => p.prerequisite);
      const before = snapshotOf(module, currentPrerequisites.map((p) => p.code));
      let prerequisites = currentPrerequisites;
      if (input.prerequisiteCodes) {
        prerequisites = await this.prerequisites(code, input.prerequisiteCodes, manager);
        await this.assertCurriculaStillInOrder(module, prerequisites.map((p) => p.code), manager);
      }
      if (input.title) module.title = cleanText(input.title);
      if (input.summary !== undefined) module.summary = input.summary ? cleanText(input.summary) : null;
      if (input.hours != null) module.hours = input.hours;
      if (input.deliveryMode) module.deliveryMode = input.deliveryMode;
      if (input.teachingLanguage) module.teachingLanguage = input.teachingLanguage;
      if (competencyTargets) module.competencyTargets = competencyTargets;
      if (input.materials) module.materials = input.materials.map((m) => ({ label: m.label.trim(), url: m.url }));
      if (input.addressedGaps) module.addressedGaps = input.addressedGaps.map((g) => ({ campaignId: g.campaignId, competencyCode: g.competencyCode }));
      if (input.personaIds) module.personaIds = input.personaIds;
      if (coAuthorIds) module.coAuthorIds = coAuthorIds;
      // An approved module whose content changes must be approved again.
      if (module.status === ModuleStatus.APPROVED && diffModule(before, snapshotOf(module, prerequisites.map((p) => p.code))).length > 0) {
        module.status = ModuleStatus.DRAFT;
      }
      const after = snapshotOf(module, prerequisites.map((p) => p.code));
      const changes = diffModule(before, after);
      if (changes.length === 0) return module;
      module.version += 1;
      const saved = await this.repository.saveModule(module, manager);
      if (input.prerequisiteCodes) await this.repository.replacePrerequisites(module.id, prerequisites.map((p) => p.id), manager);
      await this.repository.insertVersion({ moduleId: module.id, version: module.version, snapshot: after, changes, changedBy: actor.id }, manager);
      return saved;
    });
  }

  async changeStatus(actor: Actor, code: string, status: ModuleStatus): Promise<TrainingModuleEntity> {
    const existing = await this.module(code);
    const refusal = refuseStatusChange(actor.role, this.isAuthorOf(actor, existing), existing.status, status);
    if (refusal === 'NOT_ALLOWED_FOR_ROLE') throw DomainError.forbidden(CurriculaMessages['curricula.statusNotAllowed'], { from: existing.status, to: status });
    if (refusal === 'INVALID_TRANSITION') throw DomainError.badInput('status', CurriculaMessages['curricula.invalidTransition'], { from: existing.status, to: status });
    return this.repository.transaction(async (manager) => {
      await this.repository.lockPrerequisiteGraph(manager);
      const module = await this.repository.findModuleByCode(code, manager);
      if (!module) throw DomainError.notFound(CurriculaMessages['curricula.moduleNotFound'], { code });
      if (module.status !== existing.status) throw DomainError.conflict('common.conflict');
      const prerequisiteCodes = (await this.repository.prerequisitesOf([module.id], manager)).map((p) => p.prerequisite.code);
      const before = snapshotOf(module, prerequisiteCodes);
      module.status = status;
      module.version += 1;
      const saved = await this.repository.saveModule(module, manager);
      const after = snapshotOf(module, prerequisiteCodes);
      await this.repository.insertVersion({ moduleId: module.id, version: module.version, snapshot: after, changes: diffModule(before, after), changedBy: actor.id }, manager);
      return saved;
    });
  }

  /** Anyone signed in may comment or suggest, practitioners included. */
  async addComment(actor: Actor, input: AddModuleCommentInput): Promise<ModuleCommentEntity> {
    const module = await this.module(input.moduleCode);
    return this.repository.insertComment({ moduleId: module.id, authorId: actor.id, kind: input.kind, body: input.body.trim(), moduleVersion: module.version });
  }

  private isAuthorOf(actor: Actor, module: TrainingModuleEntity): boolean {
    return module.createdBy === actor.id || module.coAuthorIds.includes(actor.id);
  }

  private assertCanEdit(actor: Actor, module: TrainingModuleEntity): void {
    if (!canEditModule(actor.role, this.isAuthorOf(actor, module))) {
      throw DomainError.forbidden(CurriculaMessages['curricula.notCoAuthor'], { code: module.code });
    }
  }

  private async competencyTargets(targets: readonly { competencyCode: string; targetLevel: number; outcome?: { th: string; en?: string | null; ms?: string | null } | null }[]): Promise<StoredCompetencyTarget[]> {
    const seen = new Set<string>();
    targets.forEach((t, i) => {
      if (seen.has(t.competencyCode)) throw DomainError.badInput(`competencyTargets.${i}.competencyCode`, CurriculaMessages['curricula.duplicateCompetency'], { code: t.competencyCode });
      seen.add(t.competencyCode);
    });
    const existing = await this.repository.existingCompetencyCodes([...seen]);
    targets.forEach((t, i) => {
      if (!existing.has(t.competencyCode)) throw DomainError.badInput(`competencyTargets.${i}.competencyCode`, CurriculaMessages['curricula.unknownCompetency'], { code: t.competencyCode });
    });
    return targets.map((t) => ({ competencyCode: t.competencyCode, targetLevel: t.targetLevel, outcome: t.outcome ? cleanText(t.outcome) : null }));
  }

  private async coAuthors(ids: readonly string[], creatorId: string | null): Promise<string[]> {
    const wanted = ids.filter((id) => id !== creatorId);
    const users = await this.accounts.findByIds(wanted);
    if (users.length !== new Set(wanted).size) throw DomainError.badInput('coAuthorIds', CurriculaMessages['curricula.unknownUser']);
    return wanted;
  }

  /** Resolves prerequisite codes and refuses unknown ones, self-reference and cycles (naming the modules). */
  private async prerequisites(code: string, codes: readonly string[], manager: EntityManager): Promise<TrainingModuleEntity[]> {
    if (codes.includes(code)) throw DomainError.badInput('prerequisiteCodes', CurriculaMessages['curricula.selfPrerequisite'], { code });
    const found = await this.repository.findModulesByCodes(codes, manager);
    const byCode = new Map(found.map((m) => [m.code, m]));
    for (const c of codes) if (!byCode.has(c)) throw DomainError.badInput('prerequisiteCodes', CurriculaMessages['curricula.unknownPrerequisite'], { code: c });
    const edges = await this.repository.prerequisiteEdges(manager);
    const graph = new Map<string, string[]>();
    for (const e of edges) graph.set(e.moduleCode, [...(graph.get(e.moduleCode) ?? []), e.prerequisiteCode]);
    for (const c of codes) if (!graph.has(c)) graph.set(c, []);
    const nodes: PrerequisiteNode[] = [...graph.entries()].map(([c, p]) => ({ code: c, prerequisiteCodes: p }));
    const cycle = cycleIfPrerequisitesSet(nodes, code, codes);
    if (cycle) throw cycleError(cycle, code);
    return codes.map((c) => byCode.get(c) as TrainingModuleEntity);
  }

  /** A new prerequisite must not put any curriculum holding the module out of order. */
  private async assertCurriculaStillInOrder(module: TrainingModuleEntity, prerequisiteCodes: readonly string[], manager: EntityManager): Promise<void> {
    for (const curriculum of await this.repository.curriculaHolding(module.id, manager)) {
      const at = curriculum.codes.indexOf(module.code);
      const later = prerequisiteCodes.find((p) => curriculum.codes.indexOf(p) > at);
      if (later) {
        throw DomainError.badInput('prerequisiteCodes', CurriculaMessages['curricula.prerequisiteAfter'], { module: module.code, prerequisite: later });
      }
    }
  }

  // ---- curricula -----------------------------------------------------------------------------

  async curriculum(id: string): Promise<CurriculumEntity> {
    const curriculum = await this.repository.findCurriculum(id);
    if (!curriculum) throw DomainError.notFound(CurriculaMessages['curricula.curriculumNotFound']);
    return curriculum;
  }

  curricula(campaignId: string | null | undefined): Promise<CurriculumEntity[]> {
    return this.repository.listCurricula(campaignId);
  }

  async createCurriculum(actor: Actor, input: CreateCurriculumInput): Promise<CurriculumEntity> {
    if (!canAuthorModules(actor.role)) throw DomainError.forbidden(CurriculaMessages['curricula.cannotAuthor']);
    const campaign = await this.assessments.findCampaign(input.campaignId);
    if (!campaign) throw DomainError.notFound(AssessmentMessages['assessments.campaignNotFound']);
    this.assertProvincesInScope(actor, input.provinceCodes ?? []);
    await this.geography.assertInProgramme(input.provinceCodes ?? [], 'provinceCodes');
    return this.repository.transaction(async (manager) => {
      await this.repository.lockPrerequisiteGraph(manager);
      const modules = await this.checkedModules(input.moduleCodes, manager);
      const curriculum = await this.repository.saveCurriculum(
        {
          title: input.title.trim(),
          campaignId: campaign.id,
          provinceCodes: input.provinceCodes ?? [],
          sectors: input.sectors ?? [],
          personaGroups: input.personaGroups ?? [],
          createdBy: actor.id,
        },
        manager,
      );
      await this.repository.replaceCurriculumModules(curriculum.id, modules.map((m) => m.id), manager);
      return curriculum;
    });
  }

  async updateCurriculum(actor: Actor, id: string, input: UpdateCurriculumInput): Promise<CurriculumEntity> {
    if (!canAuthorModules(actor.role)) throw DomainError.forbidden(CurriculaMessages['curricula.cannotAuthor']);
    if (input.provinceCodes) {
      this.assertProvincesInScope(actor, input.provinceCodes);
      await this.geography.assertInProgramme(input.provinceCodes, 'provinceCodes');
    }
    return this.repository.transaction(async (manager) => {
      await this.repository.lockPrerequisiteGraph(manager);
      const curriculum = await this.repository.findCurriculum(id, manager);
      if (!curriculum) throw DomainError.notFound(CurriculaMessages['curricula.curriculumNotFound']);
      if (actor.role === Role.COORDINATOR) this.assertProvincesInScope(actor, curriculum.provinceCodes);
      if (input.title) curriculum.title = input.title.trim();
      if (input.provinceCodes) curriculum.provinceCodes = input.provinceCodes;
      if (input.sectors) curriculum.sectors = input.sectors;
      if (input.personaGroups) curriculum.personaGroups = input.personaGroups;
      if (input.moduleCodes) {
        const modules = await this.checkedModules(input.moduleCodes, manager);
        await this.repository.replaceCurriculumModules(curriculum.id, modules.map((m) => m.id), manager);
      }
      curriculum.updatedAt = new Date();
      return this.repository.saveCurriculum(curriculum, manager);
    });
  }

  private assertProvincesInScope(actor: Actor, provinceCodes: readonly string[]): void {
    if (actor.role !== Role.COORDINATOR) return;
    const scope = provinceScopeOf(actor);
    if (provinceCodes.length === 0 || !provinceCodes.every((p) => scopeIncludes(scope, p))) {
      throw DomainError.forbidden(CurriculaMessages['curricula.provincesOutsideScope']);
    }
  }

  /** The modules in teaching order, refusing duplicates, unknown codes and prerequisites taught later. */
  private async checkedModules(codes: readonly string[], manager: EntityManager): Promise<TrainingModuleEntity[]> {
    const modules = await this.repository.findModulesByCodes(codes, manager);
    const prerequisites = await this.repository.prerequisitesOf(modules.map((m) => m.id), manager);
    const nodes = new Map<string, PrerequisiteNode>(
      modules.map((m) => [m.code, { code: m.code, prerequisiteCodes: prerequisites.filter((p) => p.moduleId === m.id).map((p) => p.prerequisite.code) }]),
    );
    const check = checkCurriculumOrder(codes, nodes);
    const first = check.errors[0];
    if (first) throw problemError(first, 'moduleCodes');
    const byCode = new Map(modules.map((m) => [m.code, m]));
    return codes.map((c) => byCode.get(c) as TrainingModuleEntity);
  }

  /** Coverage of `modules` (with their prerequisite codes) against the campaign's gap weights. */
  coverage(weights: ReadonlyMap<string, GapWeight>, modules: readonly CoverageModule[]): CoverageResult {
    return gapCoverage(gapsFrom(weights), modules);
  }

  totalHours(modules: readonly TrainingModuleEntity[]): number {
    return totalHours(modules);
  }

  /** The gap weights of a campaign the caller may see (gapAnalysis's rule: they derive from its figures). */
  async weightsVisibleTo(actor: Actor, campaignId: string): Promise<Map<string, GapWeight>> {
    await this.gapWeights.campaignVisibleTo(actor, campaignId);
    return this.gapWeights.weightsFor(campaignId);
  }

  async suggest(actor: Actor, campaignId: string, hoursBudget: number): Promise<Suggestion> {
    await this.gapWeights.campaignVisibleTo(actor, campaignId);
    const [weights, modules, edges] = await Promise.all([this.gapWeights.weightsFor(campaignId), this.repository.allModules(), this.repository.prerequisiteEdges()]);
    const catalogue = modules.map((m) => coverageModuleOf(m, edges.filter((e) => e.moduleCode === m.code).map((e) => e.prerequisiteCode)));
    return suggestModules(gapsFrom(weights), catalogue, hoursBudget);
  }
}
