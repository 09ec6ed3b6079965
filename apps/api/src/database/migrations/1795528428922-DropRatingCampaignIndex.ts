import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DropRatingCampaignIndex1795528428922 implements MigrationInterface {
  name = 'DropRatingCampaignIndex1795528428922';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."rating_campaign_competency_idx"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "rating_campaign_competency_idx" ON "rating" USING btree ("campaign_id", "competency_code") `);
  }
}
