import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1796524259841 implements MigrationInterface {
  name = 'Invitations1796524259841';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying(64) NOT NULL, "campaign_id" uuid, "cohort_id" uuid, "province_code" character varying(2) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "max_uses" integer, "uses" integer NOT NULL DEFAULT '0', "revoked_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitation_token_hash_uq" ON "invitation"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "invitation_campaign_idx" ON "invitation"  ("campaign_id") `);
    await queryRunner.query(`CREATE INDEX "invitation_cohort_idx" ON "invitation"  ("cohort_id") `);
    await queryRunner.query(`CREATE INDEX "invitation_province_idx" ON "invitation"  ("province_code") `);
    await queryRunner.query(`CREATE TABLE "invitation_join" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "invitation_id" uuid NOT NULL, "client_key" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7b2717b00e0dfdf8d23dd007297" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "invitation_join_user_idx" ON "invitation_join"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitation_join_client_key_uq" ON "invitation_join"  ("invitation_id", "client_key") `);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_cohort_fk" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_province_fk" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation_join" ADD CONSTRAINT "invitation_join_invitation_fk" FOREIGN KEY ("invitation_id") REFERENCES "invitation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation_join" ADD CONSTRAINT "invitation_join_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation_join" DROP CONSTRAINT "invitation_join_user_fk"`);
    await queryRunner.query(`ALTER TABLE "invitation_join" DROP CONSTRAINT "invitation_join_invitation_fk"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_province_fk"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_cohort_fk"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_campaign_fk"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_join_client_key_uq"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_join_user_idx"`);
    await queryRunner.query(`DROP TABLE "invitation_join"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_province_idx"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_cohort_idx"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_campaign_idx"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_token_hash_uq"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
  }
}
