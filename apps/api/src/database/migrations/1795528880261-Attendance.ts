import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attendance1795528880261 implements MigrationInterface {
  name = 'Attendance1795528880261';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "session_date" date NOT NULL, "practitioner_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "method" character varying(12) NOT NULL, "marked_by" uuid, "marked_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ee0ffe42c1f1a01e72b725c0cb2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "attendance_practitioner_idx" ON "attendance"  ("practitioner_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "attendance_session_date_practitioner_uq" ON "attendance"  ("session_id", "session_date", "practitioner_id") `);
    await queryRunner.query(`CREATE TABLE "attendance_correction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attendance_id" uuid NOT NULL, "old_status" character varying(10) NOT NULL, "new_status" character varying(10) NOT NULL, "old_method" character varying(12) NOT NULL, "reason" character varying(500), "corrected_by" uuid, "corrected_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_78dd08875e17578a3c8fe9b1b74" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "attendance_correction_attendance_idx" ON "attendance_correction"  ("attendance_id") `);
    await queryRunner.query(`CREATE TABLE "attendance_batch_receipt" ("client_batch_id" uuid NOT NULL, "session_id" uuid NOT NULL, "session_date" date NOT NULL, "marked_by" uuid, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e81ed0e8e30e03e23ffbc20666b" PRIMARY KEY ("client_batch_id"))`);
    await queryRunner.query(`CREATE INDEX "attendance_batch_receipt_marked_by_idx" ON "attendance_batch_receipt"  ("marked_by") `);
    await queryRunner.query(`CREATE TABLE "completion_rule" ("curriculum_id" uuid NOT NULL, "min_attendance_percent" smallint NOT NULL DEFAULT '80', "requires_post_assessment" boolean NOT NULL DEFAULT false, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7dd9440e7fa584e8a3036696c06" PRIMARY KEY ("curriculum_id"))`);
    await queryRunner.query(`CREATE TABLE "completion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practitioner_id" uuid NOT NULL, "curriculum_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attended_minutes" integer NOT NULL, "required_minutes" integer NOT NULL, "scheduled_minutes" integer NOT NULL, CONSTRAINT "PK_2c0de9dd4943fffe5936e083748" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "completion_curriculum_idx" ON "completion"  ("curriculum_id") `);
    await queryRunner.query(`CREATE INDEX "completion_cohort_idx" ON "completion"  ("cohort_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "completion_practitioner_cohort_uq" ON "completion"  ("practitioner_id", "cohort_id") `);
    await queryRunner.query(`CREATE TABLE "certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(20) NOT NULL, "completion_id" uuid, "practitioner_id" uuid NOT NULL, "curriculum_id" uuid NOT NULL, "cohort_id" uuid NOT NULL, "holder_name" character varying(200) NOT NULL, "curriculum_title" character varying(200) NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "certificate_code_uq" ON "certificate"  ("code") `);
    await queryRunner.query(`CREATE INDEX "certificate_completion_idx" ON "certificate"  ("completion_id") `);
    await queryRunner.query(`CREATE INDEX "certificate_practitioner_idx" ON "certificate"  ("practitioner_id") `);
    await queryRunner.query(`ALTER TABLE "attendance" ADD CONSTRAINT "attendance_session_fk" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance" ADD CONSTRAINT "attendance_practitioner_fk" FOREIGN KEY ("practitioner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance" ADD CONSTRAINT "attendance_marked_by_fk" FOREIGN KEY ("marked_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance_correction" ADD CONSTRAINT "attendance_correction_attendance_fk" FOREIGN KEY ("attendance_id") REFERENCES "attendance"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance_correction" ADD CONSTRAINT "attendance_correction_corrected_by_fk" FOREIGN KEY ("corrected_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance_batch_receipt" ADD CONSTRAINT "attendance_batch_receipt_session_fk" FOREIGN KEY ("session_id") REFERENCES "training_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "attendance_batch_receipt" ADD CONSTRAINT "attendance_batch_receipt_marked_by_fk" FOREIGN KEY ("marked_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "completion_rule" ADD CONSTRAINT "completion_rule_curriculum_fk" FOREIGN KEY ("curriculum_id") REFERENCES "curriculum"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "completion_rule" ADD CONSTRAINT "completion_rule_updated_by_fk" FOREIGN KEY ("updated_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "completion" ADD CONSTRAINT "completion_practitioner_fk" FOREIGN KEY ("practitioner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "completion" ADD CONSTRAINT "completion_curriculum_fk" FOREIGN KEY ("curriculum_id") REFERENCES "curriculum"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "completion" ADD CONSTRAINT "completion_cohort_fk" FOREIGN KEY ("cohort_id") REFERENCES "cohort"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "certificate_completion_fk" FOREIGN KEY ("completion_id") REFERENCES "completion"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "certificate_practitioner_fk" FOREIGN KEY ("practitioner_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "certificate_curriculum_fk" FOREIGN KEY ("curriculum_id") REFERENCES "curriculum"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "certificate_curriculum_fk"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "certificate_practitioner_fk"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "certificate_completion_fk"`);
    await queryRunner.query(`ALTER TABLE "completion" DROP CONSTRAINT "completion_cohort_fk"`);
    await queryRunner.query(`ALTER TABLE "completion" DROP CONSTRAINT "completion_curriculum_fk"`);
    await queryRunner.query(`ALTER TABLE "completion" DROP CONSTRAINT "completion_practitioner_fk"`);
    await queryRunner.query(`ALTER TABLE "completion_rule" DROP CONSTRAINT "completion_rule_updated_by_fk"`);
    await queryRunner.query(`ALTER TABLE "completion_rule" DROP CONSTRAINT "completion_rule_curriculum_fk"`);
    await queryRunner.query(`ALTER TABLE "attendance_batch_receipt" DROP CONSTRAINT "attendance_batch_receipt_marked_by_fk"`);
    await queryRunner.query(`ALTER TABLE "attendance_batch_receipt" DROP CONSTRAINT "attendance_batch_receipt_session_fk"`);
    await queryRunner.query(`ALTER TABLE "attendance_correction" DROP CONSTRAINT "attendance_correction_corrected_by_fk"`);
    await queryRunner.query(`ALTER TABLE "attendance_correction" DROP CONSTRAINT "attendance_correction_attendance_fk"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "attendance_marked_by_fk"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "attendance_practitioner_fk"`);
    await queryRunner.query(`ALTER TABLE "attendance" DROP CONSTRAINT "attendance_session_fk"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_practitioner_idx"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_completion_idx"`);
    await queryRunner.query(`DROP INDEX "public"."certificate_code_uq"`);
    await queryRunner.query(`DROP TABLE "certificate"`);
    await queryRunner.query(`DROP INDEX "public"."completion_practitioner_cohort_uq"`);
    await queryRunner.query(`DROP INDEX "public"."completion_cohort_idx"`);
    await queryRunner.query(`DROP INDEX "public"."completion_curriculum_idx"`);
    await queryRunner.query(`DROP TABLE "completion"`);
    await queryRunner.query(`DROP TABLE "completion_rule"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_batch_receipt_marked_by_idx"`);
    await queryRunner.query(`DROP TABLE "attendance_batch_receipt"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_correction_attendance_idx"`);
    await queryRunner.query(`DROP TABLE "attendance_correction"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_session_date_practitioner_uq"`);
    await queryRunner.query(`DROP INDEX "public"."attendance_practitioner_idx"`);
    await queryRunner.query(`DROP TABLE "attendance"`);
  }
}
