import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PasswordResetLink1796525330508 implements MigrationInterface {
  name = 'PasswordResetLink1796525330508';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "kept_session_id" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "password_reset_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "password_reset_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_password_reset_uq" ON "app_user"  ("password_reset_hash") WHERE password_reset_hash IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."app_user_password_reset_uq"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "password_reset_expires_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "password_reset_hash"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "kept_session_id"`);
  }
}
