import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796524909475 implements MigrationInterface {
  name = 'Notifications1796524909475';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "locale" character varying(2) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "payload" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notification_recipient_created_idx" ON "notification"  ("recipient_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "notification_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid NOT NULL, "channel" character varying(10) NOT NULL, "status" character varying(10) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "claimed_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notification_delivery_status_idx" ON "notification_delivery"  ("status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_delivery_uq" ON "notification_delivery"  ("notification_id", "channel") `);
    await queryRunner.query(`CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "channel" character varying(10) NOT NULL, "enabled" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57be9fb19577013c44ebc5bec3c" PRIMARY KEY ("user_id", "kind", "channel"))`);
    await queryRunner.query(`CREATE TABLE "line_link" ("user_id" uuid NOT NULL, "line_user_id" character varying(33) NOT NULL, "linked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9f4c7b62894371abca618275ba7" PRIMARY KEY ("user_id"))`);
    await queryRunner.query(`ALTER TABLE "training_session" ADD "sequence" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "notification_recipient_fk" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" ADD CONSTRAINT "notification_delivery_notification_fk" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "line_link" ADD CONSTRAINT "line_link_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "line_link" DROP CONSTRAINT "line_link_user_fk"`);
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "notification_preference_user_fk"`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP CONSTRAINT "notification_delivery_notification_fk"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "notification_recipient_fk"`);
    await queryRunner.query(`ALTER TABLE "training_session" DROP COLUMN "sequence"`);
    await queryRunner.query(`DROP TABLE "line_link"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_uq"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_status_idx"`);
    await queryRunner.query(`DROP TABLE "notification_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."notification_recipient_created_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
