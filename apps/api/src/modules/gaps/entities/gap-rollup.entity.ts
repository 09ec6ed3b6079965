import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Maintained aggregate of one campaign's ratings for one competency in one group, updated in
 * the same transaction as every submission, edit and import. Histograms of T and C (levels
 * 1–7) give exact means, medians and sds; sum_d2 and count_gap2 need the pairs, so they are kept.
 */
@Entity({ name: 'gap_rollup' })
export class GapRollupEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' }) campaignId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) grouping!: string;
  @PrimaryColumn({ name: 'group_key', type: 'varchar', length: 64 }) groupKey!: string;
  @PrimaryColumn({ name: 'competency_code', type: 'varchar', length: 40 }) competencyCode!: string;
  @Column({ type: 'int' }) n!: number;
  @Column({ type: 'int' }) t1!: number;
  @Column({ type: 'int' }) t2!: number;
  @Column({ type: 'int' }) t3!: number;
  @Column({ type: 'int' }) t4!: number;
  @Column({ type: 'int' }) t5!: number;
  @Column({ type: 'int' }) t6!: number;
  @Column({ type: 'int' }) t7!: number;
  @Column({ type: 'int' }) c1!: number;
  @Column({ type: 'int' }) c2!: number;
  @Column({ type: 'int' }) c3!: number;
  @Column({ type: 'int' }) c4!: number;
  @Column({ type: 'int' }) c5!: number;
  @Column({ type: 'int' }) c6!: number;
  @Column({ type: 'int' }) c7!: number;
  @Column({ name: 'sum_d2', type: 'bigint' }) sumD2!: string;
  @Column({ name: 'count_gap2', type: 'int' }) countGap2!: number;
}

/** How many respondents each group has, for small-cell suppression. */
@Entity({ name: 'gap_group' })
export class GapGroupEntity {
  @PrimaryColumn({ name: 'campaign_id', type: 'uuid' }) campaignId!: string;
  @PrimaryColumn({ type: 'varchar', length: 16 }) grouping!: string;
  @PrimaryColumn({ name: 'group_key', type: 'varchar', length: 64 }) groupKey!: string;
  @Column({ type: 'int' }) respondents!: number;
}
