import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rating.response_id → assessment_response.id, enforced once per statement instead of once per
 * row. A row-level foreign key runs one lookup-and-lock per rating (40% of a million-rating
 * import); these triggers do the same work as one join over the statement's transition table:
 * the parents are locked FOR KEY SHARE (as the foreign key would), a rating without its
 * response is refused with SQLSTATE 23503, and deleting responses deletes their ratings.
 */
export class SetBasedRatingReference1795528551586 implements MigrationInterface {
  name = 'SetBasedRatingReference1795528551586';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "rating" DROP CONSTRAINT "rating_response_fk"`);
    await queryRunner.query(`
      CREATE FUNCTION rating_response_check() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM 1 FROM assessment_response a WHERE a.id IN (SELECT DISTINCT response_id FROM new_ratings) FOR KEY SHARE OF a;
        IF EXISTS (SELECT 1 FROM new_ratings n WHERE NOT EXISTS (SELECT 1 FROM assessment_response a WHERE a.id = n.response_id)) THEN
          RAISE foreign_key_violation USING MESSAGE = 'rating refers to a missing assessment_response', CONSTRAINT = 'rating_response_fk';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER rating_response_insert AFTER INSERT ON rating REFERENCING NEW TABLE AS new_ratings FOR EACH STATEMENT EXECUTE FUNCTION rating_response_check()`);
    await queryRunner.query(`CREATE TRIGGER rating_response_update AFTER UPDATE ON rating REFERENCING NEW TABLE AS new_ratings FOR EACH STATEMENT EXECUTE FUNCTION rating_response_check()`);
    await queryRunner.query(`
      CREATE FUNCTION assessment_response_delete_ratings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM rating WHERE response_id IN (SELECT id FROM deleted_responses);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER assessment_response_delete_ratings AFTER DELETE ON assessment_response REFERENCING OLD TABLE AS deleted_responses FOR EACH STATEMENT EXECUTE FUNCTION assessment_response_delete_ratings()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER assessment_response_delete_ratings ON assessment_response`);
    await queryRunner.query(`DROP FUNCTION assessment_response_delete_ratings()`);
    await queryRunner.query(`DROP TRIGGER rating_response_update ON rating`);
    await queryRunner.query(`DROP TRIGGER rating_response_insert ON rating`);
    await queryRunner.query(`DROP FUNCTION rating_response_check()`);
    await queryRunner.query(`ALTER TABLE "rating" ADD CONSTRAINT "rating_response_fk" FOREIGN KEY ("response_id") REFERENCES "assessment_response"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }
}
