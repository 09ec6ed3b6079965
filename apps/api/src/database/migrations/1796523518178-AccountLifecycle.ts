import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountLifecycle1796523518178 implements MigrationInterface {
  name = 'AccountLifecycle1796523518178';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "phone" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "tokens_valid_after" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_phone_uq" ON "app_user"  ("phone") WHERE phone IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."app_user_phone_uq"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "tokens_valid_after"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "deactivated_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "phone"`);
  }
}
