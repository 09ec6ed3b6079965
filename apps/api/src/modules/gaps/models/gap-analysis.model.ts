import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GapGrouping, Instrument } from '@ruamsang/shared';

export enum Quadrant {
  HIGH_IMPORTANCE_HIGH_GAP = 'HIGH_IMPORTANCE_HIGH_GAP',
  HIGH_IMPORTANCE_LOW_GAP = 'HIGH_IMPORTANCE_LOW_GAP',
  LOW_IMPORTANCE_HIGH_GAP = 'LOW_IMPORTANCE_HIGH_GAP',
  LOW_IMPORTANCE_LOW_GAP = 'LOW_IMPORTANCE_LOW_GAP',
}
registerEnumType(Quadrant, { name: 'Quadrant', description: 'Locus for Focus: importance vs gap, split at the grand means' });
registerEnumType(GapGrouping, { name: 'GapGrouping' });

@ObjectType({ description: 'Figures for one competency in one group; all null when the group is suppressed' })
export class GapFigure {
  @Field(() => String) competencyCode!: string;
  @Field(() => Int, { description: 'Ratings counted (0 when suppressed)' }) n!: number;
  @Field(() => Float, { nullable: true }) meanTarget!: number | null;
  @Field(() => Float, { nullable: true }) meanCurrent!: number | null;
  @Field(() => Float, { nullable: true }) medianTarget!: number | null;
  @Field(() => Float, { nullable: true }) medianCurrent!: number | null;
  @Field(() => Float, { nullable: true }) sdTarget!: number | null;
  @Field(() => Float, { nullable: true }) sdCurrent!: number | null;
  @Field(() => Float, { nullable: true, description: 'mean(T − C), the Hennessy-Hicks need; negative values are kept' }) meanGap!: number | null;
  @Field(() => Boolean, { description: 'True when the mean gap is negative (ability above importance)' }) negativeGap!: boolean;
  @Field(() => Float, { nullable: true, description: 'Borich Mean Weighted Discrepancy Score: mean(T − C) × mean(T)' }) mwds!: number | null;
  @Field(() => Float, { nullable: true, description: "Wongwanich's PNImodified: (mean T − mean C) / mean C" }) pniModified!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of respondents with T − C ≥ 2' }) shareWithGap2!: number | null;
  @Field(() => Float, { nullable: true, description: '95% confidence interval of the mean gap (Student t); null when n < 2' }) gapCiLow!: number | null;
  @Field(() => Float, { nullable: true }) gapCiHigh!: number | null;
  @Field(() => Quadrant, { nullable: true }) quadrant!: Quadrant | null;
  @Field(() => Int, { nullable: true, description: 'Rank by the campaign’s primary index; ties share a rank' }) rank!: number | null;
}

@ObjectType()
export class GapGroup {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) respondents!: number;
  @Field(() => Boolean, { description: 'Fewer respondents than minGroupSize: no figures are shown' }) suppressed!: boolean;
  @Field(() => [GapFigure]) figures!: GapFigure[];
}

@ObjectType()
export class GapAnalysis {
  @Field(() => ID) campaignId!: string;
  @Field(() => Instrument) instrument!: Instrument;
  @Field(() => GapGrouping) groupBy!: GapGrouping;
  @Field(() => String, { description: 'The figure ranks are based on: mwds, pniModified or meanGap' }) primaryIndex!: string;
  @Field(() => Int) minGroupSize!: number;
  @Field(() => [GapGroup]) groups!: GapGroup[];
}
