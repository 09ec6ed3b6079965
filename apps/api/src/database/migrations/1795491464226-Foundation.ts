import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795491464226 implements MigrationInterface {
  name = 'Foundation1795491464226';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "province" ("code" character varying(2) NOT NULL, "name_th" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, CONSTRAINT "PK_3288dfa18d390ed33b359fc0418" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "district" ("code" character varying(4) NOT NULL, "province_code" character varying(2) NOT NULL, "name_th" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, CONSTRAINT "PK_fbfe5cb0d22c2be8c9a9fff5b6b" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "district_province_idx" ON "district"  ("province_code") `);
    await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "sector" character varying(32) NOT NULL, "province_code" character varying(2), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisation_name_province_uq" ON "organisation"  ("name", "province_code") `);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "display_name" character varying(200) NOT NULL, "role" character varying(16) NOT NULL, "province_code" character varying(2), "district_code" character varying(4), "organisation_id" uuid, "sector" character varying(32), "gender" character varying(32), "age_band" character varying(32), "languages" text array NOT NULL DEFAULT '{}', "persona_groups" text array NOT NULL DEFAULT '{}', "managed_province_codes" text array NOT NULL DEFAULT '{}', "preferred_locale" character varying(2) NOT NULL DEFAULT 'th', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_uq" ON "app_user"  ("email") `);
    await queryRunner.query(`CREATE INDEX "app_user_organisation_idx" ON "app_user"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "app_user_role_province_idx" ON "app_user"  ("role", "province_code") `);
    await queryRunner.query(`ALTER TABLE "district" ADD CONSTRAINT "district_province_fk" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "organisation_province_fk" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "app_user_province_fk" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "app_user_district_fk" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "app_user_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_organisation_fk"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_district_fk"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "app_user_province_fk"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "organisation_province_fk"`);
    await queryRunner.query(`ALTER TABLE "district" DROP CONSTRAINT "district_province_fk"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_role_province_idx"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_email_uq"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_name_province_uq"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP INDEX "public"."district_province_idx"`);
    await queryRunner.query(`DROP TABLE "district"`);
    await queryRunner.query(`DROP TABLE "province"`);
  }
}
