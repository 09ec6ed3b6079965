import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Curricula1795512337718 implements MigrationInterface {
  name = 'Curricula1795512337718';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "training_module" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "title" jsonb NOT NULL, "summary" jsonb, "competency_targets" jsonb NOT NULL DEFAULT '[]', "hours" double precision NOT NULL, "delivery_mode" character varying(16) NOT NULL, "teaching_language" character varying(20) NOT NULL, "materials" jsonb NOT NULL DEFAULT '[]', "addressed_gaps" jsonb NOT NULL DEFAULT '[]', "persona_ids" text array NOT NULL DEFAULT '{}', "co_author_ids" uuid array NOT NULL DEFAULT '{}', "status" character varying(12) NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b8d0e5f39fcbabed5e61c1f929" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "training_module_code_uq" ON "training_module"  ("code") `);
    await queryRunner.query(`CREATE INDEX "training_module_status_idx" ON "training_module"  ("status") `);
    await queryRunner.query(`CREATE TABLE "training_module_prerequisite" ("module_id" uuid NOT NULL, "prerequisite_id" uuid NOT NULL, CONSTRAINT "PK_c55efffb7ac6318d0d2f86826c6" PRIMARY KEY ("module_id", "prerequisite_id"))`);
    await queryRunner.query(`CREATE INDEX "module_prerequisite_prerequisite_idx" ON "training_module_prerequisite"  ("prerequisite_id") `);
    await queryRunner.query(`CREATE TABLE "module_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "changes" jsonb NOT NULL, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_980f26dd3aaba44386ab0cef6d2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "module_version_uq" ON "module_version"  ("module_id", "version") `);
    await queryRunner.query(`CREATE TABLE "module_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "module_id" uuid NOT NULL, "author_id" uuid, "kind" character varying(12) NOT NULL, "body" text NOT NULL, "module_version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1f50ea413fde8fae1a1d2663c0a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "module_comment_module_idx" ON "module_comment"  ("module_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "curriculum" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "campaign_id" uuid NOT NULL, "province_codes" text array NOT NULL DEFAULT '{}', "sectors" text array NOT NULL DEFAULT '{}', "persona_groups" text array NOT NULL DEFAULT '{}', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ea7cdfd52edbddc8d7352e2a747" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "curriculum_campaign_idx" ON "curriculum"  ("campaign_id") `);
    await queryRunner.query(`CREATE TABLE "curriculum_module" ("curriculum_id" uuid NOT NULL, "module_id" uuid NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_2c3c1beaef7aef6dffe6c60d5a9" PRIMARY KEY ("curriculum_id", "module_id"))`);
    await queryRunner.query(`CREATE INDEX "curriculum_module_module_idx" ON "curriculum_module"  ("module_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "curriculum_module_position_uq" ON "curriculum_module"  ("curriculum_id", "position") `);
    await queryRunner.query(`ALTER TABLE "training_module" ADD CONSTRAINT "training_module_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_module_prerequisite" ADD CONSTRAINT "module_prerequisite_module_fk" FOREIGN KEY ("module_id") REFERENCES "training_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_module_prerequisite" ADD CONSTRAINT "module_prerequisite_prerequisite_fk" FOREIGN KEY ("prerequisite_id") REFERENCES "training_module"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_version" ADD CONSTRAINT "module_version_module_fk" FOREIGN KEY ("module_id") REFERENCES "training_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_version" ADD CONSTRAINT "module_version_changed_by_fk" FOREIGN KEY ("changed_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_comment" ADD CONSTRAINT "module_comment_module_fk" FOREIGN KEY ("module_id") REFERENCES "training_module"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "module_comment" ADD CONSTRAINT "module_comment_author_fk" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "curriculum" ADD CONSTRAINT "curriculum_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "curriculum" ADD CONSTRAINT "curriculum_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "curriculum_module" ADD CONSTRAINT "curriculum_module_curriculum_fk" FOREIGN KEY ("curriculum_id") REFERENCES "curriculum"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "curriculum_module" ADD CONSTRAINT "curriculum_module_module_fk" FOREIGN KEY ("module_id") REFERENCES "training_module"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "curriculum_module" DROP CONSTRAINT "curriculum_module_module_fk"`);
    await queryRunner.query(`ALTER TABLE "curriculum_module" DROP CONSTRAINT "curriculum_module_curriculum_fk"`);
    await queryRunner.query(`ALTER TABLE "curriculum" DROP CONSTRAINT "curriculum_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "curriculum" DROP CONSTRAINT "curriculum_campaign_fk"`);
    await queryRunner.query(`ALTER TABLE "module_comment" DROP CONSTRAINT "module_comment_author_fk"`);
    await queryRunner.query(`ALTER TABLE "module_comment" DROP CONSTRAINT "module_comment_module_fk"`);
    await queryRunner.query(`ALTER TABLE "module_version" DROP CONSTRAINT "module_version_changed_by_fk"`);
    await queryRunner.query(`ALTER TABLE "module_version" DROP CONSTRAINT "module_version_module_fk"`);
    await queryRunner.query(`ALTER TABLE "training_module_prerequisite" DROP CONSTRAINT "module_prerequisite_prerequisite_fk"`);
    await queryRunner.query(`ALTER TABLE "training_module_prerequisite" DROP CONSTRAINT "module_prerequisite_module_fk"`);
    await queryRunner.query(`ALTER TABLE "training_module" DROP CONSTRAINT "training_module_created_by_fk"`);
    await queryRunner.query(`DROP INDEX "public"."curriculum_module_position_uq"`);
    await queryRunner.query(`DROP INDEX "public"."curriculum_module_module_idx"`);
    await queryRunner.query(`DROP TABLE "curriculum_module"`);
    await queryRunner.query(`DROP INDEX "public"."curriculum_campaign_idx"`);
    await queryRunner.query(`DROP TABLE "curriculum"`);
    await queryRunner.query(`DROP INDEX "public"."module_comment_module_idx"`);
    await queryRunner.query(`DROP TABLE "module_comment"`);
    await queryRunner.query(`DROP INDEX "public"."module_version_uq"`);
    await queryRunner.query(`DROP TABLE "module_version"`);
    await queryRunner.query(`DROP INDEX "public"."module_prerequisite_prerequisite_idx"`);
    await queryRunner.query(`DROP TABLE "training_module_prerequisite"`);
    await queryRunner.query(`DROP INDEX "public"."training_module_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."training_module_code_uq"`);
    await queryRunner.query(`DROP TABLE "training_module"`);
  }
}
