import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LocalizedText } from '../../../graphql/localized-text.js';
import type { CompetencyDomainEntity, CompetencyEntity } from '../entities/competency.entity.js';
import { FrameworkStatus, type FrameworkEntity } from '../entities/framework.entity.js';

registerEnumType(FrameworkStatus, { name: 'FrameworkStatus' });

@ObjectType()
export class Competency {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String) domainCode!: string;
  @Field(() => String, { nullable: true, description: 'The competency of the same domain this one refines; null directly under the domain' })
  parentCode!: string | null;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true }) description!: LocalizedText | null;
  @Field(() => [LocalizedText], { description: 'Levels 1 (aware) … 5 (can teach others)' }) levelDescriptors!: LocalizedText[];

  static from(entity: CompetencyEntity, domainCode: string): Competency {
    return Object.assign(new Competency(), {
      id: entity.id,
      code: entity.code,
      domainCode,
      parentCode: entity.parentCode,
      name: LocalizedText.from(entity.name),
      description: entity.description ? LocalizedText.from(entity.description) : null,
      levelDescriptors: entity.levelDescriptors.map((d) => LocalizedText.from(d)),
    });
  }
}

@ObjectType('CompetencyDomain')
export class CompetencyDomain {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true }) description!: LocalizedText | null;
  @Field(() => [Competency], { description: 'In teaching order' }) competencies!: Competency[];

  static from(entity: CompetencyDomainEntity, competencies: CompetencyEntity[]): CompetencyDomain {
    return Object.assign(new CompetencyDomain(), {
      id: entity.id,
      code: entity.code,
      name: LocalizedText.from(entity.name),
      description: entity.description ? LocalizedText.from(entity.description) : null,
      competencies: competencies.map((c) => Competency.from(c, entity.code)),
    });
  }
}

@ObjectType()
export class Framework {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => Int) version!: number;
  @Field(() => FrameworkStatus) status!: FrameworkStatus;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => LocalizedText, { nullable: true }) description!: LocalizedText | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => ID, { nullable: true }) previousVersionId!: string | null;

  static from(entity: FrameworkEntity): Framework {
    return Object.assign(new Framework(), {
      id: entity.id,
      code: entity.code,
      version: entity.version,
      status: entity.status,
      name: LocalizedText.from(entity.name),
      description: entity.description ? LocalizedText.from(entity.description) : null,
      publishedAt: entity.publishedAt,
      previousVersionId: entity.previousVersionId,
    });
  }
}
