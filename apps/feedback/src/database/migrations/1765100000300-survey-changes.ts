import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change counter per survey, moved by triggers in the same transaction as any write to its
 * responses or answers (whoever writes them: the answering routes, a seed, a repair by hand). Results
 * are computed in one aggregating pass; the service keeps the last computation per survey in memory
 * and recomputes when this counter (or the survey's own version) has moved, so reading unchanged
 * results repeatedly costs a key lookup. Statement-level triggers with transition tables: one
 * counter update per statement and survey, not per row.
 */
export class SurveyChanges1765100000300 implements MigrationInterface {
  name = 'SurveyChanges1765100000300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE feedback.survey_changes (
        survey_id uuid PRIMARY KEY REFERENCES feedback.surveys ON DELETE CASCADE,
        changes bigint NOT NULL
      )`);
    await runner.query(`
      CREATE FUNCTION feedback.count_response_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO feedback.survey_changes (survey_id, changes)
        SELECT DISTINCT survey_id, 1 FROM changed_rows
        ON CONFLICT (survey_id) DO UPDATE SET changes = feedback.survey_changes.changes + 1;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE FUNCTION feedback.count_answer_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO feedback.survey_changes (survey_id, changes)
        SELECT DISTINCT r.survey_id, 1 FROM changed_rows a JOIN feedback.responses r ON r.id = a.response_id
        ON CONFLICT (survey_id) DO UPDATE SET changes = feedback.survey_changes.changes + 1;
        RETURN NULL;
      END $$`);
    // Transition tables allow one event per trigger: three each.
    for (const [table, fn] of [
      ['responses', 'count_response_changes'],
      ['answers', 'count_answer_changes'],
    ] as const)
      for (const [event, transition] of [
        ['INSERT', 'NEW'],
        ['UPDATE', 'NEW'],
        ['DELETE', 'OLD'],
      ] as const)
        await runner.query(`
          CREATE TRIGGER ${table}_${event.toLowerCase()}_counted AFTER ${event} ON feedback.${table}
          REFERENCING ${transition} TABLE AS changed_rows
          FOR EACH STATEMENT EXECUTE FUNCTION feedback.${fn}()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['responses', 'answers'])
      for (const event of ['insert', 'update', 'delete'])
        await runner.query(`DROP TRIGGER ${table}_${event}_counted ON feedback.${table}`);
    await runner.query(`DROP FUNCTION feedback.count_answer_changes()`);
    await runner.query(`DROP FUNCTION feedback.count_response_changes()`);
    await runner.query(`DROP TABLE feedback.survey_changes`);
  }
}
