import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompetencyRating1795528506829 implements MigrationInterface {
  name = 'CompetencyRating1795528506829';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "competency_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practitioner_id" uuid NOT NULL, "competency_code" character varying(40) NOT NULL, "curriculum_id" uuid, "cohort_id" uuid, "source" character varying(10) NOT NULL, "level" smallint NOT NULL, "target" smallint, "evidence" text, "rated_by" uuid, "rated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "client_submission_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "competency_rating_source_chk" CHECK ("source" IN ('SELF', 'TRAINER', 'IMPORTED')), CONSTRAINT "competency_rating_target_chk" CHECK ("target" IS NULL OR "target" BETWEEN 1 AND 5), CONSTRAINT "competency_rating_level_chk" CHECK ("level" BETWEEN 1 AND 5), CONSTRAINT "PK_bb39a1161f7ca9e5d0437c1e841" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "competency_rating_curriculum_idx" ON "competency_rating"  ("curriculum_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "competency_rating_submission_uq" ON "competency_rating"  ("client_submission_id", "competency_code") `);
    await queryRunner.query(`CREATE INDEX "competency_rating_practitioner_idx" ON "competency_rating"  ("practitioner_id", "competency_code", "rated_at") `);
    await queryRunner.query(`ALTER TABLE "competency_rating" ADD CONSTRAINT "competency_rating_practitioner_fk" FOREIGN KEY ("practitioner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency_rating" ADD CONSTRAINT "competency_rating_curriculum_fk" FOREIGN KEY ("curriculum_id") REFERENCES "curriculum"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency_rating" ADD CONSTRAINT "competency_rating_cohort_fk" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "competency_rating" ADD CONSTRAINT "competency_rating_rated_by_fk" FOREIGN KEY ("rated_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "competency_rating" DROP CONSTRAINT "competency_rating_rated_by_fk"`);
    await queryRunner.query(`ALTER TABLE "competency_rating" DROP CONSTRAINT "competency_rating_cohort_fk"`);
    await queryRunner.query(`ALTER TABLE "competency_rating" DROP CONSTRAINT "competency_rating_curriculum_fk"`);
    await queryRunner.query(`ALTER TABLE "competency_rating" DROP CONSTRAINT "competency_rating_practitioner_fk"`);
    await queryRunner.query(`DROP INDEX "public"."competency_rating_practitioner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."competency_rating_submission_uq"`);
    await queryRunner.query(`DROP INDEX "public"."competency_rating_curriculum_idx"`);
    await queryRunner.query(`DROP TABLE "competency_rating"`);
  }
}
