import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GroupDelta, RollupDelta } from '@ruamsang/domain';
import type { GapGrouping } from '@ruamsang/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { GapGroupEntity, GapRollupEntity } from './entities/gap-rollup.entity.js';

const LEVELS = [1, 2, 3, 4, 5, 6, 7] as const;

@Injectable()
export class GapsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds deltas to the rollups with one upsert per table (rows pre-sorted: stable lock order). */
  async applyDeltas(campaignId: string, rollups: readonly RollupDelta[], groups: readonly GroupDelta[], manager: EntityManager): Promise<void> {
    if (groups.length === 0 && rollups.length === 0) return;
    if (groups.length > 0) {
      await manager.query(
        `INSERT INTO gap_group (campaign_id, grouping, group_key, respondents)
         SELECT $1, g, k, r FROM unnest($2::varchar[], $3::varchar[], $4::int[]) AS t(g, k, r)
         ON CONFLICT (campaign_id, grouping, group_key) DO UPDATE SET respondents = gap_group.respondents + EXCLUDED.respondents`,
        [campaignId, groups.map((g) => g.grouping), groups.map((g) => g.groupKey), groups.map((g) => g.respondents)],
      );
    }
    for (let i = 0; i < rollups.length; i += 10_000) {
      const chunk = rollups.slice(i, i + 10_000);
      const histogram = (side: 't' | 'c') => LEVELS.map((level) => chunk.map((d) => d[side][level - 1] ?? 0));
      const columns = [...LEVELS.map((l) => `t${l}`), ...LEVELS.map((l) => `c${l}`)];
      const params: unknown[] = [
        campaignId,
        chunk.map((d) => d.grouping),
        chunk.map((d) => d.groupKey),
        chunk.map((d) => d.competencyCode),
        chunk.map((d) => d.n),
        ...histogram('t'),
        ...histogram('c'),
        chunk.map((d) => d.sumD2),
        chunk.map((d) => d.countGap2),
      ];
      const arrays = columns.map((_, j) => `$${6 + j}::int[]`).join(', ');
      await manager.query(
        `INSERT INTO gap_rollup (campaign_id, grouping, group_key, competency_code, n, ${columns.join(', ')}, sum_d2, count_gap2)
         SELECT $1, * FROM unnest($2::varchar[], $3::varchar[], $4::varchar[], $5::int[], ${arrays}, $20::bigint[], $21::int[])
         ON CONFLICT (campaign_id, grouping, group_key, competency_code) DO UPDATE SET
           n = gap_rollup.n + EXCLUDED.n,
           ${columns.map((c) => `${c} = gap_rollup.${c} + EXCLUDED.${c}`).join(',\n           ')},
           sum_d2 = gap_rollup.sum_d2 + EXCLUDED.sum_d2,
           count_gap2 = gap_rollup.count_gap2 + EXCLUDED.count_gap2`,
        params,
      );
    }
    // After the rollup rows, as every writer does: one lock order, and the new version is
    // visible exactly when the figures it stands for are.
    await manager.query('UPDATE campaign SET rollup_version = rollup_version + 1 WHERE id = $1', [campaignId]);
  }

  /** The dashboard read: rollups only, never the ratings table. */
  rollups(campaignId: string, grouping: GapGrouping): Promise<GapRollupEntity[]> {
    return this.dataSource
      .getRepository(GapRollupEntity)
      .find({ where: { campaignId, grouping }, order: { groupKey: 'ASC', competencyCode: 'ASC' } });
  }

  groups(campaignId: string, grouping: GapGrouping): Promise<GapGroupEntity[]> {
    return this.dataSource.getRepository(GapGroupEntity).find({ where: { campaignId, grouping }, order: { groupKey: 'ASC' } });
  }
}
