import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessments1795492410269 implements MigrationInterface {
  name = 'Assessments1795492410269';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "framework" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "version" integer NOT NULL, "status" character varying(16) NOT NULL, "name" jsonb NOT NULL, "description" jsonb, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "published_at" TIMESTAMP WITH TIME ZONE, "previous_version_id" uuid, CONSTRAINT "PK_413064c9a2fb226f0d933712883" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "framework_code_version_uq" ON "framework"  ("code", "version") `);
    await queryRunner.query(`CREATE TABLE "campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "instrument" character varying(16) NOT NULL, "province_codes" text array NOT NULL, "sectors" text array NOT NULL DEFAULT '{}', "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "min_group_size" integer NOT NULL DEFAULT '5', "vote_budget" integer NOT NULL DEFAULT '10', "open_questions" jsonb NOT NULL DEFAULT '[]', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "campaign_framework_idx" ON "campaign"  ("framework_id") `);
    await queryRunner.query(`CREATE TABLE "assessment_response" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "respondent_id" uuid, "respondent_ref" character varying(60), "source" character varying(16) NOT NULL, "province_code" character varying(2) NOT NULL, "district_code" character varying(4), "sector" character varying(32), "organisation_id" uuid, "gender" character varying(32), "age_band" character varying(32), "persona_groups" text array NOT NULL DEFAULT '{}', "answers" jsonb NOT NULL DEFAULT '{}', "client_submission_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_eaffa57de14e7b599f66121cc40" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "assessment_response_respondent_idx" ON "assessment_response"  ("respondent_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "assessment_response_ref_uq" ON "assessment_response"  ("campaign_id", "respondent_ref") WHERE "respondent_ref" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "assessment_response_respondent_uq" ON "assessment_response"  ("campaign_id", "respondent_id") WHERE "respondent_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE "rating" ("response_id" uuid NOT NULL, "competency_code" character varying(40) NOT NULL, "campaign_id" uuid NOT NULL, "target" smallint NOT NULL, "current" smallint NOT NULL, "need_type" character varying(16), CONSTRAINT "PK_7f8ced9508c98f2098bf18710c3" PRIMARY KEY ("response_id", "competency_code"))`);
    await queryRunner.query(`CREATE INDEX "rating_campaign_competency_idx" ON "rating"  ("campaign_id", "competency_code") `);
    await queryRunner.query(`CREATE TABLE "submission_receipt" ("client_submission_id" uuid NOT NULL, "response_id" uuid NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c4833e5ecbe414ad42718f94942" PRIMARY KEY ("client_submission_id"))`);
    await queryRunner.query(`CREATE INDEX "submission_receipt_response_idx" ON "submission_receipt"  ("response_id") `);
    await queryRunner.query(`CREATE TABLE "assessment_draft" ("campaign_id" uuid NOT NULL, "user_id" uuid NOT NULL, "ratings" jsonb NOT NULL DEFAULT '[]', "answers" jsonb NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_46c2cfb9f2d9d9d08efc6248376" PRIMARY KEY ("campaign_id", "user_id"))`);
    await queryRunner.query(`CREATE TABLE "consent_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "consent_version" character varying(32) NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b357c35aea3aa0be4647282324f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "consent_record_user_idx" ON "consent_record"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "competency_domain" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name" jsonb NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_7b18424f14e59f21cc604f368f1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "competency_domain_code_uq" ON "competency_domain"  ("framework_id", "code") `);
    await queryRunner.query(`CREATE TABLE "competency" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "framework_id" uuid NOT NULL, "domain_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "name" jsonb NOT NULL, "description" jsonb, "level_descriptors" jsonb NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_9b9cd5b5654e3900e92f6956436" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "competency_domain_idx" ON "competency"  ("domain_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "competency_code_uq" ON "competency"  ("framework_id", "code") `);
    await queryRunner.query(`CREATE TABLE "gap_rollup" ("campaign_id" uuid NOT NULL, "grouping" character varying(16) NOT NULL, "group_key" character varying(64) NOT NULL, "competency_code" character varying(40) NOT NULL, "n" integer NOT NULL, "t1" integer NOT NULL, "t2" integer NOT NULL, "t3" integer NOT NULL, "t4" integer NOT NULL, "t5" integer NOT NULL, "t6" integer NOT NULL, "t7" integer NOT NULL, "c1" integer NOT NULL, "c2" integer NOT NULL, "c3" integer NOT NULL, "c4" integer NOT NULL, "c5" integer NOT NULL, "c6" integer NOT NULL, "c7" integer NOT NULL, "sum_d2" bigint NOT NULL, "count_gap2" integer NOT NULL, CONSTRAINT "PK_76d3299a54c7cda18d77f6b6109" PRIMARY KEY ("campaign_id", "grouping", "group_key", "competency_code"))`);
    await queryRunner.query(`CREATE TABLE "gap_group" ("campaign_id" uuid NOT NULL, "grouping" character varying(16) NOT NULL, "group_key" character varying(64) NOT NULL, "respondents" integer NOT NULL, CONSTRAINT "PK_272505c79b621c6f9d7b3d49f73" PRIMARY KEY ("campaign_id", "grouping", "group_key"))`);
    await queryRunner.query(`ALTER TABLE "campaign" ADD CONSTRAINT "campaign_framework_fk" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_response" ADD CONSTRAINT "assessment_response_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_response" ADD CONSTRAINT "assessment_response_respondent_fk" FOREIGN KEY ("respondent_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "rating" ADD CONSTRAINT "rating_response_fk" FOREIGN KEY ("response_id") REFERENCES "assessment_response"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "submission_receipt" ADD CONSTRAINT "submission_receipt_response_fk" FOREIGN KEY ("response_id") REFERENCES "assessment_response"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_draft" ADD CONSTRAINT "assessment_draft_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "assessment_draft" ADD CONSTRAINT "assessment_draft_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent_record" ADD CONSTRAINT "consent_record_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency_domain" ADD CONSTRAINT "competency_domain_framework_fk" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency" ADD CONSTRAINT "competency_framework_fk" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency" ADD CONSTRAINT "competency_domain_fk" FOREIGN KEY ("domain_id") REFERENCES "competency_domain"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competency" DROP CONSTRAINT "competency_domain_fk"`);
    await queryRunner.query(`ALTER TABLE "competency" DROP CONSTRAINT "competency_framework_fk"`);
    await queryRunner.query(`ALTER TABLE "competency_domain" DROP CONSTRAINT "competency_domain_framework_fk"`);
    await queryRunner.query(`ALTER TABLE "consent_record" DROP CONSTRAINT "consent_record_user_fk"`);
    await queryRunner.query(`ALTER TABLE "assessment_draft" DROP CONSTRAINT "assessment_draft_user_fk"`);
    await queryRunner.query(`ALTER TABLE "assessment_draft" DROP CONSTRAINT "assessment_draft_campaign_fk"`);
    await queryRunner.query(`ALTER TABLE "submission_receipt" DROP CONSTRAINT "submission_receipt_response_fk"`);
    await queryRunner.query(`ALTER TABLE "rating" DROP CONSTRAINT "rating_response_fk"`);
    await queryRunner.query(`ALTER TABLE "assessment_response" DROP CONSTRAINT "assessment_response_respondent_fk"`);
    await queryRunner.query(`ALTER TABLE "assessment_response" DROP CONSTRAINT "assessment_response_campaign_fk"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "campaign_framework_fk"`);
    await queryRunner.query(`DROP TABLE "gap_group"`);
    await queryRunner.query(`DROP TABLE "gap_rollup"`);
    await queryRunner.query(`DROP INDEX "public"."competency_code_uq"`);
    await queryRunner.query(`DROP INDEX "public"."competency_domain_idx"`);
    await queryRunner.query(`DROP TABLE "competency"`);
    await queryRunner.query(`DROP INDEX "public"."competency_domain_code_uq"`);
    await queryRunner.query(`DROP TABLE "competency_domain"`);
    await queryRunner.query(`DROP INDEX "public"."consent_record_user_idx"`);
    await queryRunner.query(`DROP TABLE "consent_record"`);
    await queryRunner.query(`DROP TABLE "assessment_draft"`);
    await queryRunner.query(`DROP INDEX "public"."submission_receipt_response_idx"`);
    await queryRunner.query(`DROP TABLE "submission_receipt"`);
    await queryRunner.query(`DROP INDEX "public"."rating_campaign_competency_idx"`);
    await queryRunner.query(`DROP TABLE "rating"`);
    await queryRunner.query(`DROP INDEX "public"."assessment_response_respondent_uq"`);
    await queryRunner.query(`DROP INDEX "public"."assessment_response_ref_uq"`);
    await queryRunner.query(`DROP INDEX "public"."assessment_response_respondent_idx"`);
    await queryRunner.query(`DROP TABLE "assessment_response"`);
    await queryRunner.query(`DROP INDEX "public"."campaign_framework_idx"`);
    await queryRunner.query(`DROP TABLE "campaign"`);
    await queryRunner.query(`DROP INDEX "public"."framework_code_version_uq"`);
    await queryRunner.query(`DROP TABLE "framework"`);
  }
}
