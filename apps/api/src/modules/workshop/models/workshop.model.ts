import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonaGroup } from '@ruamsang/shared';
import { HopeOrFear, WorkshopItemKind, type HopesFearsBoardEntity, type HopesFearsCardEntity, type IcebergAnalysisEntity, type PersonaEntity, type WorkshopLinkEntity } from '../entities/workshop.entity.js';

registerEnumType(WorkshopItemKind, { name: 'WorkshopItemKind' });
registerEnumType(HopeOrFear, { name: 'HopeOrFear' });

@ObjectType({ description: 'A workshop item’s link to a competency, or to a gap when campaignId is set' })
export class WorkshopLink {
  @Field(() => ID) id!: string;
  @Field(() => WorkshopItemKind) itemKind!: WorkshopItemKind;
  @Field(() => ID) itemId!: string;
  @Field(() => ID) frameworkId!: string;
  @Field(() => ID, { nullable: true, description: 'Set for a gap link (campaign × competency)' }) campaignId!: string | null;
  @Field(() => String) competencyCode!: string;

  static from(e: WorkshopLinkEntity): WorkshopLink {
    return Object.assign(new WorkshopLink(), { id: e.id, itemKind: e.itemKind, itemId: e.itemId, frameworkId: e.frameworkId, campaignId: e.campaignId, competencyCode: e.competencyCode });
  }
}

@ObjectType()
export class HopesFearsCard {
  @Field(() => ID) id!: string;
  @Field(() => HopeOrFear) kind!: HopeOrFear;
  @Field(() => String) text!: string;
  @Field(() => Date) createdAt!: Date;
  authorId!: string | null;

  static from(e: HopesFearsCardEntity): HopesFearsCard {
    return Object.assign(new HopesFearsCard(), { id: e.id, kind: e.kind, text: e.text, createdAt: e.createdAt, authorId: e.authorId });
  }
}

@ObjectType()
export class HopesFearsBoard {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => String, { nullable: true }) provinceCode!: string | null;
  @Field(() => Date) createdAt!: Date;

  static from(e: HopesFearsBoardEntity): HopesFearsBoard {
    return Object.assign(new HopesFearsBoard(), { id: e.id, title: e.title, campaignId: e.campaignId, provinceCode: e.provinceCode, createdAt: e.createdAt });
  }
}

@ObjectType()
export class Persona {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => PersonaGroup) group!: PersonaGroup;
  @Field(() => String, { nullable: true }) provinceCode!: string | null;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => Date) createdAt!: Date;

  static from(e: PersonaEntity): Persona {
    return Object.assign(new Persona(), {
      id: e.id,
      name: e.name,
      description: e.description,
      group: e.group,
      provinceCode: e.provinceCode,
      campaignId: e.campaignId,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType({ description: 'Iceberg causal analysis: event → patterns → structures → mental models' })
export class IcebergAnalysis {
  @Field(() => ID) id!: string;
  @Field(() => String) title!: string;
  @Field(() => String) event!: string;
  @Field(() => String) patterns!: string;
  @Field(() => String) structures!: string;
  @Field(() => String) mentalModels!: string;
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => String, { nullable: true }) provinceCode!: string | null;
  @Field(() => Date) createdAt!: Date;

  static from(e: IcebergAnalysisEntity): IcebergAnalysis {
    return Object.assign(new IcebergAnalysis(), {
      id: e.id,
      title: e.title,
      event: e.event,
      patterns: e.patterns,
      structures: e.structures,
      mentalModels: e.mentalModels,
      campaignId: e.campaignId,
      provinceCode: e.provinceCode,
      createdAt: e.createdAt,
    });
  }
}

@ObjectType()
export class HopesFearsBoardPage {
  @Field(() => [HopesFearsBoard]) items!: HopesFearsBoard[];
  @Field(() => Int) total!: number;
}

@ObjectType()
export class PersonaPage {
  @Field(() => [Persona]) items!: Persona[];
  @Field(() => Int) total!: number;
}

@ObjectType()
export class IcebergPage {
  @Field(() => [IcebergAnalysis]) items!: IcebergAnalysis[];
  @Field(() => Int) total!: number;
}
