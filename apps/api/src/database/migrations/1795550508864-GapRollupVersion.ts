import type { MigrationInterface, QueryRunner } from 'typeorm';

export class GapRollupVersion1795550508864 implements MigrationInterface {
  name = 'GapRollupVersion1795550508864';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign" ADD "rollup_version" bigint NOT NULL DEFAULT '0'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "rollup_version"`);
  }
}
