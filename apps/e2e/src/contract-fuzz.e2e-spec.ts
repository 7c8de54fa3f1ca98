import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { SCOPES } from '@jiyn/auth';
import { call, platform } from './gateway-client';
import { REPORT_DIR, ensureSchemathesis, runSchemathesis } from './schemathesis';

/**
 * The contract judged from outside: schemathesis reads the gateway's OpenAPI document and sends
 * thousands of generated requests — valid, invalid, with and without credentials, wrong methods —
 * through the running platform, checking every answer: no 5xx, every status and content type
 * documented, every body matching its schema, bad input refused, auth not ignored, 405 with Allow.
 * It runs as an organisation of its own, so what it creates touches no other test's data.
 */
const SECONDS = Number(process.env['JIYN_FUZZ_SECONDS'] ?? 180);
const SEED = process.env['JIYN_FUZZ_SEED'] ?? '20261204';

let binary: string;
let key: string;

beforeAll(async () => {
  binary = ensureSchemathesis();
  const { breakGlassKey } = platform();
  const organisation = await call('POST', '/api/v1/organisations', {
    key: breakGlassKey,
    body: {
      slug: `fuzz-${randomUUID().slice(0, 8)}`,
      name: { en: 'Contract fuzzing', ru: 'Фаззинг контракта' },
    },
  });
  expect(organisation.status).toBe(201);
  const issued = await call('POST', '/api/v1/api-keys', {
    key: breakGlassKey,
    body: { organisationId: organisation.body.id, name: 'schemathesis', scopes: [...SCOPES] },
  });
  expect(issued.status).toBe(201);
  key = issued.body.secret;
  // A fuzzer is one system sending far beyond a key's budget; 429s would only hide operations.
  const raised = await call('PUT', `/api/v1/rate-limits?organisationId=${organisation.body.id}`, {
    key: breakGlassKey,
    body: { apiKeyPerMinute: 1_000_000 },
  });
  expect(raised.status).toBe(200);
}, 300_000);

describe('the public API against its own OpenAPI document (schemathesis)', () => {
  it(
    'should answer every generated request as the document says, with no server error',
    async () => {
      mkdirSync(REPORT_DIR, { recursive: true });
      const { baseUrl } = platform();
      const run = await runSchemathesis(binary, [
        `${baseUrl}/openapi.json`,
        '--checks',
        'all',
        '--max-time',
        String(SECONDS),
        // One worker: hypothesis's lambda descriptions are not thread-safe (a run with two once died
        // of "AST constructor recursion depth mismatch").
        '--workers',
        '1',
        '--seed',
        SEED,
        '--header',
        `Authorization: Bearer ${key}`,
        // A client address of its own behind the proxy the gateway trusts in the tests (127.0.0.1):
        // the self-service and public budgets it spends per address are then not those of the
        // files that run after it from 127.0.0.1 (they met 429s there).
        '--header',
        'X-Forwarded-For: 198.18.0.1',
        '--report',
        'junit',
        '--report-dir',
        REPORT_DIR,
      ]);
      const summary = run.output.slice(run.output.lastIndexOf('SUMMARY'));
      console.log(`schemathesis (seed ${SEED}, ${SECONDS} s):\n${summary}`);
      writeFileSync(join(REPORT_DIR, 'schemathesis-output.txt'), run.output);
      if (run.exitCode !== 0) {
        // The failures alone, first and short: a CI log keeps the head and tail of long output.
        const start = run.output.indexOf('= FAILURES =');
        const end = run.output.indexOf('= WARNINGS =', start);
        const failures =
          start < 0 ? run.output.slice(-20_000) : run.output.slice(start, end < 0 ? undefined : end);
        console.log(
          `${failures.slice(0, 12_000)}\n(the whole output: ${REPORT_DIR}/schemathesis-output.txt)`,
        );
      }
      expect(run.exitCode).toBe(0);
      // A run that lost its own credential on the way would have tested only 401s.
      const stillValid = await call('GET', '/api/v1/api-keys', { key });
      expect(stillValid.status).toBe(200);
    },
    (SECONDS + 240) * 1000,
  );
});
