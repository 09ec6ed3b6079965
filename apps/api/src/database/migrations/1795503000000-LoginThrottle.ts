import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Shared sign-in attempt counters (rate-limiter-flexible's PostgreSQL layout). */
export class LoginThrottle1795503000000 implements MigrationInterface {
  name = 'LoginThrottle1795503000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_throttle" ("key" varchar(255) PRIMARY KEY, "points" integer NOT NULL DEFAULT 0, "expire" bigint)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
