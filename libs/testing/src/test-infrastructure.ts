import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Where the real PostgreSQL and Kafka of a test run are: `npm test` starts them and passes these
 * variables to Jest. A test that finds them missing fails loudly instead of skipping.
 */
export interface TestInfrastructure {
  databaseUrl: string;
  brokers: string[];
  kafkaPid?: number;
}

export function testInfrastructure(): TestInfrastructure {
  const databaseUrl = process.env['JIYN_TEST_DATABASE_URL'];
  const brokers = process.env['JIYN_TEST_KAFKA_BROKERS'];
  if (!databaseUrl || !brokers) {
    throw new Error(
      'JIYN_TEST_DATABASE_URL and JIYN_TEST_KAFKA_BROKERS are not set: run integration tests with `npm test`',
    );
  }
  const pid = process.env['JIYN_TEST_KAFKA_PID'];
  return { databaseUrl, brokers: brokers.split(','), kafkaPid: pid ? Number(pid) : undefined };
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

/** A fresh database on the test server, so each test file owns its schemas outright. */
export async function createTestDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const { databaseUrl } = testInfrastructure();
  const name = uniqueName(prefix).toLowerCase();
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
