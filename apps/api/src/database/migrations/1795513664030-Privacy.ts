import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Privacy1795513664030 implements MigrationInterface {
  name = 'Privacy1795513664030';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "action" character varying(32) NOT NULL, "entity" character varying(64) NOT NULL, "entity_id" character varying(64), "subject_id" uuid, "fields" text array NOT NULL DEFAULT '{}', CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_event_at_idx" ON "audit_event"  ("at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_subject_idx" ON "audit_event"  ("subject_id", "at") `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "erased_at"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_subject_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
