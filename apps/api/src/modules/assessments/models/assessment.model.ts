import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Instrument, NeedType, scaleOf, Sector } from '@ruamsang/shared';
import { campaignStatus } from '@ruamsang/domain';
import { LocalizedText } from '../../../graphql/localized-text.js';
import type { AssessmentDraftEntity, AssessmentResponseEntity, RatingEntity } from '../entities/assessment-response.entity.js';
import { ResponseSource } from '../entities/assessment-response.entity.js';
import type { CampaignEntity } from '../entities/campaign.entity.js';

export enum CampaignStatus {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(Instrument, { name: 'Instrument' });
registerEnumType(NeedType, { name: 'NeedType', description: 'Hennessy-Hicks: would training help, or must the organisation change?' });
registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
registerEnumType(ResponseSource, { name: 'ResponseSource' });

@ObjectType()
export class RatingScale {
  @Field(() => Int) min!: number;
  @Field(() => Int) max!: number;
}

@ObjectType()
export class OpenQuestionModel {
  @Field(() => String) key!: string;
  @Field(() => LocalizedText) prompt!: LocalizedText;
}

@ObjectType('Campaign')
export class Campaign {
  @Field(() => ID) id!: string;
  @Field(() => ID) frameworkId!: string;
  @Field(() => String) title!: string;
  @Field(() => Instrument) instrument!: Instrument;
  @Field(() => RatingScale, { description: 'The scale both ratings use: 1–5, or 1–7 for HENNESSY_HICKS' }) scale!: RatingScale;
  @Field(() => [String]) provinceCodes!: string[];
  @Field(() => [Sector], { description: 'Empty: every sector' }) sectors!: Sector[];
  @Field(() => Date) opensAt!: Date;
  @Field(() => Date) closesAt!: Date;
  @Field(() => CampaignStatus) status!: CampaignStatus;
  @Field(() => Int) minGroupSize!: number;
  @Field(() => Int) voteBudget!: number;
  @Field(() => [OpenQuestionModel]) openQuestions!: OpenQuestionModel[];

  static from(entity: CampaignEntity, now = new Date()): Campaign {
    return Object.assign(new Campaign(), {
      id: entity.id,
      frameworkId: entity.frameworkId,
      title: entity.title,
      instrument: entity.instrument,
      scale: Object.assign(new RatingScale(), scaleOf(entity.instrument)),
      provinceCodes: entity.provinceCodes,
      sectors: entity.sectors as Sector[],
      opensAt: entity.opensAt,
      closesAt: entity.closesAt,
      status: CampaignStatus[campaignStatus(entity.opensAt, entity.closesAt, now)],
      minGroupSize: entity.minGroupSize,
      voteBudget: entity.voteBudget,
      openQuestions: entity.openQuestions.map((q) => Object.assign(new OpenQuestionModel(), { key: q.key, prompt: LocalizedText.from(q.prompt) })),
    });
  }
}

@ObjectType()
export class Rating {
  @Field(() => String) competencyCode!: string;
  @Field(() => Int) target!: number;
  @Field(() => Int) current!: number;
  @Field(() => NeedType, { nullable: true }) needType!: NeedType | null;

  static from(entity: Pick<RatingEntity, 'competencyCode' | 'target' | 'current' | 'needType'>): Rating {
    return Object.assign(new Rating(), {
      competencyCode: entity.competencyCode,
      target: entity.target,
      current: entity.current,
      needType: (entity.needType as NeedType | null) ?? null,
    });
  }
}

@ObjectType()
export class AnswerModel {
  @Field(() => String) key!: string;
  @Field(() => String) text!: string;
}

function answersOf(answers: Record<string, string>): AnswerModel[] {
  return Object.entries(answers).map(([key, text]) => Object.assign(new AnswerModel(), { key, text }));
}

@ObjectType()
export class AssessmentResponse {
  @Field(() => ID) id!: string;
  @Field(() => ID) campaignId!: string;
  @Field(() => ID, { nullable: true }) clientSubmissionId!: string | null;
  @Field(() => ResponseSource) source!: ResponseSource;
  @Field(() => Date) submittedAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => [Rating]) ratings!: Rating[];
  @Field(() => [AnswerModel]) answers!: AnswerModel[];

  static from(entity: AssessmentResponseEntity, ratings: RatingEntity[]): AssessmentResponse {
    return Object.assign(new AssessmentResponse(), {
      id: entity.id,
      campaignId: entity.campaignId,
      clientSubmissionId: entity.clientSubmissionId,
      source: entity.source,
      submittedAt: entity.submittedAt,
      updatedAt: entity.updatedAt,
      ratings: ratings.map((r) => Rating.from(r)),
      answers: answersOf(entity.answers),
    });
  }
}

@ObjectType()
export class DraftRating {
  @Field(() => String) competencyCode!: string;
  @Field(() => Int, { nullable: true }) target!: number | null;
  @Field(() => Int, { nullable: true }) current!: number | null;
  @Field(() => NeedType, { nullable: true }) needType!: NeedType | null;
}

@ObjectType()
export class AssessmentDraft {
  @Field(() => ID) campaignId!: string;
  @Field(() => [DraftRating]) ratings!: DraftRating[];
  @Field(() => [AnswerModel]) answers!: AnswerModel[];
  @Field(() => Date) updatedAt!: Date;

  static from(entity: AssessmentDraftEntity): AssessmentDraft {
    return Object.assign(new AssessmentDraft(), {
      campaignId: entity.campaignId,
      ratings: entity.ratings.map((r) => Object.assign(new DraftRating(), { ...r, needType: (r.needType as NeedType | null) ?? null })),
      answers: answersOf(entity.answers),
      updatedAt: entity.updatedAt,
    });
  }
}

@ObjectType()
export class ConsentText {
  @Field(() => String) version!: string;
  @Field(() => LocalizedText) text!: LocalizedText;
  @Field(() => Date, { nullable: true, description: 'When the signed-in person accepted this version, if they did' }) acceptedAt!: Date | null;
}

@ObjectType()
export class RejectedImportRow {
  @Field(() => Int, { description: '1-based line in the file; the header is line 1' }) line!: number;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field(() => String) reason!: string;
  @Field(() => String) message!: string;
}

@ObjectType()
export class ImportReport {
  @Field(() => String) mode!: string;
  @Field(() => Int) rows!: number;
  @Field(() => Int) storedResponses!: number;
  @Field(() => Int) storedRatings!: number;
  @Field(() => [RejectedImportRow]) rejected!: RejectedImportRow[];
}
