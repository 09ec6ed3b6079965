import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FrameworkTree1796523906618 implements MigrationInterface {
  name = 'FrameworkTree1796523906618';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competency_domain" ADD "description" jsonb`);
    await queryRunner.query(`ALTER TABLE "competency" ADD "parent_code" character varying(40)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competency" DROP COLUMN "parent_code"`);
    await queryRunner.query(`ALTER TABLE "competency_domain" DROP COLUMN "description"`);
  }
}
