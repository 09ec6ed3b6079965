import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys become opaque text (1–128 printable characters: ODK/Kobo's "uuid:…", "row-17",
 * UUIDs). Altered in place so every key already received keeps answering its retries.
 */
export class OpaqueClientKeys1796524000000 implements MigrationInterface {
  name = 'OpaqueClientKeys1796524000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "assessment_response" ALTER COLUMN "client_submission_id" TYPE character varying(128) USING "client_submission_id"::text`);
    await queryRunner.query(`ALTER TABLE "submission_receipt" ALTER COLUMN "client_submission_id" TYPE character varying(128) USING "client_submission_id"::text`);
    await queryRunner.query(`ALTER TABLE "competency_rating" ALTER COLUMN "client_submission_id" TYPE character varying(128) USING "client_submission_id"::text`);
    await queryRunner.query(`ALTER TABLE "attendance_batch_receipt" ALTER COLUMN "client_batch_id" TYPE character varying(128) USING "client_batch_id"::text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Keys that are not UUIDs cannot go back into a uuid column: those receipts are dropped.
    await queryRunner.query(`DELETE FROM "attendance_batch_receipt" WHERE "client_batch_id" !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`);
    await queryRunner.query(`ALTER TABLE "attendance_batch_receipt" ALTER COLUMN "client_batch_id" TYPE uuid USING "client_batch_id"::uuid`);
    await queryRunner.query(`UPDATE "competency_rating" SET "client_submission_id" = NULL WHERE "client_submission_id" !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`);
    await queryRunner.query(`ALTER TABLE "competency_rating" ALTER COLUMN "client_submission_id" TYPE uuid USING "client_submission_id"::uuid`);
    await queryRunner.query(`DELETE FROM "submission_receipt" WHERE "client_submission_id" !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`);
    await queryRunner.query(`ALTER TABLE "submission_receipt" ALTER COLUMN "client_submission_id" TYPE uuid USING "client_submission_id"::uuid`);
    await queryRunner.query(`UPDATE "assessment_response" SET "client_submission_id" = NULL WHERE "client_submission_id" !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`);
    await queryRunner.query(`ALTER TABLE "assessment_response" ALTER COLUMN "client_submission_id" TYPE uuid USING "client_submission_id"::uuid`);
  }
}
