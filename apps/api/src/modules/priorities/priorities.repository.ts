import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { VoteAllocation } from '@ruamsang/domain';
import { DataSource } from 'typeorm';
import { GapCommentEntity, GapRouteEntity, GapVoteEntity, PrioritySettingEntity, type NeedRoute } from './entities/priorities.entity.js';

export interface VoteTally {
  readonly competencyCode: string;
  readonly total: number;
  readonly mine: number;
}

@Injectable()
export class PrioritiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Votes per gap, everybody's and mine, aggregated in SQL (one statement). */
  async voteTallies(campaignId: string, voterId: string): Promise<VoteTally[]> {
    const rows = await this.dataSource.query<{ competency_code: string; total: number; mine: number }[]>(
      `SELECT competency_code, SUM(votes)::int AS total, COALESCE(SUM(votes) FILTER (WHERE voter_id = $2), 0)::int AS mine
       FROM gap_vote WHERE campaign_id = $1 GROUP BY competency_code`,
      [campaignId, voterId],
    );
    return rows.map((r) => ({ competencyCode: r.competency_code, total: Number(r.total), mine: Number(r.mine) }));
  }

  /** Comments per gap, counted in SQL. */
  async commentCounts(campaignId: string): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<{ competency_code: string; n: number }[]>(
      `SELECT competency_code, COUNT(*)::int AS n FROM gap_comment WHERE campaign_id = $1 GROUP BY competency_code`,
      [campaignId],
    );
    return new Map(rows.map((r) => [r.competency_code, Number(r.n)]));
  }

  myVotes(campaignId: string, voterId: string): Promise<GapVoteEntity[]> {
    return this.dataSource.getRepository(GapVoteEntity).find({ where: { campaignId, voterId }, order: { competencyCode: 'ASC' } });
  }

  /**
   * Replaces a participant's whole allocation in one transaction: setting the same votes twice
   * leaves the same rows. The voter's rows are locked first so two tabs cannot both spend the budget.
   */
  async replaceVotes(campaignId: string, voterId: string, allocation: readonly VoteAllocation[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`gap_vote:${campaignId}:${voterId}`]);
      await manager.getRepository(GapVoteEntity).delete({ campaignId, voterId });
      const rows = allocation.filter((a) => a.votes > 0);
      if (rows.length > 0) {
        await manager.getRepository(GapVoteEntity).insert(rows.map((a) => ({ campaignId, voterId, competencyCode: a.competencyCode, votes: a.votes })));
      }
    });
  }

  settings(campaignId: string): Promise<PrioritySettingEntity | null> {
    return this.dataSource.getRepository(PrioritySettingEntity).findOneBy({ campaignId });
  }

  async saveSettings(campaignId: string, weight: number, maxVotesPerGap: number, updatedBy: string): Promise<PrioritySettingEntity> {
    await this.dataSource.query(
      `INSERT INTO priority_setting (campaign_id, weight, max_votes_per_gap, updated_by, updated_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (campaign_id) DO UPDATE SET weight = EXCLUDED.weight, max_votes_per_gap = EXCLUDED.max_votes_per_gap,
         updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [campaignId, weight, maxVotesPerGap, updatedBy],
    );
    const saved = await this.settings(campaignId);
    if (!saved) throw new Error('priority_setting upsert lost its row');
    return saved;
  }

  routes(campaignId: string): Promise<GapRouteEntity[]> {
    return this.dataSource.getRepository(GapRouteEntity).findBy({ campaignId });
  }

  async saveRoute(campaignId: string, competencyCode: string, route: NeedRoute, note: string | null, routedBy: string): Promise<GapRouteEntity> {
    await this.dataSource.query(
      `INSERT INTO gap_route (campaign_id, competency_code, route, note, routed_by, routed_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (campaign_id, competency_code) DO UPDATE SET route = EXCLUDED.route, note = EXCLUDED.note,
         routed_by = EXCLUDED.routed_by, routed_at = now()`,
      [campaignId, competencyCode, route, note, routedBy],
    );
    const saved = await this.dataSource.getRepository(GapRouteEntity).findOneBy({ campaignId, competencyCode });
    if (!saved) throw new Error('gap_route upsert lost its row');
    return saved;
  }

  addComment(comment: Pick<GapCommentEntity, 'campaignId' | 'competencyCode' | 'authorId' | 'body'>): Promise<GapCommentEntity> {
    const repository = this.dataSource.getRepository(GapCommentEntity);
    return repository.save(repository.create(comment));
  }

  findComment(id: string): Promise<GapCommentEntity | null> {
    return this.dataSource.getRepository(GapCommentEntity).findOneBy({ id });
  }

  async deleteComment(id: string): Promise<void> {
    await this.dataSource.getRepository(GapCommentEntity).delete({ id });
  }

  /** One page of a gap's thread, oldest first, with the thread's length. */
  async comments(campaignId: string, competencyCode: string, offset: number, limit: number): Promise<{ items: GapCommentEntity[]; total: number }> {
    const [items, total] = await this.dataSource
      .getRepository(GapCommentEntity)
      .findAndCount({ where: { campaignId, competencyCode }, order: { createdAt: 'ASC', id: 'ASC' }, skip: offset, take: limit });
    return { items, total };
  }
}
