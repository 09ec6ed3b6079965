import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PrioritiesAndWorkshop1795512303911 implements MigrationInterface {
  name = 'PrioritiesAndWorkshop1795512303911';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "hopes_fears_board" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "campaign_id" uuid, "province_code" character varying(2), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c839509bade57129a73c5ab2d80" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "hopes_fears_board_campaign_idx" ON "hopes_fears_board"  ("campaign_id") `);
    await queryRunner.query(`CREATE TABLE "hopes_fears_card" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "board_id" uuid NOT NULL, "kind" character varying(8) NOT NULL, "text" character varying(500) NOT NULL, "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_49d71f46d78cb5ecf51d91f304c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "hopes_fears_card_author_idx" ON "hopes_fears_card"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "hopes_fears_card_board_idx" ON "hopes_fears_card"  ("board_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "persona" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "description" character varying(2000) NOT NULL, "persona_group" character varying(32) NOT NULL, "province_code" character varying(2), "campaign_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_13aefc75f60510f2be4cd243d71" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "persona_province_idx" ON "persona"  ("province_code") `);
    await queryRunner.query(`CREATE TABLE "iceberg_analysis" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "event" character varying(2000) NOT NULL, "patterns" character varying(2000) NOT NULL, "structures" character varying(2000) NOT NULL, "mental_models" character varying(2000) NOT NULL, "campaign_id" uuid, "province_code" character varying(2), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5b4751262c0bc79f198d68c824f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "iceberg_analysis_campaign_idx" ON "iceberg_analysis"  ("campaign_id") `);
    await queryRunner.query(`CREATE TABLE "workshop_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_kind" character varying(24) NOT NULL, "item_id" uuid NOT NULL, "framework_id" uuid NOT NULL, "campaign_id" uuid, "competency_code" character varying(40) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e431daef3a17616f73e2af7ed53" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "workshop_link_gap_idx" ON "workshop_link"  ("campaign_id", "competency_code") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "workshop_link_gap_uq" ON "workshop_link"  ("item_kind", "item_id", "campaign_id", "competency_code") WHERE campaign_id IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "workshop_link_competency_uq" ON "workshop_link"  ("item_kind", "item_id", "framework_id", "competency_code") WHERE campaign_id IS NULL`);
    await queryRunner.query(`CREATE INDEX "workshop_link_item_idx" ON "workshop_link"  ("item_kind", "item_id") `);
    await queryRunner.query(`CREATE TABLE "gap_vote" ("campaign_id" uuid NOT NULL, "voter_id" uuid NOT NULL, "competency_code" character varying(40) NOT NULL, "votes" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b0c16b8d5a68af37889257f3fe" PRIMARY KEY ("campaign_id", "voter_id", "competency_code"))`);
    await queryRunner.query(`CREATE INDEX "gap_vote_campaign_competency_idx" ON "gap_vote"  ("campaign_id", "competency_code") `);
    await queryRunner.query(`CREATE TABLE "gap_comment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "campaign_id" uuid NOT NULL, "competency_code" character varying(40) NOT NULL, "author_id" uuid, "body" character varying(1000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d67078d265322feee4d681774fc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "gap_comment_author_idx" ON "gap_comment"  ("author_id") `);
    await queryRunner.query(`CREATE INDEX "gap_comment_gap_idx" ON "gap_comment"  ("campaign_id", "competency_code", "created_at") `);
    await queryRunner.query(`CREATE TABLE "gap_route" ("campaign_id" uuid NOT NULL, "competency_code" character varying(40) NOT NULL, "route" character varying(16) NOT NULL, "note" character varying(1000), "routed_by" uuid, "routed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0f5cec878a485805707283e86f2" PRIMARY KEY ("campaign_id", "competency_code"))`);
    await queryRunner.query(`CREATE TABLE "priority_setting" ("campaign_id" uuid NOT NULL, "weight" double precision NOT NULL DEFAULT '0.5', "max_votes_per_gap" integer NOT NULL DEFAULT '3', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_66cda5c83ce3cde867a877d3b05" PRIMARY KEY ("campaign_id"))`);
    await queryRunner.query(`ALTER TABLE "hopes_fears_board" ADD CONSTRAINT "hopes_fears_board_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hopes_fears_board" ADD CONSTRAINT "hopes_fears_board_province_fk" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hopes_fears_board" ADD CONSTRAINT "hopes_fears_board_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hopes_fears_card" ADD CONSTRAINT "hopes_fears_card_board_fk" FOREIGN KEY ("board_id") REFERENCES "hopes_fears_board"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "hopes_fears_card" ADD CONSTRAINT "hopes_fears_card_author_fk" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "persona" ADD CONSTRAINT "persona_province_fk" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "persona" ADD CONSTRAINT "persona_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "persona" ADD CONSTRAINT "persona_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "iceberg_analysis" ADD CONSTRAINT "iceberg_analysis_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "iceberg_analysis" ADD CONSTRAINT "iceberg_analysis_province_fk" FOREIGN KEY ("province_code") REFERENCES "province"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "iceberg_analysis" ADD CONSTRAINT "iceberg_analysis_created_by_fk" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_link" ADD CONSTRAINT "workshop_link_framework_fk" FOREIGN KEY ("framework_id") REFERENCES "framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "workshop_link" ADD CONSTRAINT "workshop_link_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "gap_vote" ADD CONSTRAINT "gap_vote_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "gap_vote" ADD CONSTRAINT "gap_vote_voter_fk" FOREIGN KEY ("voter_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "gap_comment" ADD CONSTRAINT "gap_comment_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "gap_comment" ADD CONSTRAINT "gap_comment_author_fk" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "gap_route" ADD CONSTRAINT "gap_route_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "gap_route" ADD CONSTRAINT "gap_route_routed_by_fk" FOREIGN KEY ("routed_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "priority_setting" ADD CONSTRAINT "priority_setting_campaign_fk" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "priority_setting" DROP CONSTRAINT "priority_setting_campaign_fk"`);
    await queryRunner.query(`ALTER TABLE "gap_route" DROP CONSTRAINT "gap_route_routed_by_fk"`);
    await queryRunner.query(`ALTER TABLE "gap_route" DROP CONSTRAINT "gap_route_campaign_fk"`);
    await queryRunner.query(`ALTER TABLE "gap_comment" DROP CONSTRAINT "gap_comment_author_fk"`);
    await queryRunner.query(`ALTER TABLE "gap_comment" DROP CONSTRAINT "gap_comment_campaign_fk"`);
    await queryRunner.query(`ALTER TABLE "gap_vote" DROP CONSTRAINT "gap_vote_voter_fk"`);
    await queryRunner.query(`ALTER TABLE "gap_vote" DROP CONSTRAINT "gap_vote_campaign_fk"`);
    await queryRunner.query(`ALTER TABLE "workshop_link" DROP CONSTRAINT "workshop_link_campaign_fk"`);
    await queryRunner.query(`ALTER TABLE "workshop_link" DROP CONSTRAINT "workshop_link_framework_fk"`);
    await queryRunner.query(`ALTER TABLE "iceberg_analysis" DROP CONSTRAINT "iceberg_analysis_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "iceberg_analysis" DROP CONSTRAINT "iceberg_analysis_province_fk"`);
    await queryRunner.query(`ALTER TABLE "iceberg_analysis" DROP CONSTRAINT "iceberg_analysis_campaign_fk"`);
    await queryRunner.query(`ALTER TABLE "persona" DROP CONSTRAINT "persona_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "persona" DROP CONSTRAINT "persona_campaign_fk"`);
    await queryRunner.query(`ALTER TABLE "persona" DROP CONSTRAINT "persona_province_fk"`);
    await queryRunner.query(`ALTER TABLE "hopes_fears_card" DROP CONSTRAINT "hopes_fears_card_author_fk"`);
    await queryRunner.query(`ALTER TABLE "hopes_fears_card" DROP CONSTRAINT "hopes_fears_card_board_fk"`);
    await queryRunner.query(`ALTER TABLE "hopes_fears_board" DROP CONSTRAINT "hopes_fears_board_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "hopes_fears_board" DROP CONSTRAINT "hopes_fears_board_province_fk"`);
    await queryRunner.query(`ALTER TABLE "hopes_fears_board" DROP CONSTRAINT "hopes_fears_board_campaign_fk"`);
    await queryRunner.query(`DROP TABLE "priority_setting"`);
    await queryRunner.query(`DROP TABLE "gap_route"`);
    await queryRunner.query(`DROP INDEX "public"."gap_comment_gap_idx"`);
    await queryRunner.query(`DROP INDEX "public"."gap_comment_author_idx"`);
    await queryRunner.query(`DROP TABLE "gap_comment"`);
    await queryRunner.query(`DROP INDEX "public"."gap_vote_campaign_competency_idx"`);
    await queryRunner.query(`DROP TABLE "gap_vote"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_link_item_idx"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_link_competency_uq"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_link_gap_uq"`);
    await queryRunner.query(`DROP INDEX "public"."workshop_link_gap_idx"`);
    await queryRunner.query(`DROP TABLE "workshop_link"`);
    await queryRunner.query(`DROP INDEX "public"."iceberg_analysis_campaign_idx"`);
    await queryRunner.query(`DROP TABLE "iceberg_analysis"`);
    await queryRunner.query(`DROP INDEX "public"."persona_province_idx"`);
    await queryRunner.query(`DROP TABLE "persona"`);
    await queryRunner.query(`DROP INDEX "public"."hopes_fears_card_board_idx"`);
    await queryRunner.query(`DROP INDEX "public"."hopes_fears_card_author_idx"`);
    await queryRunner.query(`DROP TABLE "hopes_fears_card"`);
    await queryRunner.query(`DROP INDEX "public"."hopes_fears_board_campaign_idx"`);
    await queryRunner.query(`DROP TABLE "hopes_fears_board"`);
  }
}
