import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { describeChange, type CurriculumProblem, type ModuleChange } from '@ruamsang/domain';
import { DeliveryMode, ModuleStatus, TeachingLanguage } from '@ruamsang/shared';
import { LocalizedText } from '../../../graphql/localized-text.js';
import { ModuleCommentKind, type CurriculumEntity, type ModuleCommentEntity, type ModuleVersionEntity, type TrainingModuleEntity } from '../entities/training-module.entity.js';

@ObjectType({ description: 'A learning outcome mapped to a competency and the proficiency level (1–5) it targets' })
export class CompetencyTarget {
  @Field(() => String) competencyCode!: string;
  @Field(() => Int) targetLevel!: number;
  @Field(() => LocalizedText, { nullable: true }) outcome!: LocalizedText | null;
}

@ObjectType()
export class Material {
  @Field(() => String) label!: string;
  @Field(() => String) url!: string;
}

@ObjectType({ description: 'A gap the module addresses, with its evidence from the campaign’s gap analysis (ALL group)' })
export class AddressedGap {
  @Field(() => ID) campaignId!: string;
  @Field(() => String) competencyCode!: string;
  @Field(() => Boolean, { description: 'True when the ALL group is suppressed or nobody rated it: no evidence is shown' }) suppressed!: boolean;
  @Field(() => Float, { nullable: true, description: 'The campaign’s primary index (MWDS, PNImodified or mean gap)' }) index!: number | null;
  @Field(() => Int, { nullable: true }) rank!: number | null;
  @Field(() => Int, { nullable: true }) n!: number | null;
  @Field(() => Int, { nullable: true, description: 'Prioritisation votes (null until prioritisation is available)' }) votes!: number | null;
  @Field(() => Float, { nullable: true }) weight!: number | null;
}

@ObjectType()
export class TrainingModule {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true }) summary!: LocalizedText | null;
  @Field(() => Float) hours!: number;
  @Field(() => DeliveryMode) deliveryMode!: DeliveryMode;
  @Field(() => TeachingLanguage) teachingLanguage!: TeachingLanguage;
  @Field(() => [CompetencyTarget]) competencyTargets!: CompetencyTarget[];
  @Field(() => [Material]) materials!: Material[];
  @Field(() => [String], { description: 'Persona ids (workshop tools), free references' }) personaIds!: string[];
  @Field(() => ModuleStatus) status!: ModuleStatus;
  @Field(() => Int, { description: 'Current version number; every change adds one' }) version!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  createdBy!: string | null;
  coAuthorIds!: string[];
  addressedGapKeys!: { campaignId: string; competencyCode: string }[];

  static from(entity: TrainingModuleEntity): TrainingModule {
    return Object.assign(new TrainingModule(), {
      id: entity.id,
      code: entity.code,
      title: LocalizedText.from(entity.title),
      summary: entity.summary ? LocalizedText.from(entity.summary) : null,
      hours: entity.hours,
      deliveryMode: entity.deliveryMode,
      teachingLanguage: entity.teachingLanguage,
      competencyTargets: entity.competencyTargets.map((t) =>
        Object.assign(new CompetencyTarget(), { competencyCode: t.competencyCode, targetLevel: t.targetLevel, outcome: t.outcome ? LocalizedText.from(t.outcome) : null }),
      ),
      materials: entity.materials.map((m) => Object.assign(new Material(), m)),
      personaIds: entity.personaIds,
      status: entity.status,
      version: entity.version,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
      createdBy: entity.createdBy,
      coAuthorIds: entity.coAuthorIds,
      addressedGapKeys: entity.addressedGaps,
    });
  }
}

@ObjectType()
export class TrainingModulePage {
  @Field(() => [TrainingModule]) items!: TrainingModule[];
  @Field(() => Int) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
}

@ObjectType({ description: 'One change in a module version, e.g. hours 12 → 16 or an added prerequisite' })
export class ModuleChangeEntry {
  @Field(() => String, { description: 'CREATED, CHANGED, ADDED or REMOVED' }) kind!: string;
  @Field(() => String, { nullable: true }) field!: string | null;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => String, { nullable: true }) value!: string | null;
  @Field(() => String, { description: 'Readable one-liner, e.g. "hours 12 → 16", "added prerequisite AGR-101"' }) text!: string;

  static from(change: ModuleChange): ModuleChangeEntry {
    return Object.assign(new ModuleChangeEntry(), {
      kind: change.kind,
      field: 'field' in change ? change.field : null,
      from: change.kind === 'CHANGED' ? change.from : null,
      to: change.kind === 'CHANGED' ? change.to : null,
      value: change.kind === 'ADDED' || change.kind === 'REMOVED' ? change.value : null,
      text: describeChange(change),
    });
  }
}

@ObjectType()
export class ModuleVersion {
  @Field(() => Int) version!: number;
  @Field(() => Date) changedAt!: Date;
  @Field(() => [ModuleChangeEntry]) changes!: ModuleChangeEntry[];
  @Field(() => String, { description: 'The changes joined: "hours 12 → 16; added prerequisite AGR-101"' }) summary!: string;
  changedBy!: string | null;

  static from(entity: ModuleVersionEntity): ModuleVersion {
    const changes = entity.changes.map((c) => ModuleChangeEntry.from(c));
    return Object.assign(new ModuleVersion(), {
      version: entity.version,
      changedAt: entity.changedAt,
      changes,
      summary: changes.map((c) => c.text).join('; '),
      changedBy: entity.changedBy,
    });
  }
}

@ObjectType()
export class ModuleComment {
  @Field(() => ID) id!: string;
  @Field(() => ModuleCommentKind) kind!: ModuleCommentKind;
  @Field(() => String) body!: string;
  @Field(() => Int, { description: 'The module version it was written on' }) moduleVersion!: number;
  @Field(() => Date) createdAt!: Date;
  authorId!: string | null;

  static from(entity: ModuleCommentEntity): ModuleComment {
    return Object.assign(new ModuleComment(), {
      id: entity.id,
      kind: entity.kind,
      body: entity.body,
      moduleVersion: entity.moduleVersion,
      createdAt: entity.createdAt,
      authorId: entity.authorId,
    });
  }
}

@ObjectType({ description: 'Something to look at in a curriculum (saved anyway), e.g. a prerequisite it does not hold' })
export class CurriculumWarning {
  @Field(() => String) kind!: string;
  @Field(() => String) moduleCode!: string;
  @Field(() => String, { nullable: true }) prerequisiteCode!: string | null;
  @Field(() => String) message!: string;

  static from(problem: CurriculumProblem, message: string): CurriculumWarning {
    return Object.assign(new CurriculumWarning(), {
      kind: problem.kind,
      moduleCode: problem.moduleCode,
      prerequisiteCode: 'prerequisiteCode' in problem ? problem.prerequisiteCode : null,
      message,
    });
  }
}

@ObjectType({ description: 'How much of one competency’s gap a curriculum closes' })
export class CompetencyCoverage {
  @Field(() => String) competencyCode!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Float, { description: '0–1: the best module’s share of T − C closed' }) covered!: number;
  @Field(() => String, { nullable: true }) byModuleCode!: string | null;
}

@ObjectType()
export class Curriculum {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => ID) campaignId!: string;
  @Field(() => [String]) provinceCodes!: string[];
  @Field(() => [String]) sectors!: string[];
  @Field(() => [String]) personaGroups!: string[];
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;

  static from(entity: CurriculumEntity): Curriculum {
    return Object.assign(new Curriculum(), {
      id: entity.id,
      title: entity.title,
      campaignId: entity.campaignId,
      provinceCodes: entity.provinceCodes,
      sectors: entity.sectors,
      personaGroups: entity.personaGroups,
      createdAt: entity.createdAt,
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType({ description: 'The prioritised gap weight of one competency, as gapCoverage uses it' })
export class GapWeightEntry {
  @Field(() => String) competencyCode!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Float) meanTarget!: number;
  @Field(() => Float) meanCurrent!: number;
  @Field(() => Float, { nullable: true }) index!: number | null;
  @Field(() => Int) n!: number;
  @Field(() => Int, { nullable: true }) rank!: number | null;
}

@ObjectType({ description: 'Why a module was suggested: what it added, for how many hours' })
export class SuggestionPickEntry {
  @Field(() => String) moduleCode!: string;
  @Field(() => Float) hours!: number;
  @Field(() => Float, { description: 'Gap coverage it adds to the modules picked before it (0–1)' }) marginalCoverage!: number;
  @Field(() => Float, { description: 'Marginal coverage per hour of the bundle it was picked in' }) coveragePerHour!: number;
  @Field(() => String, { nullable: true, description: 'Set when picked only as a prerequisite of that module' }) prerequisiteOf!: string | null;
  @Field(() => Int) round!: number;
}

@ObjectType()
export class ModuleSuggestion {
  @Field(() => ID) campaignId!: string;
  @Field(() => [String], { description: 'In teaching order' }) moduleCodes!: string[];
  @Field(() => [SuggestionPickEntry]) picks!: SuggestionPickEntry[];
  @Field(() => Float) totalHours!: number;
  @Field(() => Float) gapCoverage!: number;
  @Field(() => Float) hoursBudget!: number;
  @Field(() => String, { description: 'GREEDY (best coverage per hour first) or BEST_SINGLE (one bundle covering more than greedy)' }) strategy!: string;
}
