import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Scheduling1795515495610 implements MigrationInterface {
  name = 'Scheduling1795515495610';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "venue" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "province_code" character varying(2) NOT NULL, "name" character varying(200) NOT NULL, "capacity" integer NOT NULL, "availability" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c53deb6d1bcb088f9d459e7dbc0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "venue_province_idx" ON "venue"  ("province_code") `);
    await queryRunner.query(`CREATE TABLE "trainer_profile" ("user_id" uuid NOT NULL, "home_province_code" character varying(2) NOT NULL, "module_codes" text array NOT NULL DEFAULT '{}', "availability" jsonb NOT NULL DEFAULT '[]', "max_load_hours" integer, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eff77c5a7cbc70e795b6f866102" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE TABLE "cohort" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "curriculum_id" uuid NOT NULL, "province_code" character varying(2) NOT NULL, "teaching_language" character varying(20) NOT NULL, "capacity" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4fb3cca38dc4b461110344e5f9b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "cohort_curriculum_idx" ON "cohort"  ("curriculum_id") `);
    await queryRunner.query(`CREATE INDEX "cohort_province_idx" ON "cohort"  ("province_code") `);
    await queryRunner.query(`CREATE TABLE "training_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "module_id" uuid NOT NULL, "venue_id" uuid NOT NULL, "trainer_ids" uuid array NOT NULL DEFAULT '{}', "dates" text array NOT NULL, "start_time" character varying(5) NOT NULL, "end_time" character varying(5) NOT NULL, "status" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a17a9657ff5a6e048bfd82c4651" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "training_session_venue_idx" ON "training_session"  ("venue_id") `);
    await queryRunner.query(`CREATE INDEX "training_session_status_idx" ON "training_session"  ("status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "training_session_cohort_module_uq" ON "training_session"  ("cohort_id", "module_id") `);
    await queryRunner.query(`CREATE TABLE "province_calendar_rule" ("province_code" character varying(2) NOT NULL, "ramadan_policy" character varying(10) NOT NULL, "prayer_start" character varying(5), "prayer_end" character varying(5), "blackouts" jsonb NOT NULL DEFAULT '[]', "extra_holidays" jsonb NOT NULL DEFAULT '[]', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c874bc46b01a78f1f0c4726a20b" PRIMARY KEY ("province_code"))`);
    await queryRunner.query(`CREATE TABLE "enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cohort_id" uuid NOT NULL, "practitioner_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "queued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d2679f6c891d77c58aa0e05f2b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "enrolment_practitioner_idx" ON "enrolment"  ("practitioner_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "enrolment_cohort_practitioner_uq" ON "enrolment"  ("cohort_id", "practitioner_id") `);
    await queryRunner.query(`CREATE TABLE "calendar_token" ("user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e1a2772379b4bf7916c02b62bb1" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "calendar_token_hash_uq" ON "calendar_token"  ("token_hash") `);
    await queryRunner.query(`ALTER TABLE "trainer_profile" ADD CONSTRAINT "trainer_profile_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cohort" ADD CONSTRAINT "cohort_curriculum_fk" FOREIGN KEY ("curriculum_id") REFERENCES "curriculum"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_session" ADD CONSTRAINT "training_session_cohort_fk" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_session" ADD CONSTRAINT "training_session_module_fk" FOREIGN KEY ("module_id") REFERENCES "training_module"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_session" ADD CONSTRAINT "training_session_venue_fk" FOREIGN KEY ("venue_id") REFERENCES "venue"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "province_calendar_rule" ADD CONSTRAINT "province_calendar_rule_updated_by_fk" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_cohort_fk" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "enrolment" ADD CONSTRAINT "enrolment_practitioner_fk" FOREIGN KEY ("practitioner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "calendar_token" ADD CONSTRAINT "calendar_token_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_token" DROP CONSTRAINT "calendar_token_user_fk"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "enrolment_practitioner_fk"`);
    await queryRunner.query(`ALTER TABLE "enrolment" DROP CONSTRAINT "enrolment_cohort_fk"`);
    await queryRunner.query(`ALTER TABLE "province_calendar_rule" DROP CONSTRAINT "province_calendar_rule_updated_by_fk"`);
    await queryRunner.query(`ALTER TABLE "training_session" DROP CONSTRAINT "training_session_venue_fk"`);
    await queryRunner.query(`ALTER TABLE "training_session" DROP CONSTRAINT "training_session_module_fk"`);
    await queryRunner.query(`ALTER TABLE "training_session" DROP CONSTRAINT "training_session_cohort_fk"`);
    await queryRunner.query(`ALTER TABLE "cohort" DROP CONSTRAINT "cohort_curriculum_fk"`);
    await queryRunner.query(`ALTER TABLE "trainer_profile" DROP CONSTRAINT "trainer_profile_user_fk"`);
    await queryRunner.query(`DROP INDEX "public"."calendar_token_hash_uq"`);
    await queryRunner.query(`DROP TABLE "calendar_token"`);
    await queryRunner.query(`DROP INDEX "public"."enrolment_cohort_practitioner_uq"`);
    await queryRunner.query(`DROP INDEX "public"."enrolment_practitioner_idx"`);
    await queryRunner.query(`DROP TABLE "enrolment"`);
    await queryRunner.query(`DROP TABLE "province_calendar_rule"`);
    await queryRunner.query(`DROP INDEX "public"."training_session_cohort_module_uq"`);
    await queryRunner.query(`DROP INDEX "public"."training_session_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."training_session_venue_idx"`);
    await queryRunner.query(`DROP TABLE "training_session"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_province_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cohort_curriculum_idx"`);
    await queryRunner.query(`DROP TABLE "cohort"`);
    await queryRunner.query(`DROP TABLE "trainer_profile"`);
    await queryRunner.query(`DROP INDEX "public"."venue_province_idx"`);
    await queryRunner.query(`DROP TABLE "venue"`);
  }
}
